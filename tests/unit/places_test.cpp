// The place finder over hand-made sentences with the tags Frog gives them
// (as `kroniek code --explain` shows), against the real gazetteer index.
#include "code/places.h"

#include <gtest/gtest.h>

namespace kroniek {
namespace {

const Gazetteer& gazetteer() {
  static const Gazetteer index = Gazetteer::load(KRONIEK_GAZETTEER_INDEX);
  return index;
}

struct Word {
  const char* word;
  const char* pos;
  const char* ner = "O";
};

// A sentence and its document text: the words joined by spaces, with offsets.
struct Example {
  std::string text;
  Sentence sentence;

  explicit Example(std::initializer_list<Word> words) {
    for (const Word& w : words) {
      if (!text.empty()) text += ' ';
      Token token;
      token.word = w.word;
      token.pos = w.pos;
      token.ner = w.ner;
      token.start = text.size();
      text += w.word;
      token.end = text.size();
      set_derived_fields(token);
      sentence.tokens.push_back(token);
    }
    sentence.end = text.size();
  }

  std::vector<PlaceMention> places(const std::set<std::string>& countries = {}) const {
    return find_places(sentence, text, gazetteer(), countries);
  }
};

const char* kProper = "SPEC(deeleigen)";
const char* kPrep = "VZ(init)";
const char* kArticle = "LID(bep,stan,rest)";
const char* kAdjective = "ADJ(prenom,basis,met-e,stan)";
const char* kNoun = "N(soort,ev,basis,zijd,stan)";
const char* kVerb = "WW(pv,verl,mv)";
const char* kAnd = "VG(neven)";
const char* kStop = "LET()";

std::optional<long long> only_geonameid(const std::vector<PlaceMention>& places) {
  if (places.size() != 1) return std::nullopt;
  return places[0].location.geonameid;
}

// "Het gebeurde in NAME ."
Example one_word_tagged(const char* name, const char* ner) {
  return Example{
      {"Het", kArticle}, {"gebeurde", kVerb}, {"in", kPrep}, {name, kProper, ner}, {".", kStop}};
}

Example one_word(const char* name) { return one_word_tagged(name, "B-LOC"); }

TEST(Places, AdjectivesAreNotPlaces) {
  // "Een Russische delegatie heeft de Turkse hoofdstad Ankara verlaten."
  Example e{{"Een", "LID(onbep,stan,agr)"},
            {"Russische", kAdjective, "B-LOC"},
            {"delegatie", kNoun},
            {"heeft", "WW(pv,tgw,met-t)"},
            {"de", kArticle},
            {"Turkse", kAdjective, "B-LOC"},
            {"hoofdstad", kNoun},
            {"Ankara", kProper, "B-LOC"},
            {"verlaten", "WW(inf,vrij,zonder)"},
            {".", kStop}};
  auto places = e.places();
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].first, 7);
  EXPECT_EQ(places[0].location.name, "Ankara");
  EXPECT_EQ(places[0].location.country, "TUR");
  EXPECT_EQ(places[0].location.geonameid, 323786);
  EXPECT_EQ(places[0].preposition, "");
}

TEST(Places, ProvinceIsARegionAtItsCity) {
  // "... in de Syrische provincie Idlib."
  Example e{{"Situatie", kNoun},  {"in", kPrep},
            {"de", kArticle},     {"Syrische", kAdjective, "B-LOC"},
            {"provincie", kNoun}, {"Idlib", kProper, "B-LOC"},
            {".", kStop}};
  auto places = e.places({"SYR", "TUR", "RUS"});
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].first, 4);
  EXPECT_EQ(places[0].last, 5);
  EXPECT_EQ(places[0].preposition, "in");
  EXPECT_EQ(places[0].location.name, "Idlib");
  EXPECT_EQ(places[0].location.feature, "region");
  EXPECT_EQ(places[0].location.country, "SYR");
  EXPECT_NEAR(*places[0].location.lat, 35.93, 0.01);
  EXPECT_NEAR(*places[0].location.lon, 36.63, 0.01);
}

TEST(Places, RegionWithoutACityKeepsItsName) {
  Example e{{"in", kPrep}, {"de", kArticle}, {"regio", kNoun}, {"Nergenshuizen", kProper, "B-ORG"}};
  auto places = e.places();
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].location.name, "Nergenshuizen");
  EXPECT_EQ(places[0].location.feature, "region");
  EXPECT_FALSE(places[0].location.lat.has_value());
}

