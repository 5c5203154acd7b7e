// The synthetic news of news_corpus.h: countries, templates and the writer
// that fills them.
//
// Template syntax: {slot} is replaced by a phrase; an actor slot marked with *
// ({*gov:A}) is the subject, which the verb forms [sg|pl] agree with (the
// subject may come after the verb, after inversion); #2 marks a second actor
// the forms [2:sg|pl] agree with. A slot that gives nothing ({when} is
// sometimes empty) leaves no double space. The first letter is capitalized.
#include "news_corpus.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kroniek::bench {
namespace {

// Deterministic random numbers, the same with any compiler and library: SplitMix64.
class Random {
 public:
  explicit Random(std::uint64_t state) : state_(state) {}
  std::uint64_t state() const { return state_; }
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  int below(std::size_t n) { return static_cast<int>(next() % n); }
  int between(int low, int high) { return low + below(static_cast<std::size_t>(high - low + 1)); }
  bool chance(int percent) { return below(100) < percent; }
  template <class T>
  const T& pick(const std::vector<T>& items) {
    return items[below(items.size())];
  }

 private:
  std::uint64_t state_;
};

struct City {
  const char* nl;
  const char* en;
};

// A country as news names it. Dutch adjectives are the inflected form ("Turkse").
struct Country {
  const char* code;
  const char* nl_name;
  bool nl_plural;  // "de Verenigde Staten hebben"
  const char* nl_adj;
  const char* nl_people;
  const char* nl_capital;
  const char* en_name;  // with "the" where English wants it
  const char* en_adj;
  const char* en_people;
  const char* en_capital;
  std::vector<City> cities;
};

const std::vector<Country>& countries() {
  static const std::vector<Country> kCountries = {
      {"SYR",
       "Syrië",
       false,
       "Syrische",
       "Syriërs",
       "Damascus",
       "Syria",
       "Syrian",
       "Syrians",
       "Damascus",
       {{"Aleppo", "Aleppo"}, {"Idlib", "Idlib"}, {"Homs", "Homs"}, {"Raqqa", "Raqqa"}}},
      {"TUR",
       "Turkije",
       false,
       "Turkse",
       "Turken",
       "Ankara",
       "Turkey",
       "Turkish",
       "Turks",
       "Ankara",
       {{"Istanbul", "Istanbul"}, {"Gaziantep", "Gaziantep"}, {"Izmir", "Izmir"}}},
      {"RUS",
       "Rusland",
       false,
       "Russische",
       "Russen",
       "Moskou",
       "Russia",
       "Russian",
       "Russians",
       "Moscow",
       {{"Belgorod", "Belgorod"}, {"Koersk", "Kursk"}, {"Rostov", "Rostov"}}},
      {"UKR",
       "Oekraïne",
       false,
       "Oekraïense",
       "Oekraïners",
       "Kiev",
       "Ukraine",
       "Ukrainian",
       "Ukrainians",
       "Kyiv",
       {{"Charkiv", "Kharkiv"}, {"Odessa", "Odesa"}, {"Dnipro", "Dnipro"}, {"Cherson", "Kherson"}}},
      {"ISR",
       "Israël",
       false,
       "Israëlische",
       "Israëliërs",
       "Jeruzalem",
       "Israel",
       "Israeli",
       "Israelis",
       "Jerusalem",
       {{"Tel Aviv", "Tel Aviv"}, {"Haifa", "Haifa"}, {"Sderot", "Sderot"}}},
      {"LBN",
       "Libanon",
       false,
       "Libanese",
       "Libanezen",
       "Beiroet",
       "Lebanon",
       "Lebanese",
       "Lebanese",
       "Beirut",
       {{"Tyrus", "Tyre"}, {"Sidon", "Sidon"}, {"Baalbek", "Baalbek"}}},
      {"IRN",
       "Iran",
       false,
       "Iraanse",
       "Iraniërs",
       "Teheran",
       "Iran",
       "Iranian",
       "Iranians",
       "Tehran",
       {{"Isfahan", "Isfahan"}, {"Tabriz", "Tabriz"}, {"Mashhad", "Mashhad"}}},
      {"IRQ",
       "Irak",
       false,
       "Iraakse",
       "Irakezen",
       "Bagdad",
       "Iraq",
       "Iraqi",
       "Iraqis",
       "Baghdad",
       {{"Mosoel", "Mosul"}, {"Basra", "Basra"}, {"Erbil", "Erbil"}, {"Kirkoek", "Kirkuk"}}},
      {"EGY",
       "Egypte",
       false,
       "Egyptische",
       "Egyptenaren",
       "Caïro",
       "Egypt",
       "Egyptian",
       "Egyptians",
       "Cairo",
       {{"Alexandrië", "Alexandria"}, {"Port Said", "Port Said"}}},
      {"SDN",
       "Soedan",
       false,
       "Soedanese",
       "Soedanezen",
       "Khartoem",
       "Sudan",
       "Sudanese",
       "Sudanese",
       "Khartoum",
       {{"Omdurman", "Omdurman"}, {"El Fasher", "El Fasher"}, {"Nyala", "Nyala"}}},
      {"ETH",
       "Ethiopië",
       false,
       "Ethiopische",
       "Ethiopiërs",
       "Addis Abeba",
       "Ethiopia",
       "Ethiopian",
       "Ethiopians",
       "Addis Ababa",
       {{"Mekele", "Mekelle"}, {"Gondar", "Gondar"}}},
      {"SOM",
       "Somalië",
       false,
       "Somalische",
       "Somaliërs",
       "Mogadishu",
       "Somalia",
       "Somali",
       "Somalis",
       "Mogadishu",
       {{"Kismayo", "Kismayo"}, {"Baidoa", "Baidoa"}}},
      {"KEN",
       "Kenia",
       false,
       "Keniaanse",
       "Kenianen",
       "Nairobi",
       "Kenya",
       "Kenyan",
       "Kenyans",
       "Nairobi",
       {{"Mombasa", "Mombasa"}, {"Kisumu", "Kisumu"}}},
      {"COD",
       "Congo",
       false,
       "Congolese",
       "Congolezen",
       "Kinshasa",
       "Congo",
       "Congolese",
       "Congolese",
       "Kinshasa",
       {{"Goma", "Goma"}, {"Bukavu", "Bukavu"}, {"Bunia", "Bunia"}}},
      {"RWA",
       "Rwanda",
       false,
       "Rwandese",
       "Rwandezen",
       "Kigali",
       "Rwanda",
       "Rwandan",
       "Rwandans",
       "Kigali",
       {{"Gisenyi", "Gisenyi"}, {"Butare", "Butare"}}},
      {"NGA",
       "Nigeria",
       false,
       "Nigeriaanse",
       "Nigerianen",
       "Abuja",
       "Nigeria",
       "Nigerian",
       "Nigerians",
       "Abuja",
       {{"Lagos", "Lagos"}, {"Maiduguri", "Maiduguri"}, {"Kano", "Kano"}}},
      {"MLI",
       "Mali",
       false,
       "Malinese",
       "Malinezen",
       "Bamako",
       "Mali",
       "Malian",
       "Malians",
       "Bamako",
       {{"Gao", "Gao"}, {"Timboektoe", "Timbuktu"}, {"Mopti", "Mopti"}}},
      {"LBY",
       "Libië",
       false,
       "Libische",
       "Libiërs",
       "Tripoli",
       "Libya",
       "Libyan",
       "Libyans",
       "Tripoli",
       {{"Benghazi", "Benghazi"}, {"Misrata", "Misrata"}, {"Sirte", "Sirte"}}},
      {"YEM",
       "Jemen",
       false,
       "Jemenitische",
       "Jemenieten",
       "Aden",
       "Yemen",
       "Yemeni",
       "Yemenis",
       "Aden",
       {{"Hodeida", "Hodeidah"}, {"Taiz", "Taiz"}, {"Marib", "Marib"}}},
      {"SAU",
       "Saoedi-Arabië",
       false,
       "Saoedische",
       "Saoediërs",
       "Riyad",
       "Saudi Arabia",
       "Saudi",
       "Saudis",
       "Riyadh",
       {{"Djedda", "Jeddah"}, {"Dammam", "Dammam"}}},
      {"AFG",
       "Afghanistan",
       false,
       "Afghaanse",
       "Afghanen",
       "Kaboel",
       "Afghanistan",
       "Afghan",
       "Afghans",
       "Kabul",
       {{"Kandahar", "Kandahar"}, {"Herat", "Herat"}}},
      {"PAK",
       "Pakistan",
       false,
       "Pakistaanse",
       "Pakistanen",
       "Islamabad",
       "Pakistan",
       "Pakistani",
       "Pakistanis",
       "Islamabad",
       {{"Karachi", "Karachi"}, {"Lahore", "Lahore"}, {"Peshawar", "Peshawar"}}},
      {"IND",
       "India",
       false,
       "Indiase",
       "Indiërs",
       "New Delhi",
       "India",
       "Indian",
       "Indians",
       "New Delhi",
       {{"Mumbai", "Mumbai"}, {"Srinagar", "Srinagar"}, {"Kolkata", "Kolkata"}}},
      {"CHN",
       "China",
       false,
       "Chinese",
       "Chinezen",
       "Peking",
       "China",
       "Chinese",
       "Chinese",
       "Beijing",
       {{"Shanghai", "Shanghai"}, {"Wuhan", "Wuhan"}}},
      {"TWN",
       "Taiwan",
       false,
       "Taiwanese",
       "Taiwanezen",
       "Taipei",
       "Taiwan",
       "Taiwanese",
       "Taiwanese",
       "Taipei",
       {{"Kaohsiung", "Kaohsiung"}, {"Taichung", "Taichung"}}},
      {"JPN",
       "Japan",
       false,
       "Japanse",
       "Japanners",
       "Tokio",
       "Japan",
       "Japanese",
       "Japanese",
       "Tokyo",
       {{"Osaka", "Osaka"}, {"Hiroshima", "Hiroshima"}}},
      {"KOR",
       "Zuid-Korea",
       false,
       "Zuid-Koreaanse",
       "Zuid-Koreanen",
       "Seoel",
       "South Korea",
       "South Korean",
       "South Koreans",
       "Seoul",
       {{"Busan", "Busan"}, {"Incheon", "Incheon"}}},
      {"PRK",
       "Noord-Korea",
       false,
       "Noord-Koreaanse",
       "Noord-Koreanen",
       "Pyongyang",
       "North Korea",
       "North Korean",
       "North Koreans",
       "Pyongyang",
       {{"Kaesong", "Kaesong"}}},
      {"USA",
       "de Verenigde Staten",
       true,
       "Amerikaanse",
       "Amerikanen",
       "Washington",
       "the United States",
       "American",
       "Americans",
       "Washington",
       {{"New York", "New York"}, {"Chicago", "Chicago"}}},
      {"FRA",
       "Frankrijk",
       false,
       "Franse",
       "Fransen",
       "Parijs",
       "France",
       "French",
       "French",
       "Paris",
       {{"Marseille", "Marseille"}, {"Lyon", "Lyon"}}},
      {"DEU",
       "Duitsland",
       false,
       "Duitse",
       "Duitsers",
       "Berlijn",
       "Germany",
       "German",
       "Germans",
       "Berlin",
       {{"München", "Munich"}, {"Hamburg", "Hamburg"}, {"Keulen", "Cologne"}}},
      {"GBR",
       "het Verenigd Koninkrijk",
       false,
       "Britse",
       "Britten",
       "Londen",
       "Britain",
       "British",
       "Britons",
       "London",
       {{"Manchester", "Manchester"}, {"Birmingham", "Birmingham"}}},
      {"NLD",
       "Nederland",
       false,
       "Nederlandse",
       "Nederlanders",
       "Den Haag",
       "the Netherlands",
       "Dutch",
       "Dutch",
       "The Hague",
       {{"Rotterdam", "Rotterdam"}, {"Utrecht", "Utrecht"}}},
      {"POL",
       "Polen",
       false,
       "Poolse",
       "Polen",
       "Warschau",
       "Poland",
       "Polish",
       "Poles",
       "Warsaw",
       {{"Krakau", "Krakow"}, {"Gdansk", "Gdansk"}}},
      {"ARM",
       "Armenië",
       false,
       "Armeense",
       "Armeniërs",
       "Jerevan",
       "Armenia",
       "Armenian",
       "Armenians",
       "Yerevan",
       {{"Gjoemri", "Gyumri"}}},
      {"AZE",
       "Azerbeidzjan",
       false,
       "Azerbeidzjaanse",
       "Azerbeidzjanen",
       "Bakoe",
       "Azerbaijan",
       "Azerbaijani",
       "Azerbaijanis",
       "Baku",
       {{"Gandzja", "Ganja"}}},
      {"GEO",
       "Georgië",
       false,
       "Georgische",
       "Georgiërs",
       "Tbilisi",
       "Georgia",
       "Georgian",
       "Georgians",
       "Tbilisi",
       {{"Batoemi", "Batumi"}}},
      {"VEN",
       "Venezuela",
       false,
       "Venezolaanse",
       "Venezolanen",
       "Caracas",
       "Venezuela",
       "Venezuelan",
       "Venezuelans",
       "Caracas",
       {{"Maracaibo", "Maracaibo"}}},
      {"COL",
       "Colombia",
       false,
       "Colombiaanse",
       "Colombianen",
       "Bogota",
       "Colombia",
       "Colombian",
       "Colombians",
       "Bogota",
       {{"Medellin", "Medellin"}, {"Cali", "Cali"}}},
      {"MEX",
       "Mexico",
       false,
       "Mexicaanse",
       "Mexicanen",
       "Mexico-Stad",
       "Mexico",
       "Mexican",
       "Mexicans",
       "Mexico City",
       {{"Guadalajara", "Guadalajara"}, {"Tijuana", "Tijuana"}}},
      {"HTI",
       "Haïti",
       false,
       "Haïtiaanse",
       "Haïtianen",
       "Port-au-Prince",
       "Haiti",
       "Haitian",
       "Haitians",
       "Port-au-Prince",
       {{"Cap-Haïtien", "Cap-Haitien"}}},
      {"SRB",
       "Servië",
       false,
       "Servische",
       "Serviërs",
       "Belgrado",
       "Serbia",
       "Serbian",
       "Serbs",
       "Belgrade",
       {{"Novi Sad", "Novi Sad"}, {"Nis", "Nis"}}},
      {"QAT",
       "Qatar",
       false,
       "Qatarese",
       "Qatarezen",
       "Doha",
       "Qatar",
       "Qatari",
       "Qataris",
       "Doha",
       {{"Al Wakrah", "Al Wakrah"}}},
      {"JOR",
       "Jordanië",
       false,
       "Jordaanse",
       "Jordaniërs",
       "Amman",
       "Jordan",
       "Jordanian",
       "Jordanians",
       "Amman",
       {{"Irbid", "Irbid"}, {"Zarqa", "Zarqa"}}},
  };
  return kCountries;
}

const Country& country(std::string_view code) {
  for (const Country& c : countries())
    if (code == c.code) return c;
  std::fprintf(stderr, "kroniek_make_corpus: no country %s\n", std::string(code).c_str());
  std::exit(3);
}

// Who may impose sanctions: the West as news names it.
const std::vector<std::string_view> kWestCodes = {"USA", "GBR", "FRA", "DEU", "NLD"};
// Who fights whom in the conflict stories.
const std::vector<std::pair<std::string_view, std::string_view>> kConflicts = {
    {"RUS", "UKR"}, {"ISR", "LBN"}, {"ISR", "IRN"}, {"TUR", "SYR"}, {"ARM", "AZE"},
    {"IND", "PAK"}, {"COD", "RWA"}, {"ETH", "SOM"}, {"SAU", "YEM"}, {"AFG", "PAK"},
    {"PRK", "KOR"}, {"CHN", "TWN"}, {"RUS", "GEO"}, {"VEN", "COL"}, {"EGY", "SDN"},
    {"IRN", "IRQ"}, {"MLI", "NGA"}, {"KEN", "SOM"}, {"USA", "IRN"}, {"LBY", "EGY"}};
// Who mediates, hosts talks or sends aid.
const std::vector<std::string_view> kMediators = {"QAT", "EGY", "TUR", "SAU", "USA", "FRA",
                                                  "DEU", "CHN", "KEN", "NLD", "JOR"};

struct Phrase {
  std::string text;
  bool plural = false;
};

enum class Story { conflict, diplomacy, unrest };

// The kinds of sentence a story is told in.
enum class Kind {
  meet,
  talks,
  attack,
  casualties,
  displace,
  ceasefire,
  aid,
  sanction,
  criticize,
  threat,
  protest,
  arrest,
  expel,
  none,  // no event: weather, economy, background, quotes, sport
};
const char* const kKindNames[] = {"meet",      "talks",  "attack",   "casualties", "displace",
                                  "ceasefire", "aid",    "sanction", "criticize",  "threat",
                                  "protest",   "arrest", "expel",    "none"};

// What one language needs: its templates and its phrases.
//
// Template syntax: {slot} is replaced by a phrase (below); an actor slot
// marked with * ({*gov:A}) is the subject, which the verb forms [sg|pl]
// agree with (the subject may come after the verb, after inversion); #2
// marks a second actor the forms [2:sg|pl] agree with. A slot that gives
// nothing ({when} is sometimes empty) leaves no double space. The first
// letter is capitalized.
//
// Actor slots, of country A, B or C of the story (A and B trade places now
// and then): gov (government, capital, leader, minister), mil (army, troops,
// air force), cop (police), civ (protesters, residents), people
// (inhabitants: "Syriërs"), name, adj, cap (capital), city; org (an
// organisation), west (a Western government). Others: when (a past time,
// sometimes none), when! (never none), weekday, date, killed, wounded, many,
// arrested, num, money, pct, topic, weapon, month, year, temp, pop, km,
// price, score.
struct Language {
  const char* code;
  std::vector<std::string> (*templates)(Kind);
  std::vector<std::string> (*titles)(Story);
};

// ------------------------------------------------------------------ Dutch

std::vector<std::string> nl_templates(Kind kind) {
  switch (kind) {
    case Kind::meet:
      return {
          "{*gov:A} [heeft|hebben] {when} in {cap:C} gesproken met {gov:B} over {topic}.",
          "{when!} [ontmoette|ontmoetten] {*gov:A} in {city:A} {gov:B}.",
          "{gov:A} en {gov:B} voerden {when} in {cap:C} overleg over {topic}.",
          "{*gov:A} [bracht|brachten] {when} een bezoek aan {cap:B}.",
          "In {cap:C} kwamen {gov:A} en {gov:B} {when} bijeen om te praten over {topic}.",
          "{*gov:B} [ontving|ontvingen] {when} {gov:A} in {cap:B} voor een gesprek over {topic}.",
          "Het overleg, dat {when} in {cap:C} plaatsvond, ging volgens diplomaten vooral over "
          "{topic}.",
      };
    case Kind::talks:
      return {
          "{gov:A} en {gov:B} onderhandelen sinds {weekday} in {cap:C} over {topic}.",
          "Onderhandelaars van {name:A} en {name:B} hervatten {when} in {cap:C} de gesprekken over "
          "{topic}.",
          "{*gov:C} [bemiddelt|bemiddelen] al weken tussen {name:A} en {name:B}.",
          "Volgens ingewijden zijn de gesprekken tussen {gov:A} en {gov:B} in een beslissende fase "
          "beland.",
      };
    case Kind::attack:
      return {
          "{*mil:A} [heeft|hebben] {when} doelen in {city:B} aangevallen.",
          "{when!} [beschoot|beschoten] {*mil:A} posities van {mil:B} bij {city:B}.",
          "{city:B} is {when} door {mil:A} met {weapon} bestookt.",
          "Bij een luchtaanval van {mil:A} op {city:B} kwamen {when} {killed} mensen om het leven.",
          "{mil:A} en {mil:B} hebben elkaar {when} bij {city:B} onder vuur genomen.",
          "Volgens {gov:B} [vuurde|vuurden] {*mil:A} {when} {num} raketten af op {city:B}.",
          "Doordat {*mil:A} {when} {city:B} [bombardeerde|bombardeerden], vielen er {killed} "
          "doden.",
          "{*mil:A} [viel|vielen] {when} een konvooi van {mil:B} aan in de buurt van {city:B}.",
          "{when!} braken bij {city:B} opnieuw gevechten uit tussen {mil:A} en {mil:B}.",
      };
    case Kind::casualties:
      return {
          "Bij de aanval vielen {killed} doden en {wounded} gewonden.",
          "Volgens het ministerie van Gezondheid kwamen daarbij {killed} burgers om.",
          "Onder de doden zijn {num} kinderen, meldt {org}.",
          "In de ziekenhuizen van {city:B} worden {wounded} gewonden behandeld.",
      };
    case Kind::displace:
      return {
          "Door de gevechten zijn {when} {many} mensen uit {city:B} gevlucht.",
          "{many} {people:B} zijn op de vlucht geslagen naar {name:C}.",
          "Volgens de VN zijn sinds {weekday} {many} inwoners van {city:B} op de vlucht, de "
          "meesten richting {name:C}.",
          "{many} burgers ontvluchtten {when} {city:B}.",
      };
    case Kind::ceasefire:
      return {
          "{gov:A} en {gov:B} zijn {when} een staakt-het-vuren overeengekomen.",
          "{when!} sloten {gov:A} en {gov:B} in {cap:C} een bestand.",
          "Onder druk van {gov:C} [kondigde|kondigden] {*gov:A} {when} een wapenstilstand aan.",
          "Het bestand tussen {name:A} en {name:B} werd {when} door bemiddeling van {name:C} "
          "gesloten.",
      };
    case Kind::aid:
      return {
          "{*gov:C} [stuurt|sturen] {num} vrachtwagens met hulpgoederen naar {name:B}.",
          "{*gov:C} [heeft|hebben] {name:B} {when} {money} aan noodhulp toegezegd.",
          "{*org} [zegde|zegden] {name:B} {when} {money} steun toe.",
          "Konvooien van {org} bereikten {when} {city:B} met voedsel en medicijnen.",
          "{*gov:C} [levert|leveren] sinds maanden wapens aan {name:A}.",
      };
    case Kind::sanction:
      return {
          "{*west} [heeft|hebben] {when} nieuwe sancties tegen {name:B} aangekondigd.",
          "{when!} [legde|legden] {*west} {gov:B} nieuwe strafmaatregelen op.",
          "De sancties, die {when} door {west} werden ingesteld, treffen vooral de {adj:B} "
          "oliesector.",
          "{*west} [bevroor|bevroren] {when} de tegoeden van {num} {adj:B} functionarissen.",
      };
    case Kind::criticize:
      return {
          "{*gov:C} [veroordeelde|veroordeelden] {when} de aanval van {mil:A}.",
          "{*gov:B} [beschuldigde|beschuldigden] {name:A} ervan het bestand te schenden.",
          "{*org} [riep|riepen] {gov:A} en {gov:B} {when} op de gevechten te staken.",
          "{*gov:B} [eist|eisen] dat {gov:A#2} de troepen [2:terugtrekt|terugtrekken].",
          "{*org} [uitte|uitten] {when} scherpe kritiek op {gov:A}.",
          "{*gov:A} [ontkent|ontkennen] dat {mil:A#2} burgers [2:heeft|hebben] aangevallen.",
          "Volgens {gov:B} [is|zijn] {*gov:A} verantwoordelijk voor het geweld.",
      };
    case Kind::threat:
      return {
          "{*gov:A} [dreigde|dreigden] {when} met vergeldingsmaatregelen tegen {name:B}.",
          "{*gov:A} [heeft|hebben] {gov:B} gewaarschuwd voor ernstige gevolgen.",
          "{*gov:A} [dreigt|dreigen] {gov:B} met nieuwe sancties als de aanvallen doorgaan.",
      };
    case Kind::protest:
      return {
          "In {city:A} gingen {when} {many} mensen de straat op tegen {gov:A}.",
          "{many} {civ:A} demonstreerden {when} in {city:A} tegen de nieuwe wet.",
          "{when!} protesteerden {many} betogers bij het parlement in {cap:A} tegen de regering.",
          "Duizenden {people:A} betoogden {when} in {city:A} voor hogere lonen.",
      };
    case Kind::arrest:
      return {
          "{*cop:A} [heeft|hebben] {when} in {city:A} {arrested} demonstranten gearresteerd.",
          "{arrested} betogers werden {when} door de politie opgepakt.",
          "{when!} [nam|namen] {*cop:A} in {cap:A} een bekende oppositieleider in hechtenis.",
          "Bij de demonstraties zijn volgens {org} {arrested} mensen aangehouden.",
      };
    case Kind::expel:
      return {
          "{*gov:A} [heeft|hebben] {when} {num} {adj:B} diplomaten uitgezet.",
          "{*gov:A} [riep|riepen] {when} [zijn|hun] ambassadeur in {cap:B} terug voor overleg.",
          "{*gov:A} [ontbood|ontboden] {when} de {adj:B} ambassadeur.",
      };
    case Kind::none:
      return {
          "Het is koud en regenachtig in de regio, en de temperaturen dalen verder.",
          "In {city:A} was het {when} {temp} graden.",
          "Meteorologen verwachten voor het weekend zware regenval in het noorden van {name:A}.",
          "De inflatie in {name:A} kwam in {month} uit op {pct}.",
          "De munt van {name:A} verloor {when} {pct} van zijn waarde ten opzichte van de dollar.",
          "De economie van {name:A} groeide vorig jaar met {pct}, blijkt uit officiële cijfers.",
          "De olieprijs steeg {when} tot {price} dollar per vat.",
          "Het conflict duurt al sinds {year} en heeft de hele regio getroffen.",
          "{city:A} telt ongeveer {pop} inwoners en ligt op {km} kilometer van de grens.",
          "'We zijn moe en we zijn bang', zegt een inwoner van {city:A}.",
          "'Niemand weet wat er morgen gebeurt', zegt een moeder van drie kinderen.",
          "Veel gezinnen zitten al dagen zonder stroom en stromend water.",
          "Scholen en winkels in {city:A} bleven {when} gesloten.",
          "Het nationale voetbalelftal van {name:A} won {when} met {score} van {name:C}.",
          "In het stadion van {city:A} zagen {crowd} toeschouwers een doelpuntrijke wedstrijd.",
          "Analisten verwachten dat de spanningen de komende maanden blijven.",
          "Het is niet duidelijk hoeveel mensen er nog in de stad zijn.",
          "De berichten konden niet onafhankelijk worden bevestigd.",
          "Sinds het begin van het jaar zijn de voedselprijzen met {pct} gestegen.",
          "De verkiezingen staan gepland voor {month} volgend jaar.",
          "De haven van {city:A} is een belangrijk knooppunt voor de uitvoer van graan.",
          "Op de markt in {city:A} kost een brood inmiddels het dubbele van vorig jaar.",
          "De wegen naar het zuiden zijn door de sneeuw nauwelijks begaanbaar.",
          "Het toerisme, ooit een belangrijke bron van inkomsten, is vrijwel stilgevallen.",
          "Veel jongeren zien geen toekomst meer in hun land en willen vertrekken.",
      };
  }
  return {};
}

std::vector<std::string> nl_titles(Story story) {
  switch (story) {
    case Story::conflict:
      return {"Gevechten rond {city:B} laaien weer op", "Nieuwe aanvallen op {city:B}",
              "Doden bij beschietingen in {city:B}",
              "Spanningen tussen {name:A} en {name:B} lopen op"};
    case Story::diplomacy:
      return {"Overleg tussen {name:A} en {name:B} in {cap:C}",
              "{name:A} en {name:B} praten over {topic}", "Nieuwe sancties tegen {name:B}",
              "Diplomatieke rel tussen {name:A} en {name:B}"};
    case Story::unrest:
      return {"Massaal protest in {city:A}", "Betogers de straat op in {cap:A}",
              "Arrestaties na demonstraties in {name:A}", "Onrust in {name:A} houdt aan"};
  }
  return {};
}

// ------------------------------------------------------------------ English

std::vector<std::string> en_templates(Kind kind) {
  switch (kind) {
    case Kind::meet:
      return {
          "{*gov:A} met {gov:B} in {cap:C} {when} to discuss {topic}.",
          "{when!}, {*gov:A} held talks with {gov:B} in {city:A}.",
          "{gov:A} and {gov:B} met in {cap:C} {when}.",
          "{*gov:A} paid a visit to {cap:B} {when}.",
          "{*gov:B} received {gov:A} in {cap:B} {when} for talks on {topic}.",
          "The meeting, which took place in {cap:C} {when}, focused on {topic}, diplomats said.",
      };
    case Kind::talks:
      return {
          "Negotiators from {name:A} and {name:B} resumed talks on {topic} in {cap:C} {when}.",
          "{*gov:C} [has|have] been mediating between {name:A} and {name:B} for weeks.",
          "{gov:A} and {gov:B} have been negotiating over {topic} since {weekday}.",
          "People familiar with the talks between {gov:A} and {gov:B} said they had reached a "
          "decisive phase.",
      };
    case Kind::attack:
      return {
          "{*mil:A} attacked targets in {city:B} {when}.",
          "{when!}, {*mil:A} shelled positions of {mil:B} near {city:B}.",
          "{city:B} was hit by {weapon} fired by {mil:A} {when}.",
          "{killed} people were killed {when} when {mil:A} struck {city:B}, {gov:B} said.",
          "{mil:A} and {mil:B} exchanged fire near {city:B} {when}.",
          "According to {gov:B}, {mil:A} fired {num} missiles at {city:B} {when}.",
          "{*mil:A} launched an offensive against {mil:B} around {city:B} {when}.",
          "Fresh fighting broke out between {mil:A} and {mil:B} near {city:B} {when}.",
      };
    case Kind::casualties:
      return {
          "{killed} civilians died in the attack and {wounded} were wounded.",
          "According to the health ministry, {killed} people were killed.",
          "Among the dead are {num} children, {org} said.",
          "Hospitals in {city:B} are treating {wounded} wounded.",
      };
    case Kind::displace:
      return {
          "{many} people have fled {city:B} since the fighting began.",
          "{many} {people:B} fled to {name:C} {when}, according to the UN refugee agency.",
          "The fighting has forced {many} residents of {city:B} to flee their homes.",
          "{many} civilians fled {city:B} {when}.",
      };
    case Kind::ceasefire:
      return {
          "{gov:A} and {gov:B} agreed to a ceasefire {when}.",
          "{when!}, {gov:A} and {gov:B} signed a truce in {cap:C}.",
          "Under pressure from {gov:C}, {*gov:A} declared a ceasefire {when}.",
          "The truce between {name:A} and {name:B} was brokered by {name:C} {when}.",
      };
    case Kind::aid:
      return {
          "{*gov:C} [is|are] sending {num} trucks with relief supplies to {name:B}.",
          "{*gov:C} [has|have] pledged {money} in emergency aid to {name:B}.",
          "{*org} promised {name:B} {money} in support {when}.",
          "Convoys from {org} reached {city:B} with food and medicine {when}.",
          "{*gov:C} [has|have] been supplying weapons to {name:A} for months.",
      };
    case Kind::sanction:
      return {
          "{*west} announced new sanctions against {name:B} {when}.",
          "{when!}, {*west} imposed new sanctions on {gov:B}.",
          "The sanctions, which were imposed by {west} {when}, mainly hit the {adj:B} oil sector.",
          "{*west} froze the assets of {num} {adj:B} officials {when}.",
      };
    case Kind::criticize:
      return {
          "{*gov:C} condemned the attack by {mil:A} {when}.",
          "{*gov:B} accused {name:A} of violating the truce.",
          "{*org} called on {gov:A} and {gov:B} {when} to stop the fighting.",
          "{*gov:B} [demands|demand] that {gov:A} withdraw the troops.",
          "{*org} sharply criticized {gov:A} {when}.",
          "{*gov:A} denied that {mil:A#2} [2:had|had] attacked civilians.",
          "According to {gov:B}, {*gov:A} [is|are] responsible for the violence.",
      };
    case Kind::threat:
      return {
          "{*gov:A} threatened {name:B} with retaliation {when}.",
          "{*gov:A} [has|have] warned {gov:B} of serious consequences.",
          "{*gov:A} [threatens|threaten] {gov:B} with new sanctions if the attacks continue.",
      };
    case Kind::protest:
      return {
          "{many} people took to the streets of {city:A} {when} to protest against {gov:A}.",
          "{many} {civ:A} demonstrated in {city:A} {when} against the new law.",
          "{when!}, {many} protesters rallied outside parliament in {cap:A} against the "
          "government.",
          "Thousands of {people:A} marched through {city:A} {when} to demand higher wages.",
      };
    case Kind::arrest:
      return {
          "{*cop:A} arrested {arrested} protesters in {city:A} {when}.",
          "{arrested} demonstrators were detained by police {when}.",
          "{when!}, {*cop:A} detained a prominent opposition leader in {cap:A}.",
          "{arrested} people have been arrested during the protests, according to {org}.",
      };
    case Kind::expel:
      return {
          "{*gov:A} expelled {num} {adj:B} diplomats {when}.",
          "{*gov:A} recalled [its|their] ambassador to {name:B} for consultations {when}.",
          "{*gov:A} summoned the {adj:B} ambassador {when}.",
      };
    case Kind::none:
      return {
          "It is cold and rainy in the region, and temperatures are expected to fall further.",
          "Temperatures in {city:A} reached {temp} degrees {when}.",
          "Forecasters expect heavy rain in the north of {name:A} over the weekend.",
          "Inflation in {name:A} rose to {pct} in {month}.",
          "The currency of {name:A} lost {pct} of its value against the dollar {when}.",
          "The economy of {name:A} grew by {pct} last year, according to official figures.",
          "Oil prices rose to {price} dollars a barrel {when}.",
          "The conflict has been going on since {year} and has affected the whole region.",
          "{city:A} has a population of about {pop} and lies {km} kilometres from the border.",
          "\"We are tired and we are afraid,\" said a resident of {city:A}.",
          "\"Nobody knows what tomorrow will bring,\" said a mother of three.",
          "Many families have been without electricity and running water for days.",
          "Schools and shops in {city:A} remained closed {when}.",
          "The national football team of {name:A} won {score} against {name:C} {when}.",
          "In the stadium of {city:A}, {crowd} spectators watched a high-scoring game.",
          "Analysts expect tensions to remain high in the coming months.",
          "It is unclear how many people are still in the city.",
          "The reports could not be independently verified.",
          "Food prices have risen by {pct} since the start of the year.",
          "Elections are scheduled for {month} next year.",
          "The port of {city:A} is an important hub for grain exports.",
          "At the market in {city:A}, a loaf of bread now costs twice as much as last year.",
          "The roads to the south are barely passable because of the snow.",
          "Tourism, once an important source of income, has almost come to a halt.",
          "Many young people no longer see a future in their country and want to leave.",
      };
  }
  return {};
}

std::vector<std::string> en_titles(Story story) {
  switch (story) {
    case Story::conflict:
      return {"Fighting flares up again around {city:B}", "New attacks on {city:B}",
              "Deaths in shelling of {city:B}", "Tensions rise between {name:A} and {name:B}"};
    case Story::diplomacy:
      return {"Talks between {name:A} and {name:B} in {cap:C}",
              "{name:A} and {name:B} discuss {topic}", "New sanctions against {name:B}",
              "Diplomatic row between {name:A} and {name:B}"};
    case Story::unrest:
      return {"Mass protest in {city:A}", "Protesters take to the streets in {cap:A}",
              "Arrests after demonstrations in {name:A}", "Unrest in {name:A} continues"};
  }
  return {};
}

const Language kDutch = {"nl", &nl_templates, &nl_titles};
const Language kEnglish = {"en", &en_templates, &en_titles};

// ------------------------------------------------------------------ phrases

const char* const kNlWeekdays[] = {"maandag", "dinsdag",  "woensdag", "donderdag",
                                   "vrijdag", "zaterdag", "zondag"};
const char* const kEnWeekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                   "Friday", "Saturday", "Sunday"};
const char* const kNlMonths[] = {"januari",   "februari", "maart",    "april",
                                 "mei",       "juni",     "juli",     "augustus",
                                 "september", "oktober",  "november", "december"};
