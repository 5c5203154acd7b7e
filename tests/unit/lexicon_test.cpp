// Dictionary loaders: formats, date-aware persons, and errors with file:line.
#include "lexicon/lexicon.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "lexicon/actor_dictionary.h"
#include "lexicon/dictionary_file.h"
#include "lexicon/grammar.h"
#include "lexicon/ontology.h"
#include "lexicon/patterns.h"
#include "temp_files.h"

namespace kroniek {
namespace {

using kroniek::test_files::write_temp;

std::vector<std::string> lower_words(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (const auto& w : words) out.push_back(to_lower(w));
  return out;
}

ActorMatch match(const ActorDictionary& d, const std::vector<std::string>& words,
                 const std::string& date) {
  const std::vector<std::string> lower = lower_words(words);
  return d.longest_match({words.begin(), words.end()}, {lower.begin(), lower.end()}, 0, date);
}

const ActorEntry* lookup(const ActorDictionary& d, const std::vector<std::string>& words,
                         const std::string& date) {
  return match(d, words, date).entry;
}

TEST(ActorDictionary, PersonsCodeOnlyWhileInOffice) {
  ActorDictionary d;
  d.load_file(write_temp("persons.txt",
                         "# a comment\n"
                         "SYRGOV nl person Assad | Bashar al-Assad @2000-07-17..2024-12-08\n"));
  ASSERT_NE(lookup(d, {"Assad"}, "2020-02-11"), nullptr);
  EXPECT_EQ(lookup(d, {"Assad"}, "2020-02-11")->code, "SYRGOV");
  EXPECT_EQ(lookup(d, {"Assad"}, "1999-01-01"), nullptr);
  EXPECT_EQ(lookup(d, {"Assad"}, "2025-01-01"), nullptr);
  EXPECT_EQ(match(d, {"Bashar", "al-Assad", "zei"}, "2020-02-11").length, 2);
}

TEST(ActorDictionary, AcronymsMatchOnlyInCapitals) {
  ActorDictionary d;
  d.load_file(write_temp("acronyms.txt", "IMGMOSISI nl org IS | Islamitische Staat\n"));
  EXPECT_NE(lookup(d, {"IS"}, ""), nullptr);
  EXPECT_EQ(lookup(d, {"is"}, ""), nullptr);
  EXPECT_NE(lookup(d, {"islamitische", "Staat"}, ""), nullptr);
}

TEST(ActorDictionary, MalformedLineNamesFileAndLine) {
  ActorDictionary d;
  std::string path = write_temp("bad-actors.txt", "TUR nl name Turkije\nTUR nl colour Rood\n");
  try {
    d.load_file(path);
    FAIL() << "no error for an unknown kind";
  } catch (const DictionaryError& e) {
    EXPECT_NE(std::string(e.what()).find(path + ":2:"), std::string::npos) << e.what();
  }
  EXPECT_THROW(d.load_file(write_temp("bad-date.txt", "X nl person Y @2020-13-01..\n")),
               DictionaryError);
}

TEST(Patterns, SeparableVerbsAreFoundSplitAndJoined) {
  PatternBook book;
  book.load_file(write_temp("patterns.txt", "100 verb aan|dringen target=bij\n"));
  ASSERT_EQ(book.find(TriggerKind::verb, "dringen").size(), 1u);
  EXPECT_EQ(book.find(TriggerKind::verb, "dringen")[0].particles, std::vector<std::string>{"aan"});
  EXPECT_EQ(book.find(TriggerKind::verb, "aandringen").size(), 1u);
  EXPECT_EQ(book.find(TriggerKind::verb, "aandringen")[0].target_slots,
            std::vector<std::string>{"bij"});
}

TEST(Patterns, MassCodeIsReadWithTheOtherOptions) {
  PatternBook book;
  book.load_file(write_temp("mass.txt", "1823 verb doden target=obj mass=202\n"));
  ASSERT_EQ(book.find(TriggerKind::verb, "doden").size(), 1u);
  EXPECT_EQ(book.find(TriggerKind::verb, "doden")[0].code, "1823");
  EXPECT_EQ(book.find(TriggerKind::verb, "doden")[0].mass_code, "202");
}

TEST(Patterns, UnknownOptionNamesFileAndLine) {
  PatternBook book;
  std::string path = write_temp("bad-patterns.txt", "190 noun aanval\n190 verb vallen coulour=x\n");
  try {
    book.load_file(path);
    FAIL();
  } catch (const DictionaryError& e) {
    EXPECT_NE(std::string(e.what()).find(path + ":2:"), std::string::npos) << e.what();
  }
}

TEST(Grammar, SetsAreReadAndPhrasesMatchWordsInARow) {
  Grammar g;
  g.load_file(write_temp(
      "grammar.txt",
      "negators: niet | Geen   # comment\nreciprocals: elkaar | overal | over en weer\n"));
  EXPECT_TRUE(g.negators.count("geen"));
  Sentence s;
  for (const char* w : {"beschoten", "elkaar", "over", "en", "weer"}) {
    Token t;
    t.word = w;
    set_derived_fields(t);
    s.tokens.push_back(t);
  }
  EXPECT_TRUE(phrase_at(s, 1, g.reciprocals));
  EXPECT_TRUE(phrase_at(s, 2, g.reciprocals));
  EXPECT_FALSE(phrase_at(s, 3, g.reciprocals));
  s.tokens.resize(4);  // "over en" without "weer": not the phrase
  EXPECT_FALSE(phrase_at(s, 2, g.reciprocals));
}

TEST(Grammar, UnknownSetNamesFileAndLine) {
  Grammar g;
  std::string path = write_temp("bad-grammar.txt", "negators: niet\nnegatorz: geen\n");
  try {
    g.load_file(path);
    FAIL();
  } catch (const DictionaryError& e) {
    EXPECT_NE(std::string(e.what()).find(path + ":2:"), std::string::npos) << e.what();
  }
}

TEST(Grammar, ShippedDutchAndEnglishLoad) {
  Grammar nl, en;
  nl.load_file(default_data_dir() + "/grammar/nl.txt");
  en.load_file(default_data_dir() + "/grammar/en.txt");
  EXPECT_TRUE(nl.agent_prepositions.count("door"));
  EXPECT_TRUE(en.agent_prepositions.count("by"));
  EXPECT_FALSE(en.speech_verbs.empty());
}

TEST(Ontology, ShippedFileHasEveryRootWithItsQuadClass) {
  Ontology o;
  o.load_file(default_data_dir() + "/cameo/events.txt");
  for (int root = 1; root <= 20; ++root) {
    std::string code = (root < 10 ? "0" : "") + std::to_string(root) + "0";
    const EventType* t = o.find(code);
    ASSERT_NE(t, nullptr) << code;
    int quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    EXPECT_EQ(t->quad_class, quad) << code;
  }
  EXPECT_DOUBLE_EQ(o.find("190")->goldstein, -10.0);
  EXPECT_GT(o.size(), 250u);
}

TEST(Lexicon, ShippedDictionariesLoadAndEveryPatternCodeExists) {
  Lexicon lexicon = load_lexicon(default_data_dir(), "nl");  // throws on any bad line or code
  EXPECT_GT(lexicon.actors.size(), 1000u);
  EXPECT_GT(lexicon.patterns.size(), 200u);
}

}  // namespace
}  // namespace kroniek
