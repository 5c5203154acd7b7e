#include "resolve/quantities.h"

#include <gtest/gtest.h>

#include <chrono>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace kroniek {
namespace {

const std::optional<long long> none = std::nullopt;

struct Built {
  std::string text;
  Sentence sentence;
};

bool is_punctuation_tag(const std::string& pos) {
  return pos.rfind("LET", 0) == 0 || pos == "." || pos == "," || pos == ":";
}

// A sentence from "word/lemma/TAG[/rel]" tokens separated by spaces, as Frog
// (CGN tags, Alpino relations) or a PTB tagger gives them. The document text
// starts with `prefix`, so byte offsets are not sentence offsets; punctuation
// is glued to the word before it.
Built build(const std::string& tagged, const std::string& prefix = "Vorige zin. ") {
  Built built;
  built.text = prefix;
  built.sentence.start = prefix.size();
  std::istringstream in(tagged);
  std::string item;
  while (in >> item) {
    Token token;
    std::istringstream fields(item);
    std::getline(fields, token.word, '/');
    std::getline(fields, token.lemma, '/');
    std::getline(fields, token.pos, '/');
    std::getline(fields, token.rel, '/');
    if (!built.sentence.tokens.empty() && !is_punctuation_tag(token.pos)) built.text += " ";
    token.start = built.text.size();
    built.text += token.word;
    token.end = built.text.size();
    set_derived_fields(token);
    built.sentence.tokens.push_back(token);
  }
  built.sentence.end = built.text.size();
  return built;
}

std::vector<QuantityMention> quantities(const std::string& tagged, const std::string& lang) {
  const Built built = build(tagged);
  return find_quantities(built.sentence, built.text, lang);
}

void expect_quantity(const QuantityMention& mention, const std::string& kind,
                     std::optional<long long> value, std::optional<long long> min,
                     std::optional<long long> max, const std::string& qualifier,
                     const std::string& text) {
  SCOPED_TRACE(text);
  EXPECT_EQ(mention.quantity.kind, kind);
  EXPECT_EQ(mention.quantity.value, value);
  EXPECT_EQ(mention.quantity.min, min);
  EXPECT_EQ(mention.quantity.max, max);
  EXPECT_EQ(mention.quantity.qualifier, qualifier);
  EXPECT_EQ(mention.quantity.text, text);
}

// ------------------------------------------------------------ parse_number

TEST(NumberParse, DutchDigitsUseDotForThousandsAndCommaForDecimals) {
  EXPECT_EQ(parse_number({"700.000"}, "nl"), 700000);
  EXPECT_EQ(parse_number({"3.000"}, "nl"), 3000);
  EXPECT_EQ(parse_number({"1.500.000"}, "nl"), 1500000);
  EXPECT_EQ(parse_number({"12"}, "nl"), 12);
  EXPECT_EQ(parse_number({"1,5", "miljoen"}, "nl"), 1500000);
  EXPECT_EQ(parse_number({"2", "miljoen"}, "nl"), 2000000);
  EXPECT_EQ(parse_number({"700", "duizend"}, "nl"), 700000);
  EXPECT_EQ(parse_number({"1,2", "miljard"}, "nl"), 1200000000);
}

TEST(NumberParse, DutchWords) {
  EXPECT_EQ(parse_number({"zeven"}, "nl"), 7);
  EXPECT_EQ(parse_number({"Zeven"}, "nl"), 7);
  EXPECT_EQ(parse_number({"zevenhonderd"}, "nl"), 700);
  EXPECT_EQ(parse_number({"Tweeëntwintig"}, "nl"), 22);
  EXPECT_EQ(parse_number({"twintig"}, "nl"), 20);
  EXPECT_EQ(parse_number({"zevenhonderdduizend"}, "nl"), 700000);
  EXPECT_EQ(parse_number({"duizend"}, "nl"), 1000);
  EXPECT_EQ(parse_number({"één"}, "nl"), 1);
  EXPECT_EQ(parse_number({"drie", "miljoen"}, "nl"), 3000000);
}

TEST(NumberParse, EnglishDigitsUseCommaForThousandsAndDotForDecimals) {
  EXPECT_EQ(parse_number({"700,000"}, "en"), 700000);
  EXPECT_EQ(parse_number({"1,000"}, "en"), 1000);
  EXPECT_EQ(parse_number({"2.3", "million"}, "en"), 2300000);
  EXPECT_EQ(parse_number({"1.5", "billion"}, "en"), 1500000000);
  EXPECT_EQ(parse_number({"40", "thousand"}, "en"), 40000);
}

TEST(NumberParse, EnglishWords) {
  EXPECT_EQ(parse_number({"seven"}, "en"), 7);
  EXPECT_EQ(parse_number({"Seven"}, "en"), 7);
  EXPECT_EQ(parse_number({"twenty-one"}, "en"), 21);
  EXPECT_EQ(parse_number({"twenty", "one"}, "en"), 21);
  EXPECT_EQ(parse_number({"one", "hundred"}, "en"), 100);
  EXPECT_EQ(parse_number({"seven", "hundred", "thousand"}, "en"), 700000);
  EXPECT_EQ(parse_number({"two", "million"}, "en"), 2000000);
}

TEST(NumberParse, RejectsOrdinalsFractionsAndOtherWords) {
  EXPECT_EQ(parse_number({"tweede"}, "nl"), none);
  EXPECT_EQ(parse_number({"second"}, "en"), none);
  EXPECT_EQ(parse_number({"twenty-first"}, "en"), none);
  EXPECT_EQ(parse_number({"1,5"}, "nl"), none);  // a fraction without "miljoen"
  EXPECT_EQ(parse_number({"2.3"}, "en"), none);
  EXPECT_EQ(parse_number({"1.5"}, "nl"), none);  // not a Dutch grouping
  EXPECT_EQ(parse_number({"mensen"}, "nl"), none);
  EXPECT_EQ(parse_number({"people"}, "en"), none);
  EXPECT_EQ(parse_number({"miljoen"}, "nl"), none);
  EXPECT_EQ(parse_number({"-5"}, "en"), none);
  EXPECT_EQ(parse_number({"3e5"}, "en"), none);
  EXPECT_EQ(parse_number({}, "en"), none);
}

// A long token is no number, and saying so is quick: ICU's spell-out parser took seconds
// on one (found by fuzzing: fuzz/regressions/number).
TEST(NumberParse, LongTokenIsNoNumberAtOnce) {
  const auto start = std::chrono::steady_clock::now();
  for (const char* lang : {"nl", "en"}) {
    EXPECT_EQ(parse_number({std::string(200, 'x')}, lang), none);
    EXPECT_EQ(parse_number({std::string(40, 'a'), std::string(60, 'b')}, lang), none);
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
  EXPECT_EQ(parse_number({"seven", "hundred", "seventy-seven", "thousand"}, "en"), 777000);
}

// ------------------------------------------------------------ Dutch, Frog's tags

TEST(QuantitiesDutch, AtLeastDisplacedFromTheVerbPhrase) {
  const Built built = build(
      "Zeker/zeker/ADJ(vrij,basis,zonder)/mod 700.000/700.000/TW(hoofd,prenom,stan)/det "
      "Syriërs/Syriërs/SPEC(deeleigen)/su zijn/zijn/WW(pv,tgw,mv)/ROOT op/op/VZ(init)/svp "
      "de/de/LID(bep,stan,rest)/mwp vlucht/vlucht/N(soort,ev,basis,zijd,stan)/mwp "
      "geslagen/slaan/WW(vd,vrij,zonder)/vc ././LET()/punct");
  const auto found = find_quantities(built.sentence, built.text, "nl");
  ASSERT_EQ(found.size(), 1u);
  expect_quantity(found[0], "displaced", 700000, 700000, none, "at_least", "Zeker 700.000 Syriërs");
  EXPECT_EQ(found[0].first, 0);
  EXPECT_EQ(found[0].last, 2);
}

TEST(QuantitiesDutch, SeparableVerbAndPredicativeAdjectiveInCoordinatedClauses) {
  const auto found = quantities(
      "Bij/bij/VZ(init) de/de/LID(bep,stan,rest) aanval/aanval/N(soort,ev,basis,zijd,stan) "
      "kwamen/komen/WW(pv,verl,mv) zeven/zeven/TW(hoofd,prenom,stan) "
      "soldaten/soldaat/N(soort,mv,basis) om/om/VZ(fin)/svp en/en/VG(neven) "
      "raakten/raken/WW(pv,verl,mv) tientallen/tiental/N(soort,mv,basis) "
      "burgers/burger/N(soort,mv,basis) gewond/gewond/ADJ(vrij,basis,zonder)/predc ././LET()",
      "nl");
  ASSERT_EQ(found.size(), 2u);
  expect_quantity(found[0], "killed", 7, 7, 7, "exact", "zeven soldaten");
  expect_quantity(found[1], "wounded", none, 20, none, "vague", "tientallen burgers");
}

TEST(QuantitiesDutch, ApproximateMillionsAndExistentialDead) {
  const auto found = quantities(
      "Ongeveer/ongeveer/BW() 1,5/1,5/TW(hoofd,prenom,stan) "
      "miljoen/miljoen/N(soort,ev,basis,onz,stan) mensen/mens/N(soort,mv,basis) "
      "zijn/zijn/WW(pv,tgw,mv) gevlucht/vluchten/WW(vd,vrij,zonder) ,/,/LET() "
      "waarbij/waarbij/BW() aan/aan/VZ(init) "
      "beide/beide/VNW(onbep,grad,stan,prenom,met-e,mv,basis) "
      "zijden/zijde/ADJ(prenom,basis,zonder) al/al/BW() "
      "meerdere/meerder/VNW(onbep,det,stan,prenom,met-e,mv) doden/dood/ADJ(nom,basis,met-e,mv-n) "
      "vielen/vallen/WW(pv,verl,mv) ././LET()",
      "nl");
  ASSERT_EQ(found.size(), 2u);
  expect_quantity(found[0], "displaced", 1500000, none, none, "approximate",
                  "Ongeveer 1,5 miljoen mensen");
  expect_quantity(found[1], "killed", none, 2, none, "vague", "meerdere doden");
}

TEST(QuantitiesDutch, MoreThanHundredsAndNearly) {
  const auto found = quantities(
      "Meer/veel/VNW(onbep,grad,stan,prenom,zonder,agr,comp) dan/dan/VG(onder) "
      "50/50/TW(hoofd,prenom,stan) doden/dood/ADJ(nom,basis,met-e,mv-n) en/en/VG(neven) "
      "honderden/honderd/N(soort,mv,basis) gewonden/gewond/ADJ(nom,basis,met-e,mv-n) "
      "werden/worden/WW(pv,verl,mv) geteld/tellen/WW(vd,vrij,zonder) ,/,/LET() "
      "terwijl/terwijl/VG(onder) bijna/bijna/BW() 100/100/TW(hoofd,prenom,stan) "
      "demonstranten/demonstrant/N(soort,mv,basis) werden/worden/WW(pv,verl,mv) "
      "gearresteerd/arresteren/WW(vd,vrij,zonder) ././LET()",
      "nl");
  ASSERT_EQ(found.size(), 3u);
  expect_quantity(found[0], "killed", 50, 51, none, "at_least", "Meer dan 50 doden");
  expect_quantity(found[1], "wounded", none, 200, none, "vague", "honderden gewonden");
  expect_quantity(found[2], "arrested", 100, none, 99, "at_most", "bijna 100 demonstranten");
}

TEST(QuantitiesDutch, YearsSoldiersSentAndMoneyAreNoCounts) {
  EXPECT_TRUE(quantities("Twee/twee/TW(hoofd,prenom,stan) jaar/jaar/N(soort,ev,basis,onz,stan) "
                         "geleden/geleden/BW() stuurde/sturen/WW(pv,verl,ev) "
                         "Turkije/Turkije/SPEC(deeleigen) 3000/3000/TW(hoofd,prenom,stan) "
                         "soldaten/soldaat/N(soort,mv,basis) en/en/VG(neven) "
                         "700.000/700.000/TW(hoofd,prenom,stan) "
                         "euro/euro/N(soort,ev,basis,zijd,stan) naar/naar/VZ(init) "
                         "Idlib/Idlib/SPEC(deeleigen) ././LET()",
                         "nl")
                  .empty());
}

TEST(QuantitiesDutch, OneDeadCountsButOrdinalsAndYearsDoNot) {
  const auto found = quantities(
      "Zevenhonderd/zevenhonderd/TW(hoofd,prenom,stan) mensen/mens/N(soort,mv,basis) "
      "werden/worden/WW(pv,verl,mv) vastgehouden/vasthouden/WW(vd,vrij,zonder) "
      "en/en/VG(neven) één/een/TW(hoofd,prenom,stan) dode/dode/N(soort,ev,basis,zijd,stan) "
      "viel/vallen/WW(pv,verl,ev) ,/,/LET() de/de/LID(bep,stan,rest) "
      "tweede/twee/TW(rang,prenom,stan) aanval/aanval/N(soort,ev,basis,zijd,stan) "
      "in/in/VZ(init) 2019/2019/TW(hoofd,vrij) ././LET()",
      "nl");
  ASSERT_EQ(found.size(), 2u);
  expect_quantity(found[0], "detained", 700, 700, 700, "exact", "Zevenhonderd mensen");
  expect_quantity(found[1], "killed", 1, 1, 1, "exact", "één dode");
}

TEST(QuantitiesDutch, NounsNameTheKindWithoutAVerb) {
  const auto found = quantities(
      "Er/er/VNW(aanw,adv-pron,stan,red,3,getal) zijn/zijn/WW(pv,tgw,mv) "
      "duizenden/duizend/N(soort,mv,basis) ontheemden/ontheemd/ADJ(nom,basis,met-e,mv-n) "
      "en/en/VG(neven) enkele/enkel/VNW(onbep,det,stan,prenom,met-e,rest) "
      "gijzelaars/gijzelaar/N(soort,mv,basis) ,/,/LET() rond/rond/VZ(init) "
      "de/de/LID(bep,stan,rest) 20/20/TW(hoofd,prenom,stan) "
      "gevangenen/gevangene/N(soort,mv,basis) en/en/VG(neven) "
      "zo'n/zo'n/VNW(aanw,det,stan,prenom,zonder,agr) 300/300/TW(hoofd,prenom,stan) "
      "arrestanten/arrestant/N(soort,mv,basis) ././LET()",
      "nl");
  ASSERT_EQ(found.size(), 4u);
  expect_quantity(found[0], "displaced", none, 2000, none, "vague", "duizenden ontheemden");
  expect_quantity(found[1], "detained", none, 2, none, "vague", "enkele gijzelaars");
  expect_quantity(found[2], "detained", 20, none, none, "approximate", "rond de 20 gevangenen");
  expect_quantity(found[3], "arrested", 300, none, none, "approximate", "zo'n 300 arrestanten");
}

// A sentence that only gives a count is not parsed (code/triage.h): its
// separable verbs are read from the tags, with no relation to go by.
TEST(QuantitiesDutch, SeparableVerbsWithoutAParse) {
  const auto killed = quantities(
      "Soldaten/soldaat/N(soort,mv,basis) schoten/schieten/WW(pv,verl,mv) "
      "vier/vier/TW(hoofd,prenom,stan) demonstranten/demonstrant/N(soort,mv,basis) "
      "dood/dood/ADJ(vrij,basis,zonder) ././LET()",
      "nl");
  ASSERT_EQ(killed.size(), 1u);
  expect_quantity(killed[0], "killed", 4, 4, 4, "exact", "vier demonstranten");
  const auto detained = quantities(
      "De/de/LID(bep,stan,rest) rebellen/rebel/N(soort,mv,basis) namen/nemen/WW(pv,verl,mv) "
      "tien/tien/TW(hoofd,prenom,stan) soldaten/soldaat/N(soort,mv,basis) "
      "gevangen/vangen/WW(vd,vrij,zonder) en/en/VG(neven) hielden/houden/WW(pv,verl,mv) "
      "twintig/twintig/TW(hoofd,prenom,stan) betogers/betoger/N(soort,mv,basis) "
      "vast/vast/ADJ(vrij,basis,zonder) ././LET()",
      "nl");
  ASSERT_EQ(detained.size(), 2u);
  expect_quantity(detained[0], "detained", 10, 10, 10, "exact", "tien soldaten");
  expect_quantity(detained[1], "detained", 20, 20, 20, "exact", "twintig betogers");
  const auto om_het_leven = quantities(
      "Drie/drie/TW(hoofd,prenom,stan) mensen/mens/N(soort,mv,basis) "
      "kwamen/komen/WW(pv,verl,mv) om/om/VZ(init) het/het/LID(bep,stan,evon) "
      "leven/leven/N(soort,ev,basis,onz,stan) ././LET()",
      "nl");
  ASSERT_EQ(om_het_leven.size(), 1u);
  expect_quantity(om_het_leven[0], "killed", 3, 3, 3, "exact", "Drie mensen");
  // "om" before a time is a preposition, not the particle of "omkomen".
  EXPECT_TRUE(quantities("Drie/drie/TW(hoofd,prenom,stan) mensen/mens/N(soort,mv,basis) "
                         "kwamen/komen/WW(pv,verl,mv) om/om/VZ(init) zes/zes/TW(hoofd,prenom,stan) "
                         "uur/uur/N(soort,ev,basis,onz,stan) aan/aan/VZ(fin) ././LET()",
                         "nl")
                  .empty());
}

TEST(QuantitiesDutch, AtLeastWithMinstensAndTenMinste) {
  const auto found = quantities(
      "Minstens/minstens/BW() twintig/twintig/TW(hoofd,prenom,stan) "
      "mensen/mens/N(soort,mv,basis) kwamen/komen/WW(pv,verl,mv) om/om/VZ(init)/svp "
      "het/het/LID(bep,stan,evon)/mwp leven/leven/N(soort,ev,basis,onz,stan)/mwp "
      "en/en/VG(neven) ten/te/VZ(versm) minste/weinig/VNW(onbep,grad,stan,nom,met-e,zonder-n,sup) "
      "12/12/TW(hoofd,prenom,stan) burgers/burger/N(soort,mv,basis) "
      "werden/worden/WW(pv,verl,mv) gedood/doden/WW(vd,vrij,zonder) ././LET()",
      "nl");
  ASSERT_EQ(found.size(), 2u);
  expect_quantity(found[0], "killed", 20, 20, none, "at_least", "Minstens twintig mensen");
  expect_quantity(found[1], "killed", 12, 12, none, "at_least", "ten minste 12 burgers");
}

TEST(QuantitiesDutch, RuimLeavingHomesAndUpToFallen) {
  const auto found = quantities(
      "Ruim/ruim/ADJ(vrij,basis,zonder) 3.000/3.000/TW(hoofd,prenom,stan) "
      "mensen/mens/N(soort,mv,basis) moesten/moeten/WW(pv,verl,mv) "
      "hun/hun/VNW(bez,det,stan,vol,3,mv,prenom,zonder,agr) huizen/huis/N(soort,mv,basis) "
      "verlaten/verlaten/WW(inf,vrij,zonder) en/en/VG(neven) tot/tot/VZ(init) "
      "30/30/TW(hoofd,prenom,stan) militairen/militair/N(soort,mv,basis) "
      "zijn/zijn/WW(pv,tgw,mv) gesneuveld/sneuvelen/WW(vd,vrij,zonder) ././LET()",
      "nl");
  ASSERT_EQ(found.size(), 2u);
  expect_quantity(found[0], "displaced", 3000, 3001, none, "at_least", "Ruim 3.000 mensen");
  expect_quantity(found[1], "killed", 30, none, 30, "at_most", "tot 30 militairen");
}

TEST(QuantitiesDutch, AtMostWithHoogstensAndMaximaal) {
  const auto found = quantities(
      "Hoogstens/hoogstens/BW() vijf/vijf/TW(hoofd,prenom,stan) "
      "soldaten/soldaat/N(soort,mv,basis) lieten/laten/WW(pv,verl,mv) "
      "het/het/LID(bep,stan,evon) leven/leven/N(soort,ev,basis,onz,stan) ,/,/LET() "
      "maximaal/maximaal/ADJ(vrij,basis,zonder) 40/40/TW(hoofd,prenom,stan) "
      "kinderen/kind/N(soort,mv,basis) raakten/raken/WW(pv,verl,mv) "
      "gewond/gewond/ADJ(vrij,basis,zonder) ././LET()",
      "nl");
  ASSERT_EQ(found.size(), 2u);
  expect_quantity(found[0], "killed", 5, none, 5, "at_most", "Hoogstens vijf soldaten");
  expect_quantity(found[1], "wounded", 40, none, 40, "at_most", "maximaal 40 kinderen");
}

TEST(QuantitiesDutch, ArrestedAndDetained) {
  auto found = quantities(
      "Verscheidene/verscheiden/ADJ(prenom,basis,met-e,stan) "
      "demonstranten/demonstrant/N(soort,mv,basis) werden/worden/WW(pv,verl,mv) "
      "opgepakt/oppakken/WW(vd,vrij,zonder) ,/,/LET() 25/25/TW(hoofd,prenom,stan) "
      "jongeren/jong/ADJ(nom,comp,met-e,mv-n) werden/worden/WW(pv,verl,mv) "
      "aangehouden/aanhouden/WW(vd,vrij,zonder) ././LET()",
      "nl");
  ASSERT_EQ(found.size(), 2u);
  expect_quantity(found[0], "arrested", none, 2, none, "vague", "Verscheidene demonstranten");
  expect_quantity(found[1], "arrested", 25, 25, 25, "exact", "25 jongeren");

  found = quantities(
      "Twee/twee/TW(hoofd,prenom,stan) journalisten/journalist/N(soort,mv,basis) "
      "zijn/zijn/WW(pv,tgw,mv) ontvoerd/ontvoeren/WW(vd,vrij,zonder) en/en/VG(neven) "
      "drie/drie/TW(hoofd,prenom,stan) hulpverleners/hulpverlener/N(soort,mv,basis) "
      "werden/worden/WW(pv,verl,mv) gegijzeld/gijzelen/WW(vd,vrij,zonder) ././LET()",
      "nl");
  ASSERT_EQ(found.size(), 2u);
  expect_quantity(found[0], "detained", 2, 2, 2, "exact", "Twee journalisten");
  expect_quantity(found[1], "detained", 3, 3, 3, "exact", "drie hulpverleners");

  found = quantities(
      "Tweeëntwintig/tweeëntwintig/TW(hoofd,prenom,stan) rebellen/rebel/N(soort,mv,basis) "
      "zijn/zijn/WW(pv,tgw,mv) gevangengenomen/gevangennemen/WW(vd,vrij,zonder) "
      "en/en/VG(neven) 14/14/TW(hoofd,prenom,stan) verdachten/verdachte/N(soort,mv,basis) "
      "vastgezet/vastzetten/WW(vd,vrij,zonder) ././LET()",
      "nl");
  ASSERT_EQ(found.size(), 2u);
  expect_quantity(found[0], "detained", 22, 22, 22, "exact", "Tweeëntwintig rebellen");
  expect_quantity(found[1], "detained", 14, 14, 14, "exact", "14 verdachten");
}

TEST(QuantitiesDutch, DriveOutAndDisplacedAdjective) {
  const auto found = quantities(
      "Circa/circa/BW() 2/2/TW(hoofd,prenom,stan) miljoen/miljoen/N(soort,ev,basis,onz,stan) "
      "mensen/mens/N(soort,mv,basis) zijn/zijn/WW(pv,tgw,mv) "
      "verdreven/verdrijven/WW(vd,vrij,zonder) en/en/VG(neven) 700/700/TW(hoofd,prenom,stan) "
      "duizend/duizend/TW(hoofd,prenom,stan) Syriërs/Syriërs/SPEC(deeleigen) "
      "zijn/zijn/WW(pv,tgw,mv) ontheemd/ontheemd/ADJ(vrij,basis,zonder) ././LET()",
      "nl");
  ASSERT_EQ(found.size(), 2u);
  expect_quantity(found[0], "displaced", 2000000, none, none, "approximate",
                  "Circa 2 miljoen mensen");
  expect_quantity(found[1], "displaced", 700000, 700000, 700000, "exact", "700 duizend Syriërs");
}

TEST(QuantitiesDutch, FallenOneWoundedAndShotDead) {
  const auto found = quantities(
      "Er/er/VNW(aanw,adv-pron,stan,red,3,getal) vielen/vallen/WW(pv,verl,mv) "
      "twaalf/twaalf/TW(hoofd,prenom,stan) gesneuvelden/sneuvelen/WW(vd,nom,met-e,mv-n) "
      "en/en/VG(neven) één/een/TW(hoofd,prenom,stan) gewonde/gewond/ADJ(prenom,basis,met-e,stan) "
      ",/,/LET() acht/acht/TW(hoofd,prenom,stan) mensen/mens/N(soort,mv,basis) "
      "werden/worden/WW(pv,verl,mv) doodgeschoten/doodschieten/WW(vd,vrij,zonder) ././LET()",
      "nl");
  ASSERT_EQ(found.size(), 3u);
  expect_quantity(found[0], "killed", 12, 12, 12, "exact", "twaalf gesneuvelden");
  expect_quantity(found[1], "wounded", 1, 1, 1, "exact", "één gewonde");
  expect_quantity(found[2], "killed", 8, 8, 8, "exact", "acht mensen");
}

TEST(QuantitiesDutch, ApposedCountBorrowsThePredicateBeforeIt) {
  const auto found = quantities(
      "Bij/bij/VZ(init) het/het/LID(bep,stan,evon) "
      "bombardement/bombardement/N(soort,ev,basis,onz,stan) werden/worden/WW(pv,verl,mv) "
      "15/15/TW(hoofd,prenom,stan) mensen/mens/N(soort,mv,basis) "
      "verwond/verwonden/WW(vd,vrij,zonder) ,/,/LET() onder/onder/VZ(init) "
      "wie/wie/VNW(vb,pron,stan,vol,3p,getal) vier/vier/TW(hoofd,prenom,stan) "
      "kinderen/kind/N(soort,mv,basis) ././LET()",
      "nl");
  ASSERT_EQ(found.size(), 2u);
  expect_quantity(found[0], "wounded", 15, 15, 15, "exact", "15 mensen");
  expect_quantity(found[1], "wounded", 4, 4, 4, "exact", "vier kinderen");
}

TEST(QuantitiesDutch, CoordinatedSubjectsShareTheVerb) {
  const auto found = quantities(
      "Zeven/zeven/TW(hoofd,prenom,stan) soldaten/soldaat/N(soort,mv,basis) en/en/VG(neven) "
      "drie/drie/TW(hoofd,prenom,stan) burgers/burger/N(soort,mv,basis) "
      "kwamen/komen/WW(pv,verl,mv) om/om/VZ(fin)/svp ././LET()",
      "nl");
  ASSERT_EQ(found.size(), 2u);
  expect_quantity(found[0], "killed", 7, 7, 7, "exact", "Zeven soldaten");
  expect_quantity(found[1], "killed", 3, 3, 3, "exact", "drie burgers");
}

TEST(QuantitiesDutch, AnAuxiliaryLeavesThePredicateToTheParticiple) {
  // "zijn … naar Tsjaad en Egypte gevlucht": the "en" splits the places, not the clause.
  const auto found = quantities(
      "Al/al/BW() zijn/zijn/WW(pv,tgw,mv) ruim/ruim/ADJ(vrij,basis,zonder) "
      "200.000/200.000/TW(hoofd,prenom,stan) Soedanezen/soedanezen/N(soort,mv,basis) "
      "naar/naar/VZ(init) Tsjaad/Tsjaad/SPEC(deeleigen) en/en/VG(neven) "
      "Egypte/Egypte/SPEC(deeleigen) gevlucht/vluchten/WW(vd,vrij,zonder) ././LET()",
      "nl");
  ASSERT_EQ(found.size(), 1u);
  expect_quantity(found[0], "displaced", 200000, 200001, std::nullopt, "at_least",
                  "ruim 200.000 Soedanezen");
}

TEST(QuantitiesDutch, VerbOverridesANounOfState) {
  const auto found = quantities(
      "Twintig/twintig/TW(hoofd,prenom,stan) gevangenen/gevangene/N(soort,mv,basis) "
      "werden/worden/WW(pv,verl,mv) gedood/doden/WW(vd,vrij,zonder) ././LET()",
      "nl");
  ASSERT_EQ(found.size(), 1u);
  expect_quantity(found[0], "killed", 20, 20, 20, "exact", "Twintig gevangenen");
}

TEST(QuantitiesDutch, ACountWhoseClauseSaysSomethingElseGivesNothing) {
  const auto found = quantities(
      "Zeven/zeven/TW(hoofd,prenom,stan) soldaten/soldaat/N(soort,mv,basis) "
      "werden/worden/WW(pv,verl,mv) gestuurd/sturen/WW(vd,vrij,zonder) ,/,/LET() "
      "40/40/TW(hoofd,prenom,stan) burgers/burger/N(soort,mv,basis) "
      "raakten/raken/WW(pv,verl,mv) gewond/gewond/ADJ(vrij,basis,zonder) ././LET()",
      "nl");
  ASSERT_EQ(found.size(), 1u);
  expect_quantity(found[0], "wounded", 40, 40, 40, "exact", "40 burgers");
}

TEST(QuantitiesDutch, TimeSpansAreNotPeople) {
  const auto found = quantities(
      "Twee/twee/TW(hoofd,prenom,stan) dagen/dag/N(soort,mv,basis) "
      "later/laat/ADJ(vrij,comp,zonder) "
      "vluchtten/vluchten/WW(pv,verl,mv) 300/300/TW(hoofd,prenom,stan) "
      "mensen/mens/N(soort,mv,basis) ././LET()",
      "nl");
  ASSERT_EQ(found.size(), 1u);
  expect_quantity(found[0], "displaced", 300, 300, 300, "exact", "300 mensen");
}

TEST(QuantitiesDutch, TotAfterARiseIsNoUpperBound) {
  const auto found = quantities(
      "Het/het/LID(bep,stan,evon) dodental/dodental/N(soort,ev,basis,onz,stan) "
      "is/zijn/WW(pv,tgw,ev) opgelopen/oplopen/WW(vd,vrij,zonder) tot/tot/VZ(init) "
      "50/50/TW(hoofd,prenom,stan) doden/dood/ADJ(nom,basis,met-e,mv-n) ././LET()",
      "nl");
  ASSERT_EQ(found.size(), 1u);
  expect_quantity(found[0], "killed", 50, 50, 50, "exact", "50 doden");
}

TEST(QuantitiesDutch, ArticleEenIsNoCountButEenDodeIs) {
  EXPECT_TRUE(quantities("Een/een/LID(onbep,stan,agr) burger/burger/N(soort,ev,basis,zijd,stan) "
                         "werd/worden/WW(pv,verl,ev) gedood/doden/WW(vd,vrij,zonder) ././LET()",
                         "nl")
                  .empty());
  const auto found = quantities(
      "Er/er/VNW(aanw,adv-pron,stan,red,3,getal) viel/vallen/WW(pv,verl,ev) "
      "een/een/TW(hoofd,prenom,stan) dode/dode/N(soort,ev,basis,zijd,stan) ././LET()",
      "nl");
  ASSERT_EQ(found.size(), 1u);
  expect_quantity(found[0], "killed", 1, 1, 1, "exact", "een dode");
}

TEST(QuantitiesDutch, EenAccentedCountsOnePerson) {
  const auto found = quantities(
      "Eén/een/TW(hoofd,prenom,stan) soldaat/soldaat/N(soort,ev,basis,zijd,stan) "
      "kwam/komen/WW(pv,verl,ev) om/om/VZ(fin)/svp ././LET()",
      "nl");
  ASSERT_EQ(found.size(), 1u);
  expect_quantity(found[0], "killed", 1, 1, 1, "exact", "Eén soldaat");
}

TEST(QuantitiesDutch, TextIsTheDocumentsBytesAndSpanIsTokens) {
  Built built = build(
      "Vorige/vorig/ADJ(prenom,basis,met-e,stan) week/week/N(soort,ev,basis,zijd,stan) "
      "kwamen/komen/WW(pv,verl,mv) ongeveer/ongeveer/BW() 700/700/TW(hoofd,prenom,stan) "
      "mensen/mens/N(soort,mv,basis) om/om/VZ(fin)/svp ././LET()",
      "Een eerdere zin.\n");
  // Two spaces in the document between "ongeveer" and "700": the text is
  // what the document holds, not the words re-joined.
  const std::size_t at = built.sentence.tokens[4].start;
  built.text.insert(at, " ");
  for (std::size_t i = 4; i < built.sentence.tokens.size(); ++i) {
    ++built.sentence.tokens[i].start;
    ++built.sentence.tokens[i].end;
  }
  const auto found = find_quantities(built.sentence, built.text, "nl");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].first, 3);
  EXPECT_EQ(found[0].last, 5);
  expect_quantity(found[0], "killed", 700, none, none, "approximate", "ongeveer  700 mensen");
}

