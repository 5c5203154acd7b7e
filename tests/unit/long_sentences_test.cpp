// Cutting stretches too long for the parsers (analyze/long_sentences.h).
#include "analyze/long_sentences.h"

#include <gtest/gtest.h>

#include <string>

namespace kroniek {
namespace {

// `words` words "w0 w1 w2 ..." joined by spaces.
std::string numbered_words(int words, const std::string& mark = "") {
  std::string text;
  for (int i = 0; i < words; ++i) text += (i ? " w" : "w") + std::to_string(i) + mark;
  return text;
}

// The word at byte `offset` of `text`.
std::string word_at(const std::string& text, std::size_t offset) {
  return text.substr(offset, text.find(' ', offset) - offset);
}

TEST(LongSentences, NewsIsNotCut) {
  const std::string news =
      "Turkse soldaten hebben maandag Syrische stellingen in Idlib beschoten, meldt het "
      "ministerie. Volgens Ankara vielen er doden! Hoeveel?";
  EXPECT_TRUE(sentence_cuts(news).empty());
  EXPECT_TRUE(sentence_cuts(numbered_words(120)).empty());
}

TEST(LongSentences, AStretchWithoutSentenceEndIsCutEveryMaximum) {
  const std::string text = numbered_words(300);
  const std::vector<std::size_t> cuts = sentence_cuts(text, 120);
  ASSERT_EQ(cuts.size(), 2u);
  EXPECT_EQ(word_at(text, cuts[0]), "w120");
  EXPECT_EQ(word_at(text, cuts[1]), "w240");
}

TEST(LongSentences, SentenceEndsAndBlankLinesStartTheCountAgain) {
  EXPECT_TRUE(sentence_cuts(numbered_words(100) + ". " + numbered_words(100), 120).empty());
  EXPECT_TRUE(sentence_cuts(numbered_words(100) + "?\" " + numbered_words(100), 120).empty());
  EXPECT_TRUE(sentence_cuts(numbered_words(100) + "\n\n" + numbered_words(100), 120).empty());
  EXPECT_EQ(sentence_cuts(numbered_words(100) + "\n" + numbered_words(100), 120).size(), 1u);
}

TEST(LongSentences, PunctuationCountsAsTheTokensItBecomes) {
  const std::string list = numbered_words(100, ",");  // "w0, w1, ...": two tokens a word
  const std::vector<std::size_t> cuts = sentence_cuts(list, 120);
  ASSERT_EQ(cuts.size(), 1u);
  EXPECT_EQ(word_at(list, cuts[0]), "w60,");
}

TEST(LongSentences, BlankLinesGoBeforeTheCutsAndNothingElseChanges) {
  EXPECT_EQ(with_blank_lines_at("een twee drie vier", {4, 14}), "een \n\ntwee drie \n\nvier");
  EXPECT_EQ(with_blank_lines_at("een twee", {}), "een twee");
}

TEST(LongSentences, AnOverlongWordIsFound) {
  EXPECT_FALSE(has_overlong_word("Rusland steunt https://example.org/nieuws/artikel-12345"));
  EXPECT_TRUE(has_overlong_word("Rusland " + std::string(121, 'x') + " steunt"));
  EXPECT_FALSE(has_overlong_word(std::string(120, 'x')));
}

TEST(LongSentences, TheWarningSaysHowOftenAndHowLong) {
  EXPECT_EQ(cut_warning(1, 120),
            "text without a sentence end for more than 120 words was cut 1 time into pieces the "
            "parsers can take");
  EXPECT_NE(cut_warning(3, 120).find("cut 3 times"), std::string::npos);
}

}  // namespace
}  // namespace kroniek
