// A stretch of text too long for the parsers (analyze/long_sentences.h) goes
// through the real analyzers in pieces: every word kept at its place in the
// document, the sentences after it read as ever, and a warning for the user.
#include "analyze/long_sentences.h"

#include <gtest/gtest.h>

#include <string>

#include "shared_analyzer.h"

namespace kroniek {
namespace {

// 280 words without a sentence end, then a sentence of news.
std::string runaway_text(const std::string& words, const std::string& news) {
  std::string text;
  for (int i = 0; i < 70; ++i) text += words + " ";
  return text + "\n\n" + news;
}

void expect_read_in_pieces(Analyzer& analyzer, const Document& doc, const std::string& last_word) {
  const AnalyzedDocument analysis = analyzer.analyze(doc);
  ASSERT_EQ(analysis.warnings.size(), 1u);
  EXPECT_NE(analysis.warnings[0].find("was cut 2 times"), std::string::npos)
      << analysis.warnings[0];
  ASSERT_GE(analysis.sentences.size(), 4u);
  std::size_t tokens = 0;
  for (const Sentence& s : analysis.sentences) {
    for (const Token& t : s.tokens) {
      ASSERT_EQ(doc.text.substr(t.start, t.end - t.start), t.word);
      ++tokens;
    }
  }
  EXPECT_GE(tokens, 280u);
  EXPECT_EQ(analysis.sentences.back().tokens.at(analysis.sentences.back().tokens.size() - 2).word,
            last_word);
}

TEST(LongSentences, DutchIsReadInPiecesWithEveryWordInPlace) {
  Document doc{"lang", "nl", "2020-02-11", "",
               runaway_text("Rusland steunt het leger", "Turkije viel maandag Syrië aan.")};
  expect_read_in_pieces(testing::dutch_analyzer(), doc, "aan");
}

TEST(LongSentences, EnglishIsReadInPiecesWithEveryWordInPlace) {
  Document doc{"long", "en", "2020-02-11", "",
               runaway_text("Russia supports the army", "Turkey attacked Syria on Monday.")};
  expect_read_in_pieces(testing::english_analyzer(), doc, "Monday");
}

TEST(LongSentences, AnOverlongWordKeepsEnglishSentencesOutOfTheParserNotOutOfTheDocument) {
  const std::string garbage(200'000, 'x');
  Document doc{"garbage", "en", "2020-02-11", "",
               "Russia supports the army. " + garbage + "\n\nTurkey attacked Syria on Monday."};
  const AnalyzedDocument analysis = testing::english_analyzer().analyze(doc);
  ASSERT_FALSE(analysis.sentences.empty());
  EXPECT_EQ(analysis.sentences.back().tokens.front().word, "Turkey");
  EXPECT_NE(analysis.sentences.back().tokens.front().head, -1);  // parsed
}

}  // namespace
}  // namespace kroniek