TEST(Places, EnglishProvinceOf) {
  Example e{{"in", "IN"}, {"the", "DT"}, {"province", "NN"}, {"of", "IN"}, {"Idlib", "NNP"}};
  auto places = e.places({"SYR"});
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].location.name, "Idlib");
  EXPECT_EQ(places[0].location.feature, "region");
  EXPECT_EQ(places[0].location.country, "SYR");
  EXPECT_EQ(places[0].preposition, "in");
}

TEST(Places, CompassPrefixAndCountryIsARegion) {
  // "... spraken over Noord-Syrië en Zuid-Libanon."
  Example e{{"Zij", "VNW(pers,pron,nomin,vol,3p,mv)"},
            {"spraken", kVerb},
            {"over", kPrep},
            {"Noord-Syrië", kProper, "B-LOC"},
            {"en", kAnd},
            {"Zuid-Libanon", kProper, "B-LOC"},
            {".", kStop}};
  auto places = e.places();
  ASSERT_EQ(places.size(), 2u);
  EXPECT_EQ(places[0].location.name, "Noord-Syrië");
  EXPECT_EQ(places[0].location.feature, "region");
  EXPECT_EQ(places[0].location.country, "SYR");
  EXPECT_DOUBLE_EQ(*places[0].location.lat, 35.0);
  EXPECT_EQ(places[0].preposition, "over");
  EXPECT_EQ(places[1].location.name, "Zuid-Libanon");
  EXPECT_EQ(places[1].location.country, "LBN");
  EXPECT_EQ(places[1].preposition, "over");  // shared across "en"
}

TEST(Places, CompassNounOfACountryIsARegion) {
  // "doelen in het zuiden van Libanon"
  Example e{{"doelen", kNoun},       {"in", kPrep},  {"het", kArticle},
            {"zuiden", kNoun},       {"van", kPrep}, {"Libanon", kProper, "B-LOC"},
            {"gebombardeerd", kVerb}};
  auto places = e.places();
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].location.name, "zuiden van Libanon");
  EXPECT_EQ(places[0].location.feature, "region");
  EXPECT_EQ(places[0].location.country, "LBN");
  EXPECT_EQ(places[0].first, 3);
  EXPECT_EQ(places[0].preposition, "in");
}

TEST(Places, EnglishCompassAdjectiveAndCountry) {
  Example e{{"fighting", "NN"}, {"in", "IN"}, {"northern", "JJ"}, {"Syria", "NNP"}};
  auto places = e.places();
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].location.name, "northern Syria");
  EXPECT_EQ(places[0].location.feature, "region");
  EXPECT_EQ(places[0].location.country, "SYR");
  EXPECT_EQ(places[0].first, 2);
  EXPECT_EQ(places[0].preposition, "in");
}

TEST(Places, CountryNames) {
  // "De Verenigde Staten en Saoedi-Arabië ..." and "... richting Turkije."
  Example e{{"De", kArticle},    {"Verenigde", kProper, "B-LOC"},     {"Staten", kProper, "I-LOC"},
            {"en", kAnd},        {"Saoedi-Arabië", kProper, "B-LOC"}, {"trokken", kVerb},
            {"richting", kNoun}, {"Turkije", kProper, "B-LOC"}};
  auto places = e.places();
  ASSERT_EQ(places.size(), 3u);
  EXPECT_EQ(places[0].location.country, "USA");
  EXPECT_EQ(places[0].location.feature, "country");
  EXPECT_EQ(places[0].last, 2);
  EXPECT_EQ(places[1].location.country, "SAU");
  EXPECT_EQ(places[2].location.country, "TUR");
  EXPECT_EQ(places[2].preposition, "richting");
}

TEST(Places, MultiWordAndHyphenatedNames) {
  // "In Tel Aviv en Sint-Petersburg bleef het rustig" and "in Den Haag"
  Example e{{"In", kPrep},
            {"Tel", "SPEC(afk)", "B-LOC"},
            {"Aviv", kProper, "I-LOC"},
            {"en", kAnd},
            {"Sint-Petersburg", kProper, "B-LOC"},
            {"en", kAnd},
            {"Den", kProper, "B-LOC"},
            {"Haag", kProper, "I-LOC"},
            {"bleef", kVerb}};
  auto places = e.places();
  ASSERT_EQ(places.size(), 3u);
  EXPECT_EQ(places[0].location.geonameid, 293397);
  EXPECT_EQ(places[0].last, 2);
  EXPECT_EQ(places[0].preposition, "in");
  EXPECT_EQ(places[1].location.geonameid, 498817);
  EXPECT_EQ(places[2].location.geonameid, 2747373);
  EXPECT_EQ(places[2].first, 6);
  EXPECT_EQ(places[2].last, 7);
}