const char* const kEnMonths[] = {"January",   "February", "March",    "April",
                                 "May",       "June",     "July",     "August",
                                 "September", "October",  "November", "December"};
const char* const kNlSmall[] = {"twee",      "drie",     "vier",      "vijf",     "zes",
                                "zeven",     "acht",     "negen",     "tien",     "elf",
                                "twaalf",    "dertien",  "veertien",  "vijftien", "zestien",
                                "zeventien", "achttien", "negentien", "twintig"};
const char* const kEnSmall[] = {"two",       "three",    "four",     "five",    "six",
                                "seven",     "eight",    "nine",     "ten",     "eleven",
                                "twelve",    "thirteen", "fourteen", "fifteen", "sixteen",
                                "seventeen", "eighteen", "nineteen", "twenty"};

// 12345 as "12.345" (Dutch) or "12,345" (English).
std::string grouped(long long n, char separator) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
    out += digits[i];
  }
  return out;
}

// 3.4 as "3,4" (Dutch) or "3.4" (English).
std::string decimal(int tenths, bool dutch) {
  return std::to_string(tenths / 10) + (dutch ? "," : ".") + std::to_string(tenths % 10);
}

// One document's story: its kind, countries, organisation and date.
struct StoryState {
  Story story = Story::conflict;
  std::array<const Country*, 3> countries{};  // A, B, C
  std::array<int, 3> main_city{};             // each country's city told most
  const Country* west = nullptr;
  Phrase org;
  std::string topic;
  std::chrono::sys_days date;
};

