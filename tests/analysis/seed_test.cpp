// The reference article against its gold file (../shared/seed): the issue's
// acceptance test for the whole Dutch pipeline.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "code/coder.h"
#include "shared_analyzer.h"

namespace kroniek {
namespace {

using nlohmann::json;
using testing::dutch_analyzer;
using testing::dutch_lexicon;
using testing::read_file;

const std::string kSeedDir = std::string(KRONIEK_SHARED_DIR) + "/seed/";

std::vector<std::string> one_or_many(const json& value) {
  if (value.is_array()) return value.get<std::vector<std::string>>();
  return {value.get<std::string>()};
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

struct DirectedGold {
  std::string evidence, source, source_role, target_role;
  std::vector<std::string> targets, roots;
  std::string describe() const {
    return source + " -> " + targets.front() + " [" + roots.front() + "] \"" + evidence + "\"";
  }
};

// A both_directions entry is two directed events.
std::vector<DirectedGold> directed(const json& entry) {
  DirectedGold d;
  d.evidence = entry["evidence"];
  d.source = entry["source"];
  d.targets = one_or_many(entry["target"]);
  d.roots = entry["roots"].get<std::vector<std::string>>();
  d.source_role = entry.value("source_role", "");
  d.target_role = entry.value("target_role", "");
  std::vector<DirectedGold> out = {d};
  if (entry.value("both_directions", false)) {
    DirectedGold back = d;
    back.source = d.targets.front();
    back.targets = {d.source};
    std::swap(back.source_role, back.target_role);
    out.push_back(back);
  }
  return out;
}

bool matches(const Record& r, const DirectedGold& g) {
  if (r.modality != "asserted") return false;
  if (r.evidence.empty() || r.evidence.front().text.find(g.evidence) == std::string::npos) {
    return false;
  }
  if (r.source.code.country != g.source || !contains(g.targets, r.target.code.country)) {
    return false;
  }
  if (!g.source_role.empty() && r.source.code.role != g.source_role) return false;
  if (!g.target_role.empty() && r.target.code.role != g.target_role) return false;
  return contains(g.roots, r.root);
}

class SeedArticle : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    gold_ = new json(json::parse(read_file(kSeedDir + "idlib.gold.json")));
    Document doc{"idlib", "nl", (*gold_)["document_date"], "", read_file(kSeedDir + "idlib.nl.txt")};
    records_ = new std::vector<Record>(code_events(doc, dutch_analyzer().analyze(doc), dutch_lexicon()));
  }
  static json* gold_;
  static std::vector<Record>* records_;
};
json* SeedArticle::gold_ = nullptr;
std::vector<Record>* SeedArticle::records_ = nullptr;

TEST_F(SeedArticle, FindsAtLeastFifteenOfTheTwentyDirectedEvents) {
  int total = 0, found = 0;
  std::string misses;
  for (const json& entry : (*gold_)["must_find"]) {
    for (const DirectedGold& g : directed(entry)) {
      ++total;
      bool hit = std::any_of(records_->begin(), records_->end(),
                             [&](const Record& r) { return matches(r, g); });
      if (hit) {
        ++found;
      } else {
        misses += "\n  missed: " + g.describe();
      }
    }
  }
  std::cout << "seed: " << found << " of " << total << " directed must_find events" << misses
            << "\n";
  EXPECT_EQ(total, 20);
  EXPECT_GE(found, 15) << misses;
}

TEST_F(SeedArticle, AssertsNeitherTheNegatedSummitNorTheFutureMeeting) {
  for (const json& entry : (*gold_)["must_not_assert"]) {
    std::string evidence = entry["evidence"];
    auto roots = entry["roots"].get<std::vector<std::string>>();
    for (const Record& r : *records_) {
      bool same_sentence = r.evidence.front().text.find(evidence) != std::string::npos;
      if (same_sentence && contains(roots, r.root)) {
        EXPECT_NE(r.modality, "asserted") << entry["why"] << ": " << r.evidence.front().text;
      }
    }
  }
}

TEST_F(SeedArticle, EvidenceOffsetsPointAtTheSentenceInTheText) {
  std::string text = read_file(kSeedDir + "idlib.nl.txt");
  ASSERT_FALSE(records_->empty());
  for (const Record& r : *records_) {
    const Evidence& e = r.evidence.front();
    ASSERT_LE(e.end, text.size());
    EXPECT_EQ(text.substr(e.start, e.end - e.start), e.text);
    EXPECT_EQ(r.doc, "idlib");
  }
}

}  // namespace
}  // namespace kroniek