TEST(Places, UnknownForeignNameTaggedAsCommonNoun) {
  // Frog: "vanuit Khartoem" -> N(soort) B-ORG
  Example e{{"meldt", "WW(pv,tgw,met-t)"}, {"de", kArticle},
            {"BBC", kProper, "B-ORG"},     {"vanuit", kPrep},
            {"Khartoem", kNoun, "B-ORG"},  {".", kStop}};
  auto places = e.places();
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].location.geonameid, 379252);
  EXPECT_EQ(places[0].location.country, "SDN");
  EXPECT_EQ(places[0].preposition, "vanuit");
}

TEST(Places, SentenceInitialCommonWordIsNotAPlace) {
  // "Vrede is ver weg." (Vrede is also a town in South Africa)
  Example e{{"Vrede", kNoun},
            {"is", "WW(pv,tgw,ev)"},
            {"ver", "ADJ(vrij,basis,zonder)"},
            {"weg", "BW()"},
            {".", kStop}};
  EXPECT_TRUE(e.places({"ZAF"}).empty());
}

TEST(Places, ExonymsResolveToTheBigCity) {
  EXPECT_EQ(only_geonameid(one_word("Moskou").places()), 524901);
  EXPECT_EQ(only_geonameid(one_word("Damascus").places()), 170654);
  EXPECT_EQ(only_geonameid(one_word("Moscow").places()), 524901);
}

TEST(Places, DocumentCountriesDecideBetweenNamesakes) {
  Example tripoli = one_word("Tripoli");
  EXPECT_EQ(only_geonameid(tripoli.places({"LBN"})), 266826);
  EXPECT_EQ(only_geonameid(tripoli.places({"LBY"})), 2210247);
  EXPECT_EQ(only_geonameid(tripoli.places({})), 2210247);  // the capital
  EXPECT_EQ(only_geonameid(tripoli.places({"GRC"})), 252601);
  EXPECT_EQ(only_geonameid(one_word("Moscow").places({"USA"})), 5601538);  // Idaho, the larger
  EXPECT_EQ(only_geonameid(one_word("Damascus").places({"USA"})), 4352728);
}

// The candidates a document keeps are the gazetteer's: a name looked up once
// still ranks by the countries each run brings.
TEST(Places, CandidatesKeptForADocumentRankAsFreshOnes) {
  const Example tripoli = one_word("Tripoli");
  PlaceCandidates candidates(gazetteer());
  for (const std::set<std::string>& countries :
       {std::set<std::string>{"LBN"}, std::set<std::string>{}, std::set<std::string>{"GRC"}}) {
    const auto kept = find_places(tripoli.sentence, tripoli.text, candidates, countries);
    EXPECT_EQ(only_geonameid(kept), only_geonameid(tripoli.places(countries)));
  }
  EXPECT_EQ(candidates.of("tripoli").size(), gazetteer().candidates("Tripoli").size());
  EXPECT_TRUE(candidates.of("Xyzzyville").empty());
}

TEST(Places, SmallForeignTownNeedsItsCountryInTheDocument) {
  // Hoorn (Netherlands, ~69 000 people) and Vrede (South Africa, ~15 000).
  EXPECT_TRUE(one_word("Hoorn").places({"SYR"}).empty());
  EXPECT_EQ(only_geonameid(one_word("Hoorn").places({"NLD"})), 2753638);
  EXPECT_TRUE(one_word("Vrede").places().empty());
  EXPECT_EQ(only_geonameid(one_word("Vrede").places({"ZAF"})), 942701);
}

TEST(Places, NamesTheNerGivesToPeopleOrGroupsAreNotForeignTowns) {
  // "Hamas" is also an alternate name of Hamm (Germany, 180 000 people).
  Example hamas{{"Israël", kProper, "B-LOC"},
                {"en", kAnd},
                {"Hamas", kProper, "B-ORG"},
                {"onderhandelen", "WW(pv,tgw,mv)"}};
  auto places = hamas.places({"ISR", "PSE"});
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].location.country, "ISR");
  EXPECT_TRUE(one_word_tagged("Hamas", "B-LOC").places({"ISR"}).size() == 1u);  // tag decides
  // Douma (Syria): a person to the NER, a town in a document about Syria.
  EXPECT_TRUE(one_word_tagged("Douma", "B-PER").places({"RUS"}).empty());
  EXPECT_EQ(only_geonameid(one_word_tagged("Douma", "B-PER").places({"SYR"})), 170592);
  // Capitals stand for governments: "Khartoem" B-ORG above, here "Moskou".
  EXPECT_EQ(only_geonameid(one_word_tagged("Moskou", "B-ORG").places()), 524901);
}