// ------------------------------------------------------------ English, PTB tags

TEST(QuantitiesEnglish, AtLeastKilledAndABareWoundedCount) {
  const auto found = quantities(
      "At/at/IN least/least/JJS 12/12/CD people/people/NNS were/be/VBD killed/kill/VBN "
      "and/and/CC 200/200/CD wounded/wounded/JJ ./././.",
      "en");
  ASSERT_EQ(found.size(), 2u);
  expect_quantity(found[0], "killed", 12, 12, none, "at_least", "At least 12 people");
  expect_quantity(found[1], "wounded", 200, 200, 200, "exact", "200 wounded");
}

TEST(QuantitiesEnglish, SomeIsApproximateAndFleeingHomesIsDisplaced) {
  const auto found = quantities(
      "Some/some/DT 700,000/700,000/CD Syrians/Syrian/NNPS have/have/VBP fled/flee/VBN "
      "their/their/PRP$ homes/home/NNS ./././.",
      "en");
  ASSERT_EQ(found.size(), 1u);
  expect_quantity(found[0], "displaced", 700000, none, none, "approximate", "Some 700,000 Syrians");
}

TEST(QuantitiesEnglish, MoreThanAndNearly) {
  const auto found = quantities(
      "More/more/JJR than/than/IN 50/50/CD civilians/civilian/NNS died/die/VBD ,/,/, "
      "nearly/nearly/RB 100/100/CD protesters/protester/NNS were/be/VBD "
      "arrested/arrest/VBN ./././.",
      "en");
  ASSERT_EQ(found.size(), 2u);
  expect_quantity(found[0], "killed", 50, 51, none, "at_least", "More than 50 civilians");
  expect_quantity(found[1], "arrested", 100, none, 99, "at_most", "nearly 100 protesters");
}