class Writer {
 public:
  Writer(const Language& language, Random& random, const StoryState& story)
      : dutch_(std::strcmp(language.code, "nl") == 0), random_(random), story_(story) {}

  // One sentence from a template, with A and B swapped when `swap`.
  std::string fill(const std::string& pattern, bool swap) {
    swap_ = swap;
    agree_.fill(false);
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
      if (pattern[i] != '{') {
        out += pattern[i];
        continue;
      }
      const std::size_t close = pattern.find('}', i);
      out += slot(pattern.substr(i + 1, close - i - 1));
      i = close;
    }
    out = agreed(out);
    return tidy(out);
  }

 private:
  const Country& country(char which) const {
    int index = which - 'A';
    if (swap_ && index < 2) index = 1 - index;
    return *story_.countries[index];
  }
  int index_of(char which) const {
    int index = which - 'A';
    if (swap_ && index < 2) index = 1 - index;
    return index;
  }

  std::string slot(std::string key) {
    int agreement = 0;  // which [sg|pl] forms this actor's number decides
    if (!key.empty() && key[0] == '*') {
      agreement = 1;
      key.erase(0, 1);
    }
    if (const std::size_t hash = key.find('#'); hash != std::string::npos) {
      agreement = key[hash + 1] - '0';
      key.erase(hash);
    }
    std::string name = key;
    char which = 'A';
    if (const std::size_t colon = key.find(':'); colon != std::string::npos) {
      name = key.substr(0, colon);
      which = key[colon + 1];
    }
    Phrase phrase = value(name, which);
    if (agreement > 0) agree_[agreement] = phrase.plural;
    return phrase.text;
  }

  Phrase value(const std::string& name, char which) {
    const Country& c = country(which);
    if (name == "gov") return government(c);
    if (name == "mil") return military(c);
    if (name == "cop") return police(c);
    if (name == "civ") return civilians(c);
    if (name == "people") return {dutch_ ? c.nl_people : c.en_people, true};
    if (name == "name") return {dutch_ ? c.nl_name : c.en_name, c.nl_plural && dutch_};
    if (name == "adj") return {dutch_ ? c.nl_adj : c.en_adj};
    if (name == "cap") return {dutch_ ? c.nl_capital : c.en_capital};
    if (name == "city") return {city(which)};
    if (name == "org") return story_.org;
    if (name == "west") return government(*story_.west);
    if (name == "when") return {when(random_.chance(25))};
    if (name == "when!") return {when(false)};
    if (name == "weekday") return {weekday()};
    if (name == "killed") return {killed(), true};
    if (name == "wounded") return {wounded(), true};
    if (name == "many") return {many(), true};
    if (name == "arrested") return {arrested(), true};
    if (name == "num") return {small_number(), true};
    if (name == "money") return {money()};
    if (name == "pct")
      return {decimal(random_.between(3, 250), dutch_) + (dutch_ ? " procent" : " percent")};
    if (name == "topic") return {story_.topic};
    if (name == "weapon") return {weapon()};
    if (name == "month")
      return {dutch_ ? kNlMonths[random_.below(12)] : kEnMonths[random_.below(12)]};
    if (name == "year") return {std::to_string(random_.between(2011, 2022))};
    if (name == "temp") return {std::to_string(random_.between(-8, 41))};
    if (name == "pop") return {grouped(random_.between(12, 2400) * 1000LL, dutch_ ? '.' : ',')};
    if (name == "crowd") return {grouped(random_.between(4, 80) * 1000LL, dutch_ ? '.' : ',')};
    if (name == "km") return {std::to_string(random_.between(5, 160))};
    if (name == "price") return {std::to_string(random_.between(62, 118))};
    if (name == "score")
      return {std::to_string(random_.between(1, 4)) + "-" + std::to_string(random_.between(0, 1))};
    std::fprintf(stderr, "kroniek_make_corpus: unknown slot {%s}\n", name.c_str());
    std::exit(3);
  }

  std::string city(char which) {
    const int index = index_of(which);
    const Country& c = *story_.countries[index];
    const int chosen =
        random_.chance(70) ? story_.main_city[index] : random_.below(c.cities.size());
    return dutch_ ? c.cities[chosen].nl : c.cities[chosen].en;
  }

  Phrase government(const Country& c) {
    if (dutch_) {
      switch (random_.below(8)) {
        case 0:
          return {std::string("de ") + c.nl_adj + " regering"};
        case 1:
          return {c.nl_capital};
        case 2:
          return {c.nl_name, c.nl_plural};
        case 3:
          return {std::string("de ") + c.nl_adj + " president"};
        case 4:
          return {std::string("de ") + c.nl_adj + " minister van Buitenlandse Zaken"};
        case 5:
          return {std::string("de ") + c.nl_adj + " premier"};
        case 6:
          return {std::string("de ") + c.nl_adj + " autoriteiten", true};
        default:
          return {std::string("een ") + c.nl_adj + " delegatie"};
      }
    }
    switch (random_.below(8)) {
      case 0:
        return {std::string("the ") + c.en_adj + " government"};
      case 1:
        return {c.en_capital};
      case 2:
        return {c.en_name};
      case 3:
        return {std::string("the ") + c.en_adj + " president"};
      case 4:
        return {std::string("the ") + c.en_adj + " foreign minister"};
      case 5:
        return {std::string("the ") + c.en_adj + " prime minister"};
      case 6:
        return {std::string(c.en_adj) + " officials", true};
      default:
        return {std::string(std::strchr("AEIOU", c.en_adj[0]) ? "an " : "a ") + c.en_adj +
                " delegation"};
    }
  }

  Phrase military(const Country& c) {
    if (dutch_) {
      switch (random_.below(5)) {
        case 0:
          return {std::string("het ") + c.nl_adj + " leger"};
        case 1:
          return {std::string(c.nl_adj) + " troepen", true};
        case 2:
          return {std::string("de ") + c.nl_adj + " luchtmacht"};
        case 3:
          return {std::string(c.nl_adj) + " soldaten", true};
        default:
          return {std::string(c.nl_adj) + " rebellen", true};
      }
    }
    switch (random_.below(5)) {
      case 0:
        return {std::string("the ") + c.en_adj + " army"};
      case 1:
        return {std::string(c.en_adj) + " troops", true};
      case 2:
        return {std::string("the ") + c.en_adj + " air force"};
      case 3:
        return {std::string(c.en_adj) + " soldiers", true};
      default:
        return {std::string(c.en_adj) + " rebels", true};
    }
  }

  Phrase police(const Country& c) {
    if (dutch_) {
      switch (random_.below(3)) {
        case 0:
          return {std::string("de ") + c.nl_adj + " politie"};
        case 1:
          return {std::string(c.nl_adj) + " agenten", true};
        default:
          return {"de oproerpolitie"};
      }
    }
    switch (random_.below(3)) {
      case 0:
        return {std::string(c.en_adj) + " police", true};
      case 1:
        return {std::string(c.en_adj) + " police officers", true};
      default:
        return {"riot police", true};
    }
  }

  Phrase civilians(const Country& c) {
    if (dutch_) {
      switch (random_.below(3)) {
        case 0:
          return {std::string(c.nl_adj) + " demonstranten", true};
        case 1:
          return {std::string(c.nl_adj) + " betogers", true};
        default:
          return {std::string(c.nl_adj) + " studenten", true};
      }
    }
    switch (random_.below(3)) {
      case 0:
        return {std::string(c.en_adj) + " protesters", true};
      case 1:
        return {std::string(c.en_adj) + " demonstrators", true};
      default:
        return {std::string(c.en_adj) + " students", true};
    }
  }

  std::string weekday() {
    return dutch_ ? kNlWeekdays[random_.below(7)] : kEnWeekdays[random_.below(7)];
  }

  // A time in the days before the document's date.
  std::string when(bool none) {
    if (none) return "";
    const int day = random_.below(7);
    if (dutch_) {
      switch (random_.below(10)) {
        case 0:
          return "gisteren";
        case 1:
          return kNlWeekdays[day];
        case 2:
          return std::string("op ") + kNlWeekdays[day];
        case 3:
          return "vorige week";
        case 4:
          return "afgelopen weekend";
        case 5:
          return std::string(kNlWeekdays[day]) + "avond";
        case 6:
          return "eerder deze week";
        case 7:
          return std::string("in de nacht van ") + kNlWeekdays[day] + " op " +
                 kNlWeekdays[(day + 1) % 7];
        case 8: {
          const std::chrono::year_month_day ymd{story_.date -
                                                std::chrono::days{random_.between(1, 6)}};
          return "op " + std::to_string(static_cast<unsigned>(ymd.day())) + " " +
                 kNlMonths[static_cast<unsigned>(ymd.month()) - 1];
        }
        default:
          return "vanochtend";
      }
    }
    switch (random_.below(10)) {
      case 0:
        return "yesterday";
      case 1:
        return std::string("on ") + kEnWeekdays[day] + " morning";
      case 2:
        return std::string("on ") + kEnWeekdays[day];
      case 3:
        return "last week";
      case 4:
        return "over the weekend";
      case 5:
        return std::string("on ") + kEnWeekdays[day] + " evening";
      case 6:
        return "earlier this week";
      case 7:
        return "overnight";
      case 8: {
        const std::chrono::year_month_day ymd{story_.date -
                                              std::chrono::days{random_.between(1, 6)}};
        return std::string("on ") + kEnMonths[static_cast<unsigned>(ymd.month()) - 1] + " " +
               std::to_string(static_cast<unsigned>(ymd.day()));
      }
      default:
        return "this morning";
    }
  }

  std::string small_number() {
    const int n = random_.between(2, 20);
    return dutch_ ? kNlSmall[n - 2] : kEnSmall[n - 2];
  }

  std::string digits(int low, int high) {
    return grouped(random_.between(low, high), dutch_ ? '.' : ',');
  }

  // How many were killed; a noun follows.
  std::string killed() {
    if (dutch_) {
      switch (random_.below(8)) {
        case 0:
          return small_number();
        case 1:
          return "zeker " + small_number();
        case 2:
          return "minstens " + digits(5, 90);
        case 3:
          return "ruim " + digits(20, 400);
        case 4:
          return "meer dan " + digits(10, 120);
        case 5:
          return "tientallen";
        case 6:
          return "ten minste " + digits(3, 60);
        default:
          return digits(3, 250);
      }
    }
    switch (random_.below(8)) {
      case 0:
        return small_number();
      case 1:
        return "at least " + small_number();
      case 2:
        return "at least " + digits(5, 90);
      case 3:
        return "more than " + digits(20, 400);
      case 4:
        return "some " + digits(10, 120);
      case 5:
        return "dozens of";
      case 6:
        return "nearly " + digits(3, 60);
      default:
        return digits(3, 250);
    }
  }

  // How many were wounded; no noun needs to follow.
  std::string wounded() {
    if (random_.chance(40)) return small_number();
    return (dutch_ ? "zeker " : "at least ") + digits(5, 300);
  }

  // Many people: the displaced, protesters.
  std::string many() {
    if (dutch_) {
      switch (random_.below(8)) {
        case 0:
          return "duizenden";
        case 1:
          return "tienduizenden";
        case 2:
          return "ruim " + digits(2, 90) + ".000";
        case 3:
          return "ongeveer " + grouped(random_.between(10, 400) * 100LL, '.');
        case 4:
          return decimal(random_.between(11, 29), true) + " miljoen";
        case 5:
          return "honderden";
        case 6:
          return "bijna " + digits(2, 60) + ".500";
        default:
          return digits(3, 80) + ".000";
      }
    }
    switch (random_.below(8)) {
      case 0:
        return "thousands of";
      case 1:
        return "tens of thousands of";
      case 2:
        return "more than " + digits(2, 90) + ",000";
      case 3:
        return "about " + grouped(random_.between(10, 400) * 100LL, ',');
      case 4:
        return decimal(random_.between(11, 29), false) + " million";
      case 5:
        return "hundreds of";
      case 6:
        return "nearly " + digits(2, 60) + ",500";
      default:
        return digits(3, 80) + ",000";
    }
  }

  std::string arrested() {
    if (dutch_) {
      switch (random_.below(4)) {
        case 0:
          return small_number();
        case 1:
          return "tientallen";
        case 2:
          return "ruim " + digits(20, 300);
        default:
          return "zeker " + digits(5, 120);
      }
    }
    switch (random_.below(4)) {
      case 0:
        return small_number();
      case 1:
        return "dozens of";
      case 2:
        return "more than " + digits(20, 300);
      default:
        return "at least " + digits(5, 120);
    }
  }

  std::string money() {
    const int n = random_.between(2, 95) * 10;
    if (dutch_) {
      switch (random_.below(3)) {
        case 0:
          return std::to_string(n) + " miljoen euro";
        case 1:
          return std::to_string(n) + " miljoen dollar";
        default:
          return decimal(random_.between(11, 45), true) + " miljard euro";
      }
    }
    switch (random_.below(3)) {
      case 0:
        return std::to_string(n) + " million euros";
      case 1:
        return std::to_string(n) + " million dollars";
      default:
        return decimal(random_.between(11, 45), false) + " billion euros";
    }
  }

  std::string weapon() {
    static const std::vector<std::string> nl = {"raketten", "drones", "artillerie", "granaten",
                                                "bommen"};
    static const std::vector<std::string> en = {"rockets", "drones", "artillery", "shells",
                                                "bombs"};
    return random_.pick(dutch_ ? nl : en);
  }

  // Replaces the verb forms [sg|pl] and [2:sg|pl] by the form the actor agrees with.
  std::string agreed(const std::string& s) const {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] != '[') {
        out += s[i];
        continue;
      }
      const std::size_t close = s.find(']', i);
      std::string forms = s.substr(i + 1, close - i - 1);
      int which = 1;
      if (forms.size() > 2 && forms[1] == ':') {
        which = forms[0] - '0';
        forms.erase(0, 2);
      }
      const std::size_t bar = forms.find('|');
      out += agree_[which] ? forms.substr(bar + 1) : forms.substr(0, bar);
      i = close;
    }
    return out;
  }

  // No double spaces, no space before a comma or full stop, a capital first.
  static std::string tidy(const std::string& s) {
    std::string out;
    for (char ch : s) {
      if (ch == ' ' && (out.empty() || out.back() == ' ')) continue;
      if ((ch == ',' || ch == '.') && !out.empty() && out.back() == ' ') out.pop_back();
      out += ch;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    // ", ," from an empty slot between commas
    for (std::size_t at; (at = out.find(",,")) != std::string::npos;) out.erase(at, 1);
    std::size_t first = 0;
    if (!out.empty() && (out[0] == '\'' || out[0] == '"')) first = 1;
    if (first < out.size() && out[first] >= 'a' && out[first] <= 'z') out[first] -= 'a' - 'A';
    return out;
  }

  bool dutch_;
  Random& random_;
  const StoryState& story_;
  bool swap_ = false;
  std::array<bool, 3> agree_{};
};