TEST(Places, OwnNameBeatsAnAlternateName) {
  auto places = one_word("Guyana").places();
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].location.country, "GUY");
}

TEST(Places, RegionTakesNoSmallTownAbroad) {
  // "in de deelstaat Shan" (Myanmar): Shan is also a small town in China.
  Example e{{"in", kPrep}, {"de", kArticle}, {"deelstaat", kNoun}, {"Shan", kProper, "B-MISC"}};
  auto places = e.places({"MMR"});
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].location.name, "Shan");
  EXPECT_EQ(places[0].location.country, "");
  EXPECT_FALSE(places[0].location.lat.has_value());
}

TEST(Places, UnknownNamesAndNoNamesGiveNothing) {
  EXPECT_TRUE(one_word("Nergenshuizen").places().empty());
  Example e{{"De", kArticle},
            {"onderhandelingen", "N(soort,mv,basis)"},
            {"begonnen", kVerb},
            {"zaterdag", kProper}};
  EXPECT_TRUE(e.places().empty());
}

// ------------------------------------------------- when the entity tags matter

bool tags_may_matter(const Example& e) {
  return entity_tags_may_matter(e.sentence, e.text, gazetteer());
}

// The places found with every token given the same entity tag, as text.
std::string places_with_tag(Example e, const char* tag, const std::set<std::string>& countries) {
  for (Token& token : e.sentence.tokens) token.ner = tag;
  std::string found;
  for (const PlaceMention& p : e.places(countries)) {
    found += std::to_string(p.first) + "-" + std::to_string(p.last) + ":" + p.location.name + ";";
  }
  return found;
}

// What entity_tags_may_matter promises: when it says no, no tag changes what
// find_places gives, whatever countries the document mentions.
void expect_tags_change_nothing(const Example& e) {
  for (const std::set<std::string>& countries :
       std::vector<std::set<std::string>>{{}, {"SYR"}, {"NLD"}, {"ZAF"}}) {
    const std::string untagged = places_with_tag(e, "O", countries);
    for (const char* tag : {"B-LOC", "B-PER", "B-ORG", "B-MISC", "I-LOC"}) {
      EXPECT_EQ(places_with_tag(e, tag, countries), untagged) << tag << " in " << e.text;
    }
  }
}

TEST(EntityTagsMayMatter, NotWhereNoNameCouldBeAPlace) {
  Example prices{{"De", kArticle},
                 {"prijzen", "N(soort,mv,basis)"},
                 {"stegen", kVerb},
                 {"verder", "ADJ(vrij,comp,zonder)"},
                 {".", kStop}};
  EXPECT_FALSE(tags_may_matter(prices));
  expect_tags_change_nothing(prices);
  // Capitals, countries and large cities are places whatever the tags say.
  for (const char* name : {"Moskou", "Syrië", "Damascus", "Nergenshuizen"}) {
    const Example e = one_word_tagged(name, "O");
    EXPECT_FALSE(tags_may_matter(e)) << name;
    expect_tags_change_nothing(e);
  }
  // A sentence-initial common noun is no name's start, tags or not.
  Example vrede{{"Vrede", kNoun}, {"is", "WW(pv,tgw,ev)"}, {"ver", "ADJ(vrij,basis,zonder)"}};
  EXPECT_FALSE(tags_may_matter(vrede));
  expect_tags_change_nothing(vrede);
}

TEST(EntityTagsMayMatter, WhereTheyDecideAStartOrAPlace) {
  // A capitalised common noun in mid-sentence starts a name only when tagged.
  EXPECT_TRUE(tags_may_matter(Example{
      {"meldt", "WW(pv,tgw,met-t)"}, {"vanuit", kPrep}, {"Khartoem", kNoun}, {".", kStop}}));
  // A town of 100,000 to a million abroad: a person or group to the NER is no town.
  EXPECT_TRUE(tags_may_matter(one_word_tagged("Hamas", "O")));
  EXPECT_TRUE(tags_may_matter(one_word_tagged("Douma", "O")));
  // After a region noun anything capitalised may be the region's name.
  EXPECT_TRUE(tags_may_matter(
      Example{{"in", kPrep}, {"de", kArticle}, {"provincie", kNoun}, {"Oost", kNoun}}));
}

}  // namespace
}  // namespace kroniek