TEST(QuantitiesEnglish, DozensAndHundredsOfThousands) {
  const auto found = quantities(
      "Dozens/dozen/NNS of/of/IN people/people/NNS were/be/VBD detained/detain/VBN "
      "and/and/CC hundreds/hundred/NNS of/of/IN thousands/thousand/NNS were/be/VBD "
      "displaced/displace/VBN ./././.",
      "en");
  ASSERT_EQ(found.size(), 2u);
  expect_quantity(found[0], "detained", none, 24, none, "vague", "Dozens of people");
  expect_quantity(found[1], "displaced", none, 200000, none, "vague", "hundreds of thousands");
}

TEST(QuantitiesEnglish, UpToMillionsForcedFromTheirHomes) {
  const auto found = quantities(
      "Up/up/RB to/to/TO 2.3/2.3/CD million/million/CD people/people/NNS were/be/VBD "
      "forced/force/VBN from/from/IN their/their/PRP$ homes/home/NNS ./././.",
      "en");
  ASSERT_EQ(found.size(), 1u);
  expect_quantity(found[0], "displaced", 2300000, none, 2300000, "at_most",
                  "Up to 2.3 million people");
}

TEST(QuantitiesEnglish, NumberWords) {
  auto found = quantities(
      "Twenty-one/twenty-one/CD soldiers/soldier/NNS were/be/VBD killed/kill/VBN ./././.", "en");
  ASSERT_EQ(found.size(), 1u);
  expect_quantity(found[0], "killed", 21, 21, 21, "exact", "Twenty-one soldiers");

  found = quantities(
      "Twenty/twenty/CD one/one/CD soldiers/soldier/NNS were/be/VBD injured/injure/VBN ./././.",
      "en");
  ASSERT_EQ(found.size(), 1u);
  expect_quantity(found[0], "wounded", 21, 21, 21, "exact", "Twenty one soldiers");

  found = quantities("One/one/CD person/person/NN died/die/VBD ./././.", "en");
  ASSERT_EQ(found.size(), 1u);
  expect_quantity(found[0], "killed", 1, 1, 1, "exact", "One person");

  found = quantities(
      "Five/five/CD soldiers/soldier/NNS lost/lose/VBD their/their/PRP$ lives/life/NNS ./././.",
      "en");
  ASSERT_EQ(found.size(), 1u);
  expect_quantity(found[0], "killed", 5, 5, 5, "exact", "Five soldiers");
}