const std::vector<std::string> kNlTopics = {"een staakt-het-vuren",
                                            "de uitwisseling van gevangenen",
                                            "de grens",
                                            "handel en energie",
                                            "de veiligheid in de regio",
                                            "humanitaire hulp",
                                            "de terugkeer van vluchtelingen",
                                            "een nieuw vredesakkoord"};
const std::vector<std::string> kEnTopics = {"a ceasefire",
                                            "a prisoner exchange",
                                            "the border",
                                            "trade and energy",
                                            "security in the region",
                                            "humanitarian aid",
                                            "the return of refugees",
                                            "a new peace agreement"};
const std::vector<Phrase> kNlOrgs = {{"de VN", true},           {"de VN-Veiligheidsraad"},
                                     {"het Rode Kruis"},        {"Amnesty International"},
                                     {"Artsen zonder Grenzen"}, {"de NAVO"},
                                     {"de Europese Unie"},      {"het Wereldvoedselprogramma"}};
const std::vector<Phrase> kEnOrgs = {{"the UN"},
                                     {"the UN Security Council"},
                                     {"the Red Cross"},
                                     {"Amnesty International"},
                                     {"Doctors Without Borders"},
                                     {"NATO"},
                                     {"the European Union"},
                                     {"the World Food Programme"}};

