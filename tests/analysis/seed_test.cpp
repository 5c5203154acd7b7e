// The reference article against its gold file (../shared/seed): the
// acceptance test for the whole Dutch pipeline.
#include <gtest/gtest.h>

#include <algorithm>

#include "code/coder.h"
#include "dedup/merge.h"
#include "eval/gold.h"
#include "shared_analyzer.h"

namespace kroniek {
namespace {

const std::string kSeedGold = std::string(KRONIEK_SHARED_DIR) + "/seed/idlib.gold.json";

class SeedArticle : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    gold_ = new GoldDocument(read_gold(kSeedGold));
    text_ = new std::string(testing::read_file(gold_->text_path));
    Document doc{gold_->id, gold_->lang, gold_->date, "", *text_};
    records_ = new std::vector<Record>(merge_duplicates(testing::code_and_resolve(doc)));
  }
  static GoldDocument* gold_;
  static std::string* text_;
  static std::vector<Record>* records_;
};
GoldDocument* SeedArticle::gold_ = nullptr;
std::string* SeedArticle::text_ = nullptr;
std::vector<Record>* SeedArticle::records_ = nullptr;

TEST_F(SeedArticle, FindsAtLeastEighteenOfTheTwentyDirectedEvents) {
  Score score;
  score_document(*gold_, *records_, score, /*roles=*/true);
  std::string misses;
  for (const auto& m : score.misses) misses += "\n  missed: " + m;
  std::cout << "seed: " << score.found << " of " << score.expected << " directed must_find events"
            << misses << "\n";
  EXPECT_EQ(score.expected, 20);
  EXPECT_GE(score.found, 18) << misses;
}

// Dates, places and the killed count of the events found, and the 700,000
// who fled towards Turkey as exactly one displacement record.
TEST_F(SeedArticle, MeetsEveryDatePlaceCountAndTheOneDisplacement) {
  Score score;
  score_document(*gold_, *records_, score, /*roles=*/true);
  std::string problems;
  for (const auto& m : score.attribute_misses) problems += "\n  " + m;
  for (const auto& m : score.displacement_misses) problems += "\n  " + m;
  EXPECT_GE(score.attributes_expected, 10);
  EXPECT_EQ(score.attributes_right, score.attributes_expected) << problems;
  EXPECT_EQ(score.displacements_expected, 1);
  EXPECT_EQ(score.displacements_right, 1) << problems;
}

TEST_F(SeedArticle, EveryEventHasADate) {
  for (const Record& r : *records_) {
    EXPECT_FALSE(r.date.empty()) << r.evidence.front().text;
    EXPECT_TRUE(r.date_source == "text" || r.date_source == "document");
  }
}

TEST_F(SeedArticle, AssertsNeitherTheNegatedSummitNorTheFutureMeeting) {
  ASSERT_EQ(gold_->must_not_assert.size(), 2u);
  for (const GoldNegative& n : gold_->must_not_assert) {
    for (const Record& r : *records_) {
      bool same_sentence = r.evidence.front().text.find(n.evidence) != std::string::npos;
      bool same_root = std::find(n.roots.begin(), n.roots.end(), r.root) != n.roots.end();
      if (same_sentence && same_root) {
        EXPECT_NE(r.modality, "asserted") << n.why;
      }
    }
  }
}

TEST_F(SeedArticle, EvidenceOffsetsPointAtTheSentenceInTheText) {
  ASSERT_FALSE(records_->empty());
  for (const Record& r : *records_) {
    const Evidence& e = r.evidence.front();
    ASSERT_LE(e.end, text_->size());
    EXPECT_EQ(text_->substr(e.start, e.end - e.start), e.text);
    EXPECT_EQ(r.doc, "idlib");
  }
}

}  // namespace
}  // namespace kroniek
