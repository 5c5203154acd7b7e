// The link-grammar analyzer's mapping from a linkage to tokens, tags and
// dependencies, on linkages written down from link-grammar 5.12's English
// dictionary (no parser runs here), and its tagging without a parse.
#include <gtest/gtest.h>

#include <sstream>
#include <stdexcept>
#include <string>

#include "../support/sentence_probe.h"
#include "analyze/english_words.h"
#include "analyze/linkgrammar_en.h"

namespace kroniek {
namespace {

using testing::dependency;
using testing::token;

// Words as "LEFT-WALL@0-0 Turkish.a@0-7 ..." and links as "A:1-2 Sp:2-3".
std::vector<LinkGrammarWord> words_of(const std::string& spec) {
  std::vector<LinkGrammarWord> words;
  std::istringstream in(spec);
  for (std::string item; in >> item;) {
    std::size_t at = item.rfind('@');
    std::size_t dash = item.find('-', at);
    words.push_back({item.substr(0, at), std::stoul(item.substr(at + 1, dash - at - 1)),
                     std::stoul(item.substr(dash + 1))});
  }
  return words;
}

std::vector<LinkGrammarLink> links_of(const std::string& spec) {
  std::vector<LinkGrammarLink> links;
  std::istringstream in(spec);
  for (std::string item; in >> item;) {
    std::size_t colon = item.rfind(':');
    std::size_t dash = item.rfind('-');
    links.push_back({item.substr(0, colon), std::stoul(item.substr(colon + 1, dash - colon - 1)),
                     std::stoul(item.substr(dash + 1))});
  }
  return links;
}

TEST(LinkageMapping, SubjectObjectAndPrepositions) {
  const std::string text = "Turkish troops shelled Syrian positions near Idlib on Monday.";
  Sentence s = sentence_from_linkage(
      words_of("LEFT-WALL@0-0 Turkish.a@0-7 troops.n@8-14 shelled.v-d@15-22 Syrian.s@23-29 "
               "positions.n@30-39 near.p@40-44 Idlib[!<CAPITALIZED-WORDS>]@45-50 on@51-53 "
               "Monday@54-60 .@60-61 RIGHT-WALL@61-61"),
      links_of("Xp:0-10 WV:0-3 Wd:0-2 Sp:2-3 A:1-2 MVp:3-8 MVp:3-6 Op:3-5 Mp:5-6 AN:4-5 Js:6-7 "
               "Js:8-9 RW:10-11"),
      text, 100);
  ASSERT_EQ(s.tokens.size(), 10u);
  EXPECT_EQ(dependency(s, "shelled"), "ROOT");
  EXPECT_EQ(dependency(s, "troops"), "su shelled");
  EXPECT_EQ(dependency(s, "positions"), "obj1 shelled");
  EXPECT_EQ(dependency(s, "near"), "mod shelled");
  EXPECT_EQ(dependency(s, "Idlib"), "obj1 near");
  EXPECT_EQ(dependency(s, "on"), "mod shelled");
  EXPECT_EQ(dependency(s, "Monday"), "obj1 on");
  EXPECT_EQ(dependency(s, "Turkish"), "mod troops");
  EXPECT_EQ(dependency(s, "Syrian"), "mod positions");
  EXPECT_EQ(dependency(s, "."), "punct shelled");

  EXPECT_EQ(token(s, "shelled").pos, "VBD");
  EXPECT_EQ(token(s, "shelled").lemma, "shell");
  EXPECT_EQ(token(s, "troops").pos, "NNS");
  EXPECT_EQ(token(s, "troops").lemma, "troop");
  EXPECT_EQ(token(s, "Turkish").pos, "JJ");
  EXPECT_EQ(token(s, "Syrian").pos, "JJ");
  EXPECT_EQ(token(s, "near").pos, "IN");
  EXPECT_EQ(token(s, "Idlib").pos, "NNP");
  EXPECT_EQ(token(s, "Monday").pos, "NNP");
  EXPECT_EQ(token(s, ".").pos, ".");
  EXPECT_EQ(token(s, "troops").ner, "O");
  for (const Token& t : s.tokens) EXPECT_EQ(text.substr(t.start - 100, t.end - t.start), t.word);
  EXPECT_EQ(s.start, 100u);
  EXPECT_EQ(s.end, 100 + text.size());
}

TEST(LinkageMapping, ContractionIsSplitAndTheReportingVerbIsRoot) {
  const std::string text =
      "Russia didn't condemn the attack on the U.S. embassy in Kyiv, the ministry said.";
  Sentence s = sentence_from_linkage(
      words_of("LEFT-WALL@0-0 Russia.l@0-6 didn't.v-d@7-13 condemn.v@14-21 the@22-25 "
               "attack.n-u@26-32 on@33-35 the@36-39 U.S.[!<INITIALS>]@40-44 embassy.n@45-52 "
               "in.r@53-55 Kyiv[!<CAPITALIZED-WORDS>]@56-60 ,@60-61 the@62-65 ministry.n@66-74 "
               "said.q-d@75-79 .@79-80 RIGHT-WALL@80-80"),
      links_of("CPx:0-15 WV:0-3 Wd:0-1 Ss*s:1-2 I*d:2-3 MVp:3-10 MVp:3-6 Ou:3-5 Dmu:4-5 Js:6-9 "
               "Mp:9-10 Ds**x:7-9 AN:8-9 Js:10-11 Xd:12-15 Ss*s:14-15 Ds**c:13-14 Xp:15-16 "
               "RW:16-17"),
      text, 0);
  ASSERT_EQ(s.tokens.size(), 17u);
  EXPECT_EQ(s.tokens[1].word, "did");
  EXPECT_EQ(s.tokens[1].pos, "VBD");
  EXPECT_EQ(s.tokens[1].lemma, "do");
  EXPECT_EQ(s.tokens[2].word, "n't");
  EXPECT_EQ(s.tokens[2].pos, "RB");
  EXPECT_EQ(s.tokens[2].lemma, "not");
  EXPECT_EQ(s.tokens[2].start, 10u);
  EXPECT_EQ(dependency(s, "n't"), "mod did");
  EXPECT_EQ(dependency(s, "said"), "ROOT");
  EXPECT_EQ(dependency(s, "ministry"), "su said");
  EXPECT_EQ(dependency(s, "did"), "vc said");
  EXPECT_EQ(dependency(s, "Russia"), "su did");
  EXPECT_EQ(dependency(s, "condemn"), "vc did");
  EXPECT_EQ(token(s, "condemn").pos, "VB");
  EXPECT_EQ(dependency(s, "attack"), "obj1 condemn");
  EXPECT_EQ(dependency(s, "embassy"), "obj1 on");
  EXPECT_EQ(dependency(s, "U.S."), "mod embassy");
  EXPECT_EQ(token(s, "U.S.").pos, "NNP");
  EXPECT_EQ(token(s, "said").pos, "VBD");
  EXPECT_EQ(token(s, "said").lemma, "say");
}

TEST(LinkageMapping, CommaListsHangFromTheCoordinator) {
  Sentence s = sentence_from_linkage(
      words_of("LEFT-WALL@0-0 Turkey.l@0-6 ,.j@6-7 Russia.l@8-14 and.j-n@15-18 Iran.l@19-23 "
               "met.v-d@24-27 in.r@28-30 Astana[!<CAPITALIZED-WORDS>]@31-37 .@37-38 "
               "RIGHT-WALL@38-38"),
      links_of("Xp:0-9 WV:0-6 Wd:0-4 Spx:4-6 SJlp:2-4 SJls:1-2 SJrs:2-3 SJrs:4-5 MVp:6-7 Js:7-8 "
               "RW:9-10"),
      "Turkey, Russia and Iran met in Astana.", 0);
  EXPECT_EQ(dependency(s, "and"), "su met");
  EXPECT_EQ(token(s, "and").pos, "CC");
  EXPECT_EQ(dependency(s, "Turkey"), "cnj and");
  EXPECT_EQ(dependency(s, "Russia"), "cnj and");
  EXPECT_EQ(dependency(s, "Iran"), "cnj and");
  EXPECT_EQ(dependency(s, ","), "punct and");
  EXPECT_EQ(token(s, "Turkey").pos, "NNP");
}

TEST(LinkageMapping, RelativeClausesAndPassive) {
  Sentence s = sentence_from_linkage(
      words_of("LEFT-WALL@0-0 the@0-3 rebels.n@4-10 who@11-14 attacked.v-d@15-23 the@24-27 "
               "town.s@28-32 were.v-d@33-37 killed.v-d@38-44 by@45-47 government.s@48-58 "
               "forces.n@59-65 .@65-66 RIGHT-WALL@66-66"),
      links_of("Xp:0-12 WV:0-8 Wd:0-2 Dmc:1-2 Spx:2-7 Pv:7-8 Bp:2-4 R:2-3 RS:3-4 Os:4-6 "
               "Ds**c:5-6 MVp:8-9 Jp:9-11 AN:10-11 RW:12-13"),
      "The rebels who attacked the town were killed by government forces.", 0);
  EXPECT_EQ(dependency(s, "were"), "ROOT");
  EXPECT_EQ(dependency(s, "rebels"), "su were");
  EXPECT_EQ(dependency(s, "killed"), "vc were");
  EXPECT_EQ(token(s, "killed").pos, "VBN");
  EXPECT_EQ(token(s, "were").pos, "VBD");
  EXPECT_EQ(token(s, "were").lemma, "be");
  EXPECT_EQ(dependency(s, "who"), "mod rebels");
  EXPECT_EQ(token(s, "who").pos, "WP");
  EXPECT_EQ(dependency(s, "attacked"), "body who");
  EXPECT_EQ(token(s, "attacked").pos, "VBD");
  EXPECT_EQ(dependency(s, "town"), "obj1 attacked");
  EXPECT_EQ(dependency(s, "by"), "mod killed");
  EXPECT_EQ(dependency(s, "forces"), "obj1 by");
  EXPECT_EQ(dependency(s, "government"), "mod forces");
  EXPECT_EQ(token(s, "government").pos, "NN");
  EXPECT_EQ(dependency(s, "The"), "det rebels");
}

TEST(LinkageMapping, AuxiliaryOfARelativeClauseIsItsBody) {
  Sentence s = sentence_from_linkage(
      words_of("LEFT-WALL@0-0 rebels.n@0-6 who@7-10 have.v@11-15 attacked.v-d@16-24 the@25-28 "
               "town.s@29-33 fled.v-d@34-38 .@38-39 RIGHT-WALL@39-39"),
      links_of("Xp:0-8 WV:0-7 Wd:0-1 Sp:1-7 Bp:1-3 R:1-2 RS:2-3 PP:3-4 Os:4-6 Ds**c:5-6 RW:8-9"),
      "Rebels who have attacked the town fled.", 0);
  EXPECT_EQ(dependency(s, "fled"), "ROOT");
  EXPECT_EQ(dependency(s, "have"), "body who");
  EXPECT_EQ(dependency(s, "attacked"), "vc have");
  EXPECT_EQ(token(s, "attacked").pos, "VBN");
  EXPECT_EQ(token(s, "Rebels").pos, "NNS");
  EXPECT_EQ(token(s, "Rebels").lemma, "rebel");
}

TEST(LinkageMapping, PossessorIndirectObjectAndParticle) {
  Sentence gave = sentence_from_linkage(
      words_of("LEFT-WALL@0-0 Israel.m@0-6 's.p@6-8 army.n@9-13 gave.v-d@14-18 Gaza@19-23 "
               "aid.n-u@24-27 .@27-28 RIGHT-WALL@28-28"),
      links_of("Xp:0-7 WV:0-4 Wd:0-3 Ss*s:3-4 Ds:2-3 YS:1-2 Oun:4-6 Os:4-5 RW:7-8"),
      "Israel's army gave Gaza aid.", 0);
  EXPECT_EQ(dependency(gave, "Israel"), "det army");
  EXPECT_EQ(dependency(gave, "'s"), "mod Israel");
  EXPECT_EQ(token(gave, "'s").pos, "POS");
  EXPECT_EQ(dependency(gave, "Gaza"), "obj2 gave");
  EXPECT_EQ(dependency(gave, "aid"), "obj1 gave");

  Sentence up = sentence_from_linkage(
      words_of("LEFT-WALL@0-0 the@0-3 army.n@4-8 gave.v-d@9-13 up.r@14-16 the@17-20 "
               "town.n-u@21-25 .@25-26 RIGHT-WALL@26-26"),
      links_of("Xp:0-7 WV:0-3 Wd:0-2 Ds:1-2 Ss*s:2-3 K:3-4 Ou:3-6 Dmu:5-6 RW:7-8"),
      "The army gave up the town.", 0);
  EXPECT_EQ(dependency(up, "up"), "svp gave");
  EXPECT_EQ(token(up, "up").pos, "RP");
  EXPECT_EQ(dependency(up, "town"), "obj1 gave");
}

TEST(LinkageMapping, ComplementClauseAndModalChain) {
  Sentence s = sentence_from_linkage(
      words_of("LEFT-WALL@0-0 the@0-3 U.S.[!<INITIALS>]@4-8 said.q-d@9-13 that.j-c@14-18 "
               "talks.n@19-24 would.v@25-30 resume.v@31-37 .@37-38 RIGHT-WALL@38-38"),
      links_of("Xp:0-8 WV:0-3 Wd:0-2 DG:1-2 Ss*s:2-3 TH:3-4 Cet:4-5 CV:4-7 Sp:5-6 I:6-7 RW:8-9"),
      "The U.S. said that talks would resume.", 0);
  EXPECT_EQ(dependency(s, "said"), "ROOT");
  EXPECT_EQ(dependency(s, "that"), "vc said");
  EXPECT_EQ(token(s, "that").pos, "IN");
  EXPECT_EQ(dependency(s, "would"), "body that");
  EXPECT_EQ(token(s, "would").pos, "MD");
  EXPECT_EQ(dependency(s, "resume"), "vc would");
  EXPECT_EQ(dependency(s, "talks"), "su would");
}

TEST(LinkageMapping, NullLinkedWordsAndJoinedMarksStillBecomeTokens) {
  const std::string text = "Police won't talk (not now).\"";
  Sentence s = sentence_from_linkage(
      words_of("LEFT-WALL@0-0 police.p@0-6 won't@7-12 talk.v@13-17 (@18-19 [not]@19-22 "
               "now.r@23-26 )@26-27 .\"[!<EMOTICON>]@27-29 RIGHT-WALL@29-29"),
      links_of("Xp:0-8 WV:0-3 Wd:0-1 Sp:1-2 I:2-3 MVa:3-6 Xd:5-6 Xc:6-7 RW:8-9"), text, 0);
  ASSERT_EQ(s.tokens.size(), 10u);
  EXPECT_EQ(s.tokens[1].word, "wo");
  EXPECT_EQ(s.tokens[1].pos, "MD");
  EXPECT_EQ(s.tokens[1].lemma, "will");
  EXPECT_EQ(dependency(s, "wo"), "ROOT");
  EXPECT_EQ(dependency(s, "talk"), "vc wo");
  EXPECT_EQ(dependency(s, "not"), "mod wo");  // unlinked: it hangs from the root
  EXPECT_EQ(token(s, "Police").pos, "NNS");
  EXPECT_EQ(s.tokens[8].word, ".");
  EXPECT_EQ(s.tokens[9].word, "\"");
  EXPECT_EQ(s.tokens[9].pos, "''");
  EXPECT_EQ(s.tokens[9].rel, "punct");
  for (const Token& t : s.tokens) EXPECT_EQ(text.substr(t.start, t.end - t.start), t.word);
}

TEST(LinkageMapping, EveryWordHasOneHeadAndThereAreNoCycles) {
  Sentence s = sentence_from_linkage(
      words_of("LEFT-WALL@0-0 Gen..x@0-4 Milley[!<CAPITALIZED-WORDS>]@5-11 ,@11-12 who@13-16 "
               "leads.v@17-22 the@23-26 army.n@27-31 ,@31-32 said.v-d@33-37 :.p@37-38 \"@39-40 "
               "we@40-42 won't@43-48 leave.v@49-54 .@54-55 \"@55-56 RIGHT-WALL@56-56"),
      links_of("Xp:0-15 WV:0-9 Wd:0-2 Ss*s:2-9 G:1-2 MXsr:2-4 Xd:3-4 Xc:4-8 Ss*w:4-5 Os:5-7 "
               "Ds:6-7 TH:9-10 CV:10-14 Cet:10-12 ZZZ:10-11 Sp:12-13 I:13-14 RW:16-17"),
      "Gen. Milley, who leads the army, said: \"We won't leave.\"", 0);
  int roots = 0;
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    if (s.tokens[i].head < 0) ++roots;
    std::size_t steps = 0;
    for (int up = s.tokens[i].head; up >= 0; up = s.tokens[up].head) {
      ASSERT_LT(++steps, s.tokens.size()) << "cycle through " << s.tokens[i].word;
    }
  }
  EXPECT_EQ(roots, 1);
  EXPECT_EQ(dependency(s, "said"), "ROOT");
  EXPECT_EQ(dependency(s, "Milley"), "su said");
  EXPECT_EQ(dependency(s, "Gen."), "mod Milley");
  EXPECT_EQ(token(s, "Gen.").pos, "NNP");
  EXPECT_EQ(dependency(s, "who"), "mod Milley");
  EXPECT_EQ(dependency(s, "leads"), "body who");
  EXPECT_EQ(token(s, "leads").pos, "VBZ");
  EXPECT_EQ(dependency(s, "wo"), "vc said");  // the quotation after the colon
  EXPECT_EQ(dependency(s, ":"), "punct said");
}

TEST(TagWithoutParse, TokensTagsAndOffsetsButNoTree) {
  const std::string text = "  The fighters didn't leave Kobani's suburbs, officials said.";
  Sentence s = tag_without_parse(text, 50);
  std::vector<std::string> words, tags;
  for (const Token& t : s.tokens) {
    words.push_back(t.word);
    tags.push_back(t.pos);
    EXPECT_EQ(text.substr(t.start - 50, t.end - t.start), t.word);
    EXPECT_EQ(t.head, -1);
    EXPECT_EQ(t.rel, "");
    EXPECT_EQ(t.ner, "O");
  }
  EXPECT_EQ(words, (std::vector<std::string>{"The", "fighters", "did", "n't", "leave", "Kobani",
                                             "'s", "suburbs", ",", "officials", "said", "."}));
  // "leave" is a noun and a verb; after "n't" it is the verb.
  EXPECT_EQ(tags, (std::vector<std::string>{"DT", "NNS", "VBD", "RB", "VB", "NNP", "POS", "NNS",
                                            ",", "NNS", "VBD", "."}));
  EXPECT_EQ(s.start, 52u);
  EXPECT_EQ(s.end, 50 + text.size());
  EXPECT_EQ(s.tokens[1].lemma, "fighter");
  EXPECT_EQ(s.tokens[10].lemma, "say");
}

TEST(EnglishWords, PunctuationNumbersAndClosedClasses) {
  EXPECT_EQ(punctuation_tag(".", false), ".");
  EXPECT_EQ(punctuation_tag("(", false), "-LRB-");
  EXPECT_EQ(punctuation_tag("\"", true), "``");
  EXPECT_EQ(punctuation_tag("\"", false), "''");
  EXPECT_EQ(punctuation_tag("\xE2\x80\x9C", false), "``");  // “
  EXPECT_EQ(punctuation_tag("$", false), "$");
  EXPECT_TRUE(punctuation_tag(".\xE2\x80\x9D", false));      // .” : a run of marks
  EXPECT_FALSE(punctuation_tag("\xD9\xA2\xD9\xA0", false));  // ٢٠ : Arabic-Indic digits
  EXPECT_FALSE(punctuation_tag("Idlib", false));
  EXPECT_FALSE(
      punctuation_tag("Erdo\xC4\x9F"
                      "an",
                      false));
  EXPECT_TRUE(is_number("700,000"));
  EXPECT_TRUE(is_number("2.3"));
  EXPECT_TRUE(is_number("1990s"));
  EXPECT_TRUE(is_number("3/4/2020"));
  EXPECT_TRUE(is_number("10:30"));
  EXPECT_FALSE(is_number("10:"));
  EXPECT_FALSE(is_number("F-16"));
  EXPECT_EQ(closed_class_tag("the"), "DT");
  EXPECT_EQ(closed_class_tag("their"), "PRP$");
  EXPECT_EQ(closed_class_tag("would"), "MD");
  EXPECT_EQ(closed_class_tag("was"), "VBD");
  EXPECT_EQ(closed_class_tag("seven"), "CD");
  EXPECT_EQ(closed_class_tag("hundreds"), "NNS");
  EXPECT_TRUE(is_capitalized("Idlib"));
  EXPECT_TRUE(is_capitalized("al-Assad"));
  EXPECT_FALSE(is_capitalized("pro-Russian"));
  EXPECT_FALSE(is_capitalized("idlib"));
  EXPECT_FALSE(closed_class_tag("troops"));
}

TEST(EnglishWords, GuessedTags) {
  EXPECT_EQ(guess_tag("shelled", false), "VBD");
  EXPECT_EQ(guess_tag("fleeing", false), "VBG");
  EXPECT_EQ(guess_tag("ceasefire", false), "NN");
  EXPECT_EQ(guess_tag("villages", false), "NNS");
  EXPECT_EQ(guess_tag("Saraqeb", false), "NNP");
  EXPECT_EQ(guess_tag("Kurds", false), "NNPS");
  EXPECT_EQ(guess_tag("fierce", false), "JJ");
  EXPECT_EQ(guess_tag("Yesterday", true), "NN");
}

TEST(EnglishWords, CliticAndMarkPieces) {
  using Pieces = std::vector<std::size_t>;
  EXPECT_EQ(clitic_pieces("didn't", false), (Pieces{3, 3}));
  EXPECT_EQ(clitic_pieces("can't", false), (Pieces{2, 3}));
  EXPECT_EQ(clitic_pieces("Won't", false), (Pieces{2, 3}));
  EXPECT_EQ(clitic_pieces("cannot", false), (Pieces{3, 3}));
  EXPECT_EQ(clitic_pieces("didn\xE2\x80\x99t", false), (Pieces{3, 5}));
  EXPECT_EQ(clitic_pieces("Russia's", false), (Pieces{8}));
  EXPECT_EQ(clitic_pieces("Russia's", true), (Pieces{6, 2}));
  EXPECT_EQ(clitic_pieces("O\xE2\x80\x99Neill\xE2\x80\x99s", true), (Pieces{9, 4}));
  EXPECT_EQ(clitic_pieces("soldiers'", true), (Pieces{8, 1}));
  EXPECT_EQ(clitic_pieces("they're", true), (Pieces{4, 3}));
  EXPECT_EQ(clitic_pieces("n't", true), (Pieces{3}));
  EXPECT_EQ(mark_pieces(".\""), (Pieces{1, 1}));
  EXPECT_EQ(mark_pieces("...\xE2\x80\x9D"), (Pieces{1, 1, 1, 3}));
  EXPECT_EQ(mark_pieces("..."), (Pieces{3}));
}

}  // namespace
}  // namespace kroniek