// What may follow an event, after a comma: no actors, no attribution.
const std::vector<std::string> kNlCircumstances = {
    ", na weken van oplopende spanningen",
    ", ondanks scherpe internationale kritiek",
    ", voor het eerst sinds maanden",
    ", op een moment dat de economie van het land zwaar onder druk staat",
    ", in een poging de situatie in de regio te kalmeren",
    ", midden in de drukke vakantieperiode"};
const std::vector<std::string> kEnCircumstances = {
    ", after weeks of rising tension",
    ", despite sharp international criticism",
    ", for the first time in months",
    ", at a time when the economy of the country is under heavy pressure",
    ", in an attempt to calm the situation in the region",
    ", in the middle of the busy holiday season"};

// The kinds of event sentence each story tells, repeated by weight.
std::vector<Kind> kinds_of(Story story) {
  switch (story) {
    case Story::conflict:
      return {Kind::attack,   Kind::attack,    Kind::attack,    Kind::casualties, Kind::displace,
              Kind::displace, Kind::ceasefire, Kind::criticize, Kind::criticize,  Kind::aid,
              Kind::aid,      Kind::threat,    Kind::meet};
    case Story::diplomacy:
      return {Kind::meet,      Kind::meet,      Kind::meet,     Kind::talks,
              Kind::talks,     Kind::sanction,  Kind::sanction, Kind::threat,
              Kind::criticize, Kind::criticize, Kind::expel,    Kind::aid};
    case Story::unrest:
      return {Kind::protest, Kind::protest,   Kind::protest,   Kind::arrest,   Kind::arrest,
              Kind::arrest,  Kind::criticize, Kind::criticize, Kind::sanction, Kind::meet};
  }
  return {};
}

