#include "analyze/english_lemma.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace kroniek {
namespace {

TEST(EnglishLemma, RegularVerbForms) {
  EXPECT_EQ(english_lemma("attacked", "VBD"), "attack");
  EXPECT_EQ(english_lemma("shelled", "VBN"), "shell");
  EXPECT_EQ(english_lemma("attacks", "VBZ"), "attack");
  EXPECT_EQ(english_lemma("dying", "VBG"), "die");
}

TEST(EnglishLemma, IrregularFormsFromTheExceptionLists) {
  EXPECT_EQ(english_lemma("went", "VBD"), "go");
  EXPECT_EQ(english_lemma("fled", "VBD"), "flee");
  EXPECT_EQ(english_lemma("said", "VBD"), "say");
  EXPECT_EQ(english_lemma("was", "VBD"), "be");
  EXPECT_EQ(english_lemma("are", "VBP"), "be");
  EXPECT_EQ(english_lemma("children", "NNS"), "child");
  EXPECT_EQ(english_lemma("better", "JJR"), "good");
}

TEST(EnglishLemma, TheTagChoosesTheWordClass) {
  EXPECT_EQ(english_lemma("talks", "NNS"), "talk");
  EXPECT_EQ(english_lemma("talks", "VBZ"), "talk");
  EXPECT_EQ(english_lemma("leaves", "NNS"), "leaf");
  EXPECT_EQ(english_lemma("leaves", "VBZ"), "leave");
  // A base-form tag keeps a word that is a lemma itself.
  EXPECT_EQ(english_lemma("saw", "VB"), "saw");
  EXPECT_EQ(english_lemma("saw", "VBD"), "see");
}

TEST(EnglishLemma, LowerCasesCommonWordsAndKeepsProperNouns) {
  EXPECT_EQ(english_lemma("Troops", "NNS"), "troop");
  EXPECT_EQ(english_lemma("The", "DT"), "the");
  EXPECT_EQ(english_lemma("Kurds", "NNPS"), "Kurds");
  EXPECT_EQ(english_lemma("Erdoğan", "NNP"), "Erdoğan");
  EXPECT_EQ(english_lemma("ÉLYSÉE", "NN"), "élysée");
}

TEST(EnglishLemma, UnknownWordsAndClitics) {
  EXPECT_EQ(english_lemma("news", "NNS"), "news");
  EXPECT_EQ(english_lemma("Hezbollah-linked", "JJ"), "hezbollah-linked");
  EXPECT_EQ(english_lemma("n't", "RB"), "not");
  EXPECT_EQ(english_lemma("n\xE2\x80\x99t", "RB"), "not");
  EXPECT_EQ(english_lemma("wo", "MD"), "will");
  EXPECT_EQ(english_lemma("'s", "VBZ"), "be");
  EXPECT_EQ(english_lemma("'s", "POS"), "'s");
}

TEST(EnglishLemma, WordNetLookups) {
  EXPECT_EQ(wordnet_base_form("troops", WordNetPos::kNoun), "troop");
  EXPECT_EQ(wordnet_base_form("attack", WordNetPos::kVerb), "");
  EXPECT_TRUE(wordnet_has_lemma("attack", WordNetPos::kVerb));
  EXPECT_FALSE(wordnet_has_lemma("attacked", WordNetPos::kVerb));
}

TEST(EnglishLemma, SafeFromManyThreads) {
  std::vector<std::string> results(8);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&results, i] {
      std::string last;
      for (int n = 0; n < 200; ++n) {
        last = english_lemma(i % 2 ? "children" : "went", i % 2 ? "NNS" : "VBD");
      }
      results[i] = last;
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (std::size_t i = 0; i < results.size(); ++i) {
    EXPECT_EQ(results[i], i % 2 ? "child" : "go");
  }
}

}  // namespace
}  // namespace kroniek
