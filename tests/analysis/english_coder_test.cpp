// The coder on English news-style sentences through link-grammar: the same
// stages as Dutch, with Penn tags and the English grammar words.
#include <gtest/gtest.h>

#include <algorithm>

#include "code/coder.h"
#include "shared_analyzer.h"

namespace kroniek {
namespace {

std::vector<Record> code_english(const std::string& text, const std::string& date = "2024-03-01") {
  Document doc{"test", "en", date, "", text};
  return code_events(doc, testing::english_analyzer().analyze(doc), testing::english_lexicon());
}

// "SRC>TGT:ROOT/modality" for every record, for readable failure messages.
std::string all(const std::vector<Record>& records) {
  std::string out;
  for (const Record& r : records) {
    out += r.source.code.code + ">" + r.target.code.code + ":" + r.root + "/" + r.modality + " ";
  }
  return out;
}

bool has(const std::vector<Record>& records, const std::string& source_country,
         const std::string& target_country, const std::string& root,
         const std::string& modality = "asserted") {
  return std::any_of(records.begin(), records.end(), [&](const Record& r) {
    return r.source.code.country == source_country && r.target.code.country == target_country &&
           r.root == root && r.modality == modality;
  });
}

TEST(EnglishCoder, SubjectVerbObject) {
  auto r = code_english("The United States imposed sanctions on Iran.");
  EXPECT_TRUE(has(r, "USA", "IRN", "16")) << all(r);
}

TEST(EnglishCoder, PassiveWithBySwapsSourceAndTarget) {
  auto r = code_english("The Syrian army was attacked by Turkish drones on Sunday.");
  EXPECT_TRUE(has(r, "TUR", "SYR", "19")) << all(r);
  EXPECT_FALSE(has(r, "SYR", "TUR", "19")) << all(r);
}

TEST(EnglishCoder, ASignedAgreementGoesBothWays) {
  auto r = code_english("France and Germany signed an agreement on defence cooperation.");
  EXPECT_TRUE(has(r, "FRA", "DEU", "05")) << all(r);
  EXPECT_TRUE(has(r, "DEU", "FRA", "05")) << all(r);
}

TEST(EnglishCoder, NegationAndFutureAreNotAsserted) {
  auto negated = code_english("China did not condemn the Russian invasion of Ukraine.");
  EXPECT_TRUE(has(negated, "CHN", "RUS", "11", "negated")) << all(negated);
  EXPECT_FALSE(has(negated, "CHN", "RUS", "11")) << all(negated);
  auto future = code_english("Israel will launch a ground offensive against Hamas.");
  EXPECT_TRUE(has(future, "ISR", "PSE", "19", "future")) << all(future);
}

TEST(EnglishCoder, ATitleBetweenTwoNamesOfOneActorIsOneMention) {
  auto r =
      code_english("NATO Secretary General Jens Stoltenberg urged Russia to stop its attacks.");
  EXPECT_TRUE(has(r, "IGO", "RUS", "02")) << all(r);
}

TEST(EnglishCoder, KillingHundredsIsAMassKilling) {
  auto r = code_english("Islamic State fighters killed hundreds of Yazidi men near Sinjar.");
  EXPECT_TRUE(std::any_of(r.begin(), r.end(), [](const Record& x) { return x.cameo == "202"; }))
      << all(r);
}

TEST(EnglishCoder, TakenFromWhomIsTheTargetNotTheOwnerOfTheSubject) {
  auto r = code_english(
      "Government troops of President Bashar al-Assad captured the town from Syrian rebels.");
  ASSERT_TRUE(has(r, "SYR", "SYR", "19")) << all(r);
  EXPECT_TRUE(std::any_of(r.begin(), r.end(), [](const Record& x) {
    return x.root == "19" && x.source.code.code == "SYRMIL" && x.target.code.code == "SYRREB";
  })) << all(r);
}

TEST(EnglishCoder, ForceIsNotUsedOnThePartnerOfTheEventBefore) {
  auto r =
      code_english("Russia supports the Syrian government army. The Syrian army is advancing.");
  EXPECT_TRUE(has(r, "RUS", "SYR", "05")) << all(r);
  EXPECT_FALSE(has(r, "SYR", "RUS", "19")) << all(r);
}

TEST(EnglishCoder, ACeasefireThatCollapsedIsNoNewCeasefire) {
  auto collapsed = code_english("The Turkish-Russian ceasefire in Idlib has collapsed.");
  EXPECT_FALSE(has(collapsed, "TUR", "RUS", "08")) << all(collapsed);
  // The noun a relative clause is about counts for the verb's pattern.
  auto sealed = code_english(
      "The shelling marks the end of a ceasefire that Turkey and Russia sealed in 2018.");
  EXPECT_TRUE(has(sealed, "TUR", "RUS", "08")) << all(sealed);
  EXPECT_TRUE(has(sealed, "RUS", "TUR", "08")) << all(sealed);
}

TEST(EnglishCoder, TellingOfReprisalsIsAThreat) {
  auto r = code_english(
      "Turkey told the Russian diplomats that attacks by the Syrian military would lead to "
      "reprisals.");
  EXPECT_TRUE(has(r, "TUR", "RUS", "13")) << all(r);
}

}  // namespace
}  // namespace kroniek