std::string iso_date(std::chrono::sys_days day) {
  const std::chrono::year_month_day ymd{day};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return text;
}

NewsDocument make_document(const Language& language, Random& random, int number,
                           std::uint64_t seed) {
  const bool dutch = std::strcmp(language.code, "nl") == 0;
  StoryState story;
  story.story = static_cast<Story>(random.below(3));
  // Wars between neighbours; talks and unrest between or in any two countries.
  // The third country mediates, hosts or helps.
  const Country* a = &random.pick(countries());
  const Country* b = a;
  if (story.story == Story::conflict) {
    const auto& [first, second] = random.pick(kConflicts);
    a = &country(first);
    b = &country(second);
    if (random.chance(50)) std::swap(a, b);
  } else {
    while (b == a) b = &random.pick(countries());
  }
  const Country* c = a;
  while (c == a || c == b) c = &country(random.pick(kMediators));
  story.countries = {a, b, c};
  for (int i = 0; i < 3; ++i) story.main_city[i] = random.below(story.countries[i]->cities.size());
  do {
    story.west = &country(random.pick(kWestCodes));
  } while (story.west == story.countries[1]);
  story.org = random.pick(dutch ? kNlOrgs : kEnOrgs);
  story.topic = random.pick(dutch ? kNlTopics : kEnTopics);
  story.date =
      std::chrono::sys_days{std::chrono::year{2023} / 1 / 1} + std::chrono::days{random.below(730)};

  Writer writer(language, random, story);
  NewsDocument doc;
  doc.lang = language.code;
  char id[64];
  std::snprintf(id, sizeof id, "%s-%llu-%05d", language.code, static_cast<unsigned long long>(seed),
                number);
  doc.id = id;
  doc.date = iso_date(story.date);
  doc.title = writer.fill(random.pick(language.titles(story.story)), false);
  // Titles end without a full stop.
  if (!doc.title.empty() && doc.title.back() == '.') doc.title.pop_back();

  const std::vector<Kind> kinds = kinds_of(story.story);
  const int sentences = random.between(7, 12);
  std::vector<std::string> paragraph;
  for (int s = 0; s < sentences; ++s) {
    // The lead tells an event; after it about half the sentences do.
    const Kind kind = (s == 0 || random.chance(50)) ? random.pick(kinds) : Kind::none;
    const bool swap = story.story != Story::unrest && random.chance(30);
    // A template once a document, as far as there are enough.
    const std::vector<std::string> templates = language.templates(kind);
    std::string name;
    int chosen = 0;
    for (int attempt = 0; attempt < 4; ++attempt) {
      chosen = random.below(templates.size());
      name = std::string(kKindNames[static_cast<int>(kind)]) + "." + std::to_string(chosen);
      if (std::find(doc.templates.begin(), doc.templates.end(), name) == doc.templates.end()) break;
    }
    std::string sentence = writer.fill(templates[chosen], swap);
    // Some events come with the circumstances, after a comma.
    if (kind != Kind::none && kind != Kind::casualties && sentence.back() == '.' &&
        sentence.find_first_of(",'\"") == std::string::npos && random.chance(40)) {
      sentence.pop_back();
      sentence += random.pick(dutch ? kNlCircumstances : kEnCircumstances) + ".";
    }
    paragraph.push_back(std::move(sentence));
    doc.templates.push_back(name);
    if (paragraph.size() >= 3 || (paragraph.size() >= 1 && random.chance(35))) {
      doc.paragraphs.push_back(std::move(paragraph));
      paragraph.clear();
    }
  }
  if (!paragraph.empty()) doc.paragraphs.push_back(std::move(paragraph));
  return doc;
}

