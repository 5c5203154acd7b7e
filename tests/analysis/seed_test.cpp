// The reference article against its gold file (../shared/seed): the
// acceptance test for the whole Dutch pipeline.
#include <gtest/gtest.h>

#include <algorithm>

#include "code/coder.h"
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
    records_ = new std::vector<Record>(
        code_events(doc, testing::dutch_analyzer().analyze(doc), testing::dutch_lexicon()));
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
