#include "dedup/merge.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace kroniek {
namespace {

Location city(const std::string& name, const std::string& country, long long geonameid) {
  return Location{.name = name, .feature = "city", .country = country, .geonameid = geonameid};
}

Record clash(const std::string& doc, std::size_t start, const std::string& date) {
  Record r;
  r.doc = doc;
  r.id = "e:" + doc + std::to_string(start);
  r.source.code = {"TURMIL", "TUR", "MIL"};
  r.target.code = {"SYRMIL", "SYR", "MIL"};
  r.cameo = "190";
  r.root = "19";
  r.date = date;
  r.date_source = "text";
  r.evidence.push_back({0, start, start + 10, "sentence at " + std::to_string(start), doc});
  return r;
}

Record fled(const std::string& doc, std::size_t start, const std::string& country,
            long long count) {
  Record r;
  r.type = "displacement";
  r.doc = doc;
  r.id = "e:" + doc + std::to_string(start);
  r.source.code = {country, country, ""};
  r.date = "2020-02-11";
  r.date_source = "document";
  r.quantities.push_back(
      {.kind = "displaced", .value = count, .qualifier = "exact", .text = "count"});
  r.evidence.push_back({0, start, start + 10, "flight", doc});
  return r;
}

TEST(Merge, TwoArticlesAboutOneClashGiveOneRecordWithTwoMentions) {
  Record a = clash("a", 100, "2020-02-10");
  Record b = clash("b", 40, "2020-02-10");
  b.location = city("Saraqib", "SYR", 172374);
  std::vector<Record> out = merge_duplicates({a, b});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].mentions, 2);
  ASSERT_EQ(out[0].evidence.size(), 2u);
  EXPECT_EQ(out[0].evidence[0].doc, "a");
  EXPECT_EQ(out[0].evidence[1].doc, "b");
  ASSERT_TRUE(out[0].location);
  EXPECT_EQ(out[0].location->name, "Saraqib");  // the mention that knows the place
  EXPECT_EQ(out[0].id, std::min(a.id, b.id));
}

TEST(Merge, DifferentCodesStayApart) {
  Record a = clash("a", 0, "2020-02-10");
  a.cameo = "193";
  Record b = clash("a", 50, "2020-02-10");
  b.cameo = "195";
  EXPECT_EQ(merge_duplicates({a, b}).size(), 2u);
  Record c = clash("a", 90, "2020-02-10");
  c.target.code = {"SYRREB", "SYR", "REB"};
  EXPECT_EQ(merge_duplicates({a, c}).size(), 2u);
}

TEST(Merge, AGenericCodeJoinsTheSpecificOneOfItsFamily) {
  Record fighting = clash("a", 0, "2020-02-10");
  Record shelling = clash("b", 0, "2020-02-10");
  shelling.cameo = "194";
  shelling.goldstein = -10.0;
  std::vector<Record> out = merge_duplicates({fighting, shelling});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].cameo, "194");
  Record small_arms = clash("c", 0, "2020-02-10");
  small_arms.cameo = "193";
  EXPECT_EQ(merge_duplicates({shelling, small_arms}).size(), 2u);
}

TEST(Merge, DifferentDaysStayApartButADocumentDateMayBeTheDayBefore) {
  EXPECT_EQ(merge_duplicates({clash("a", 0, "2020-02-10"), clash("b", 0, "2020-02-12")}).size(),
            2u);
  Record undated_in_text = clash("b", 0, "2020-02-11");
  undated_in_text.date_source = "document";  // published the day after
  std::vector<Record> out = merge_duplicates({clash("a", 0, "2020-02-10"), undated_in_text});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].date, "2020-02-10");  // the date the text gives wins
  EXPECT_EQ(out[0].date_source, "text");
}

TEST(Merge, AnEarlierSentencesDateBeatsTheDocumentDate) {
  Record referred = clash("a", 0, "2020-02-10");
  referred.date_source = "context";  // "Bij de aanval …", dated by the sentence before
  Record undated = clash("b", 0, "2020-02-11");
  undated.date_source = "document";
  std::vector<Record> out = merge_duplicates({undated, referred});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].date, "2020-02-10");
  EXPECT_EQ(out[0].date_source, "context");
}

TEST(Merge, AWeekRangeTakesInItsDays) {
  Record week = clash("a", 0, "2020-02-03");
  week.date_end = "2020-02-09";
  std::vector<Record> out = merge_duplicates({week, clash("b", 0, "2020-02-05")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].date, "2020-02-05");
  EXPECT_EQ(out[0].date_end, "");
}

TEST(Merge, YearPrecisionCoversTheYear) {
  EXPECT_EQ(merge_duplicates({clash("a", 0, "2018"), clash("b", 0, "2018-09-17")}).size(), 1u);
  EXPECT_EQ(merge_duplicates({clash("a", 0, "2018"), clash("b", 0, "2019-01-01")}).size(), 2u);
}