bool word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

}  // namespace

std::string NewsDocument::text() const {
  std::string text;
  for (const auto& paragraph : paragraphs) {
    if (!text.empty()) text += '\n';
    for (std::size_t i = 0; i < paragraph.size(); ++i) text += (i ? " " : "") + paragraph[i];
  }
  return text;
}

// The language is part of the stream: the same seed gives unrelated stories in nl and en.
NewsCorpus::NewsCorpus(const std::string& lang, std::uint64_t seed)
    : lang_(lang), seed_(seed), random_(seed * 2 + (lang == "en" ? 1 : 0)) {}

NewsDocument NewsCorpus::next() {
  Random random(random_);
  NewsDocument doc = make_document(lang_ == "nl" ? kDutch : kEnglish, random, ++number_, seed_);
  random_ = random.state();
  return doc;
}

long long count_tokens(std::string_view text) {
  long long tokens = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = text[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      ++i;
      continue;
    }
    ++tokens;
    if (!word_byte(c)) {
      ++i;
      continue;
    }
    while (i < text.size()) {
      if (word_byte(text[i])) {
        ++i;
      } else if (std::strchr(".,'-", text[i]) && i + 1 < text.size() && word_byte(text[i + 1])) {
        i += 2;
      } else {
        break;
      }
    }
  }
  return tokens;
}

}  // namespace kroniek::bench