TEST(QuantitiesEnglish, SeveralArrestedAboutThirtyHeldOverFortyKidnapped) {
  auto found = quantities(
      "Several/several/JJ journalists/journalist/NNS were/be/VBD arrested/arrest/VBN ;/;/: "
      "about/about/RB 30/30/CD others/other/NNS were/be/VBD held/hold/VBN ./././.",
      "en");
  ASSERT_EQ(found.size(), 2u);
  expect_quantity(found[0], "arrested", none, 2, none, "vague", "Several journalists");
  expect_quantity(found[1], "detained", 30, none, none, "approximate", "about 30 others");

  found = quantities(
      "Over/over/IN 40/40/CD people/people/NNS were/be/VBD kidnapped/kidnap/VBN ./././.", "en");
  ASSERT_EQ(found.size(), 1u);
  expect_quantity(found[0], "detained", 40, 41, none, "at_least", "Over 40 people");
}

TEST(QuantitiesEnglish, NounsNameTheKind) {
  auto found = quantities(
      "Almost/almost/RB 1,000/1,000/CD refugees/refugee/NNS arrived/arrive/VBD in/in/IN "
      "Greece/Greece/NNP ./././.",
      "en");
  ASSERT_EQ(found.size(), 1u);
  expect_quantity(found[0], "displaced", 1000, none, 999, "at_most", "Almost 1,000 refugees");

  found = quantities(
      "The/the/DT bombing/bombing/NN left/leave/VBD 12/12/CD dead/dead/JJ and/and/CC "
      "thousands/thousand/NNS of/of/IN civilians/civilian/NNS fled/flee/VBD ./././.",
      "en");
  ASSERT_EQ(found.size(), 2u);
  expect_quantity(found[0], "killed", 12, 12, 12, "exact", "12 dead");
  expect_quantity(found[1], "displaced", none, 2000, none, "vague", "thousands of civilians");
}

TEST(QuantitiesEnglish, YearsTroopsMoneyAndOrdinalsAreNoCounts) {
  EXPECT_TRUE(quantities("In/in/IN 2019/2019/CD protesters/protester/NNS were/be/VBD "
                         "arrested/arrest/VBN ./././.",
                         "en")
                  .empty());
  EXPECT_TRUE(quantities("The/the/DT government/government/NN sent/send/VBD 3,000/3,000/CD "
                         "troops/troops/NNS and/and/CC paid/pay/VBD 700,000/700,000/CD "
                         "dollars/dollar/NNS two/two/CD years/year/NNS ago/ago/RB ./././.",
                         "en")
                  .empty());
  EXPECT_TRUE(quantities("A/a/DT second/second/JJ attack/attack/NN killed/kill/VBD "
                         "civilians/civilian/NNS ./././.",
                         "en")
                  .empty());
}

TEST(QuantitiesOtherLanguages, GiveNothing) {
  EXPECT_TRUE(quantities("12/12/CD personnes/personne/NNS tuées/tuer/VBN", "fr").empty());
}

}  // namespace
}  // namespace kroniek