TEST(Merge, DatedAndUndatedStayApart) {
  EXPECT_EQ(merge_duplicates({clash("a", 0, ""), clash("b", 0, "2020-02-10")}).size(), 2u);
  EXPECT_EQ(merge_duplicates({clash("a", 0, ""), clash("b", 0, "")}).size(), 1u);
}

TEST(Merge, DifferentCitiesStayApartEvenThroughARecordWithoutPlace) {
  Record idlib = clash("a", 0, "2020-02-10");
  idlib.location = city("Idlib", "SYR", 169389);
  Record aleppo = clash("b", 0, "2020-02-10");
  aleppo.location = city("Aleppo", "SYR", 170063);
  Record nowhere = clash("c", 0, "2020-02-10");
  std::vector<Record> out = merge_duplicates({idlib, nowhere, aleppo});
  EXPECT_EQ(out.size(), 2u);
  int mentions = 0;
  for (const Record& r : out) mentions += r.mentions;
  EXPECT_EQ(mentions, 3);
}

TEST(Merge, ACityLiesInItsCountry) {
  Record idlib = clash("a", 0, "2020-02-10");
  idlib.location = city("Idlib", "SYR", 169389);
  Record syria = clash("b", 0, "2020-02-10");
  syria.location = Location{.name = "Syria", .feature = "country", .country = "SYR"};
  Record turkey = clash("c", 0, "2020-02-10");
  turkey.location = Location{.name = "Turkey", .feature = "country", .country = "TUR"};
  EXPECT_EQ(merge_duplicates({idlib, syria}).size(), 1u);
  EXPECT_EQ(merge_duplicates({idlib, turkey}).size(), 2u);
}

TEST(Merge, ModalitiesStayApart) {
  Record planned = clash("b", 0, "2020-02-10");
  planned.modality = "future";
  EXPECT_EQ(merge_duplicates({clash("a", 0, "2020-02-10"), planned}).size(), 2u);
}

TEST(Merge, DisplacementsMergeByCountryAndCount) {
  Record named = fled("a", 0, "SYR", 700000);
  Record unnamed = fled("a", 200, "", 700000);
  unnamed.destination = Location{.name = "Turkey", .feature = "country", .country = "TUR"};
  std::vector<Record> out = merge_duplicates({named, unnamed, fled("a", 400, "SYR", 3000)});
  ASSERT_EQ(out.size(), 2u);
  const Record& big = out[0].mentions == 2 ? out[0] : out[1];
  EXPECT_EQ(big.mentions, 2);
  ASSERT_TRUE(big.destination);
  EXPECT_EQ(big.destination->country, "TUR");
  EXPECT_EQ(big.source.code.country, "SYR");
}

TEST(Merge, TheLargestCountStays) {
  Record early = clash("a", 0, "2020-02-10");
  early.quantities.push_back({.kind = "killed", .value = 5, .qualifier = "exact", .text = "count"});
  Record late = clash("b", 0, "2020-02-10");
  late.quantities.push_back({.kind = "killed", .value = 12, .qualifier = "exact", .text = "count"});
  late.quantities.push_back({.kind = "wounded", .min = 20, .qualifier = "vague", .text = "count"});
  std::vector<Record> out = merge_duplicates({early, late});
  ASSERT_EQ(out.size(), 1u);
  ASSERT_EQ(out[0].quantities.size(), 2u);
  EXPECT_EQ(out[0].quantities[0].kind, "killed");
  EXPECT_EQ(out[0].quantities[0].value, 12);
  EXPECT_EQ(out[0].quantities[1].min, 20);
}

std::string fingerprint(const std::vector<Record>& records) {
  std::string out;
  for (const Record& r : records) {
    out += r.id + ":" + r.date + ":" + std::to_string(r.mentions) + ":" +
           (r.location ? r.location->name : "-") + ";";
  }
  return out;
}

TEST(Merge, OrderOfInputDoesNotMatter) {
  std::vector<Record> records;
  for (int day = 10; day <= 12; ++day) {
    for (int doc = 0; doc < 3; ++doc) {
      Record r = clash("d" + std::to_string(doc), 10 * day, "2020-02-" + std::to_string(day));
      if (doc == 1) r.location = city("Idlib", "SYR", 169389);
      if (doc == 2 && day == 11) r.location = city("Aleppo", "SYR", 170063);
      records.push_back(r);
    }
  }
  Record week = clash("d3", 0, "2020-02-08");
  week.date_end = "2020-02-14";
  records.push_back(week);
  const std::string expected = fingerprint(merge_duplicates(records));
  std::mt19937 random(7);
  for (int round = 0; round < 20; ++round) {
    std::shuffle(records.begin(), records.end(), random);
    EXPECT_EQ(fingerprint(merge_duplicates(records)), expected);
  }
}

}  // namespace
}  // namespace kroniek
