// Two articles about one shelling, from two newsrooms on the same day: coded
// through Frog and the resolvers, they give one event with two mentions.
#include <gtest/gtest.h>

#include <algorithm>

#include "dedup/merge.h"
#include "shared_analyzer.h"

namespace kroniek {
namespace {

const char* kFirstArticle =
    "Russische troepen hebben zondag de Oekraïense stad Charkiv beschoten. Daarbij kwamen zeker "
    "vier burgers om. Het stadsbestuur sprak van een zware nacht.";
const char* kSecondArticle =
    "Het Russische leger heeft gisteren Charkiv opnieuw beschoten. De Oekraïense president "
    "Zelensky veroordeelde de beschieting.";

std::vector<Record> coded(const std::string& id, const std::string& text) {
  return testing::code_and_resolve(Document{id, "nl", "2022-05-16", "", text});
}

const Record* shelling_of_kharkiv(const std::vector<Record>& records) {
  auto it = std::find_if(records.begin(), records.end(), [](const Record& r) {
    return r.source.code.code == "RUSMIL" && r.target.code.country == "UKR" && r.root == "19";
  });
  return it == records.end() ? nullptr : &*it;
}

TEST(TwoArticles, AboutOneShellingGiveOneRecordWithTwoMentions) {
  std::vector<Record> first = coded("first", kFirstArticle);
  std::vector<Record> second = coded("second", kSecondArticle);
  ASSERT_TRUE(shelling_of_kharkiv(first));
  ASSERT_TRUE(shelling_of_kharkiv(second));
  std::vector<Record> batch = first;
  batch.insert(batch.end(), second.begin(), second.end());

  std::vector<Record> merged = merge_duplicates(batch);
  const Record* shelling = shelling_of_kharkiv(merged);
  ASSERT_TRUE(shelling);
  EXPECT_EQ(shelling->mentions, 2);
  ASSERT_EQ(shelling->evidence.size(), 2u);
  EXPECT_EQ(shelling->evidence[0].doc, "first");
  EXPECT_EQ(shelling->evidence[1].doc, "second");
  EXPECT_EQ(shelling->date, "2022-05-15");  // "zondag" and "gisteren" in a Monday paper
  ASSERT_TRUE(shelling->location);
  EXPECT_EQ(shelling->location->geonameid, 706483);  // Kharkiv
  EXPECT_EQ(std::count_if(merged.begin(), merged.end(),
                          [](const Record& r) { return shelling_of_kharkiv({r}) != nullptr; }),
            1);
  // The first article's four dead stay with the merged event.
  bool counted = std::any_of(shelling->quantities.begin(), shelling->quantities.end(),
                             [](const Quantity& q) { return q.kind == "killed" && q.min == 4; });
  EXPECT_TRUE(counted);
}

TEST(TwoArticles, MergeTheSameWhicheverComesFirst) {
  std::vector<Record> a = coded("first", kFirstArticle);
  std::vector<Record> b = coded("second", kSecondArticle);
  std::vector<Record> ab = a, ba = b;
  ab.insert(ab.end(), b.begin(), b.end());
  ba.insert(ba.end(), a.begin(), a.end());
  std::vector<Record> one = merge_duplicates(ab), other = merge_duplicates(ba);
  ASSERT_EQ(one.size(), other.size());
  for (std::size_t i = 0; i < one.size(); ++i) {
    EXPECT_EQ(one[i].id, other[i].id);
    EXPECT_EQ(one[i].mentions, other[i].mentions);
  }
}

// "Bij de aanval …" refers back to the shelling: same date and place, and
// after merging one event that carries the dead.
TEST(OneArticle, ANounReferringBackIsTheSameEvent) {
  std::vector<Record> merged = merge_duplicates(
      coded("one",
            "Russische troepen hebben zondag de Oekraïense stad Charkiv beschoten. Bij de "
            "aanval vielen vier doden."));
  const Record* shelling = shelling_of_kharkiv(merged);
  ASSERT_TRUE(shelling);
  EXPECT_EQ(shelling->mentions, 2);
  EXPECT_EQ(shelling->date, "2022-05-15");
  bool counted = std::any_of(shelling->quantities.begin(), shelling->quantities.end(),
                             [](const Quantity& q) { return q.kind == "killed" && q.value == 4; });
  EXPECT_TRUE(counted);
  EXPECT_EQ(std::count_if(merged.begin(), merged.end(),
                          [](const Record& r) { return shelling_of_kharkiv({r}) != nullptr; }),
            1);
}

// Dutch news tells what is scheduled in the present tense: "bezoekt
// vrijdag" is the coming Friday, "bezocht vrijdag" and "heeft vrijdag …
// bezocht" the last one (the paper is dated Tuesday 2024-01-09).
TEST(OneArticle, APresentTenseWeekdayIsTheComingOne) {
  auto date_of = [](const std::string& text) {
    std::vector<Record> records =
        testing::code_and_resolve(Document{"visit", "nl", "2024-01-09", "", text});
    return records.empty() ? std::string("no record") : records.front().date;
  };
  EXPECT_EQ(date_of("De Franse president bezoekt vrijdag Kyiv."), "2024-01-12");
  EXPECT_EQ(date_of("De Franse president bezocht vrijdag Kyiv."), "2024-01-05");
  EXPECT_EQ(date_of("De Franse president heeft vrijdag Kyiv bezocht."), "2024-01-05");
}

}  // namespace
}  // namespace kroniek
