#include "analyze/ptb.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "../support/sentence_probe.h"

namespace kroniek {
namespace {

using testing::dependency;
using testing::token;

std::string error_of(const std::string& tree) {
  try {
    parse_ptb_sentence(tree, "Arnor attacked Gondor.");
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "no error";
}

TEST(Ptb, SimpleClause) {
  const std::string text = "Arnor attacked Gondor.";
  Sentence s = parse_ptb_sentence(
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))", text);
  ASSERT_EQ(s.tokens.size(), 4u);
  EXPECT_EQ(s.tokens[1].word, "attacked");
  EXPECT_EQ(s.tokens[1].pos, "VBD");
  EXPECT_EQ(s.tokens[1].lemma, "attack");
  EXPECT_EQ(s.tokens[0].lemma, "Arnor");
  EXPECT_EQ(s.tokens[0].ner, "O");
  EXPECT_EQ(dependency(s, "attacked"), "ROOT");
  EXPECT_EQ(s.tokens[1].head, -1);
  EXPECT_EQ(dependency(s, "Arnor"), "su attacked");
  EXPECT_EQ(dependency(s, "Gondor"), "obj1 attacked");
  EXPECT_EQ(dependency(s, "."), "punct attacked");
  for (const Token& t : s.tokens) EXPECT_EQ(text.substr(t.start, t.end - t.start), t.word);
  EXPECT_EQ(s.start, 0u);
  EXPECT_EQ(s.end, text.size());
}

TEST(Ptb, AuxiliaryHeadsTheVerbChainAndPrepositionsTheirObject) {
  Sentence s = parse_ptb_sentence(
      "(ROOT (S (NP (NNS Civilians)) (VP (VBD were) (VP (VBN killed) (PP (IN in) (NP (NNP "
      "Idlib))))) (. .)))",
      "Civilians were killed in Idlib.");
  EXPECT_EQ(dependency(s, "were"), "ROOT");
  EXPECT_EQ(dependency(s, "Civilians"), "su were");
  EXPECT_EQ(dependency(s, "killed"), "vc were");
  EXPECT_EQ(dependency(s, "in"), "mod killed");
  EXPECT_EQ(dependency(s, "Idlib"), "obj1 in");
  EXPECT_EQ(token(s, "were").lemma, "be");
  EXPECT_EQ(token(s, "Civilians").lemma, "civilian");
}

TEST(Ptb, ParticleDeterminerAndCoordinatedAdjectives) {
  Sentence s = parse_ptb_sentence(
      "(ROOT (S (NP (JJ Turkish) (CC and) (JJ Syrian) (NNS soldiers)) (VP (VBD gave) (PRT (RP "
      "up)) (NP (DT the) (NN town))) (. .)))",
      "Turkish and Syrian soldiers gave up the town.");
  EXPECT_EQ(dependency(s, "gave"), "ROOT");
  EXPECT_EQ(dependency(s, "soldiers"), "su gave");
  EXPECT_EQ(dependency(s, "and"), "mod soldiers");
  EXPECT_EQ(dependency(s, "Turkish"), "cnj and");
  EXPECT_EQ(dependency(s, "Syrian"), "cnj and");
  EXPECT_EQ(dependency(s, "up"), "svp gave");
  EXPECT_EQ(token(s, "up").pos, "RP");
  EXPECT_EQ(dependency(s, "the"), "det town");
  EXPECT_EQ(dependency(s, "town"), "obj1 gave");
  EXPECT_EQ(token(s, "gave").lemma, "give");
}

TEST(Ptb, CoordinatedNounPhrasesHangFromTheCoordinator) {
  Sentence s = parse_ptb_sentence(
      "(ROOT (S (NP (NP (NNP Turkey)) (, ,) (NP (NNP Russia)) (CC and) (NP (NNP Iran))) (VP (VBD "
      "met)) (. .)))",
      "Turkey, Russia and Iran met.");
  EXPECT_EQ(dependency(s, "and"), "su met");
  EXPECT_EQ(dependency(s, "Turkey"), "cnj and");
  EXPECT_EQ(dependency(s, "Russia"), "cnj and");
  EXPECT_EQ(dependency(s, "Iran"), "cnj and");
  EXPECT_EQ(dependency(s, ","), "punct and");
}

TEST(Ptb, ComplementAndRelativeClauses) {
  Sentence s = parse_ptb_sentence(
      "(ROOT (S (NP (NP (DT The) (NN minister)) (, ,) (SBAR (WHNP (WP who)) (S (VP (VBD "
      "resigned)))) (, ,)) (VP (VBD said) (SBAR (IN that) (S (NP (NNP Turkey)) (VP (VBD "
      "attacked))))) (. .)))",
      "The minister, who resigned, said that Turkey attacked.");
  EXPECT_EQ(dependency(s, "said"), "ROOT");
  EXPECT_EQ(dependency(s, "minister"), "su said");
  EXPECT_EQ(dependency(s, "The"), "det minister");
  EXPECT_EQ(dependency(s, "who"), "mod minister");
  EXPECT_EQ(dependency(s, "resigned"), "body who");
  EXPECT_EQ(dependency(s, "that"), "vc said");
  EXPECT_EQ(dependency(s, "attacked"), "body that");
  EXPECT_EQ(dependency(s, "Turkey"), "su attacked");
}

TEST(Ptb, ReportedClauseBeforeTheReportingVerb) {
  Sentence s = parse_ptb_sentence(
      "(ROOT (S (S (NP (NNP Russia)) (VP (VBD denied) (NP (PRP it)))) (, ,) (NP (DT the) (NN "
      "ministry)) (VP (VBD said)) (. .)))",
      "Russia denied it, the ministry said.");
  EXPECT_EQ(dependency(s, "said"), "ROOT");
  EXPECT_EQ(dependency(s, "ministry"), "su said");
  EXPECT_EQ(dependency(s, "denied"), "vc said");
  EXPECT_EQ(dependency(s, "Russia"), "su denied");
}

TEST(Ptb, PossessorIsTheDeterminerOfItsNoun) {
  Sentence s =
      parse_ptb_sentence("(ROOT (NP (NP (NNP Russia) (POS 's)) (JJ foreign) (NN minister)))",
                         "Russia's foreign minister");
  EXPECT_EQ(dependency(s, "minister"), "ROOT");
  EXPECT_EQ(dependency(s, "Russia"), "det minister");
  EXPECT_EQ(dependency(s, "'s"), "mod Russia");
  EXPECT_EQ(token(s, "'s").pos, "POS");
  EXPECT_EQ(dependency(s, "foreign"), "mod minister");
}

TEST(Ptb, ObjectsIndirectObjectsTimesAndPredicates) {
  Sentence gave = parse_ptb_sentence(
      "(ROOT (S (NP (NNP NATO)) (VP (VBD gave) (NP (NNP Kyiv)) (NP (NNS weapons)))))",
      "NATO gave Kyiv weapons");
  EXPECT_EQ(dependency(gave, "Kyiv"), "obj2 gave");
  EXPECT_EQ(dependency(gave, "weapons"), "obj1 gave");

  Sentence attacked = parse_ptb_sentence(
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)) (NP (NNP Monday)))))",
      "Arnor attacked Gondor Monday");
  EXPECT_EQ(dependency(attacked, "Gondor"), "obj1 attacked");
  EXPECT_EQ(dependency(attacked, "Monday"), "mod attacked");

  Sentence is =
      parse_ptb_sentence("(ROOT (S (NP (DT The) (NN situation)) (VP (VBZ is) (ADJP (JJ tense)))))",
                         "The situation is tense");
  EXPECT_EQ(dependency(is, "tense"), "predc is");
}

TEST(Ptb, NumbersAndQuantities) {
  Sentence s = parse_ptb_sentence(
      "(ROOT (S (NP (QP (IN At) (JJS least) (CD 25)) (NNS civilians)) (VP (VBD died))))",
      "At least 25 civilians died");
  EXPECT_EQ(dependency(s, "25"), "det civilians");
  EXPECT_EQ(dependency(s, "least"), "mod 25");
  EXPECT_EQ(dependency(s, "civilians"), "su died");
}

TEST(Ptb, EscapesAndSplitWordsAlignWithTheText) {
  const std::string text = "Russia's army (the \"SAA\") didn't retreat.";
  Sentence s = parse_ptb_sentence(
      "(ROOT (S (NP (NP (NP (NNP Russia) (POS 's)) (NN army)) (PRN (-LRB- -LRB-) (NP (DT the) "
      "(`` ``) (NNP SAA) ('' '')) (-RRB- -RRB-))) (VP (VBD did) (RB n't) (VP (VB retreat))) (. "
      ".)))",
      text);
  ASSERT_EQ(s.tokens.size(), 13u);
  for (const Token& t : s.tokens) {
    EXPECT_EQ(text.substr(t.start, t.end - t.start), t.word) << t.pos;
  }
  EXPECT_EQ(s.tokens[1].word, "'s");
  EXPECT_EQ(s.tokens[3].word, "(");
  EXPECT_EQ(s.tokens[3].pos, "-LRB-");
  EXPECT_EQ(s.tokens[5].word, "\"");
  EXPECT_EQ(s.tokens[5].pos, "``");
  EXPECT_EQ(s.tokens[9].word, "did");
  EXPECT_EQ(s.tokens[10].word, "n't");
  EXPECT_EQ(s.tokens[10].start, text.find("n't"));
  EXPECT_EQ(s.tokens[10].lemma, "not");
  EXPECT_EQ(dependency(s, "n't"), "mod did");
  EXPECT_EQ(dependency(s, "retreat"), "vc did");
  EXPECT_EQ(dependency(s, "army"), "su did");
  EXPECT_EQ(dependency(s, "SAA"), "mod army");
}

TEST(Ptb, TypographicQuotesAndApostrophes) {
  const std::string text = "\xE2\x80\x9CWe won\xE2\x80\x99t leave\xE2\x80\x9D";  // “We won’t leave”
  Sentence s = parse_ptb_sentence(
      "(ROOT (S (`` ``) (NP (PRP We)) (VP (MD wo) (RB n't) (VP (VB leave))) ('' '')))", text);
  ASSERT_EQ(s.tokens.size(), 6u);
  EXPECT_EQ(s.tokens[0].word, "\xE2\x80\x9C");
  EXPECT_EQ(s.tokens[2].word, "wo");
  EXPECT_EQ(s.tokens[2].lemma, "will");
  EXPECT_EQ(s.tokens[3].word, "n\xE2\x80\x99t");
  EXPECT_EQ(s.tokens[5].word, "\xE2\x80\x9D");
  EXPECT_EQ(s.tokens[5].end, text.size());
}

TEST(Ptb, EmptyElementsAndFunctionTags) {
  Sentence s = parse_ptb_sentence(
      "( (S (NP-SBJ-1 (NNP Assad)) (VP (VBD was) (VP (VBN ousted) (NP (-NONE- *-1)))) (. .)))",
      "Assad was ousted.");
  ASSERT_EQ(s.tokens.size(), 4u);
  EXPECT_EQ(dependency(s, "Assad"), "su was");
  EXPECT_EQ(dependency(s, "ousted"), "vc was");
  EXPECT_EQ(dependency(s, "was"), "ROOT");
}

TEST(Ptb, OffsetsStartAtTheGivenOffsetAndSkipWordsTheTextLacks) {
  Sentence s =
      parse_ptb_sentence("(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))",
                         "Arnor attacked Gondor", 100);
  EXPECT_EQ(s.tokens[0].start, 100u);
  EXPECT_EQ(s.tokens[2].start, 115u);
  EXPECT_EQ(s.tokens[2].end, 121u);
  // The final period is not in the text: an empty span where the walk stopped.
  EXPECT_EQ(s.tokens[3].start, 121u);
  EXPECT_EQ(s.tokens[3].end, 121u);
  EXPECT_EQ(s.tokens[3].word, ".");
}

TEST(Ptb, MalformedTreesNameTheProblemAndWhere) {
  EXPECT_NE(error_of("").find("empty"), std::string::npos);
  EXPECT_NE(error_of("   ").find("empty"), std::string::npos);
  std::string unclosed = error_of("(ROOT (S (NP (NNP Arnor))");
  EXPECT_NE(unclosed.find("never closed"), std::string::npos) << unclosed;
  EXPECT_NE(unclosed.find("byte 6"), std::string::npos) << unclosed;  // "(S"
  std::string extra = error_of("(S (NP (NNP Arnor))))");
  EXPECT_NE(extra.find("closes nothing"), std::string::npos) << extra;
  EXPECT_NE(extra.find("byte 20"), std::string::npos) << extra;
  EXPECT_NE(error_of("(S (NP))").find("without words"), std::string::npos);
  EXPECT_NE(error_of("(S (NNP Arnor) Gondor)").find("unexpected word 'Gondor'"), std::string::npos);
  EXPECT_NE(error_of("(S (NP (NNP Arnor))) (S)").find("text after the tree"), std::string::npos);
  EXPECT_NE(error_of("NNP Arnor").find("expected '('"), std::string::npos);
  EXPECT_NE(error_of("(S (Arnor))").find("without words"), std::string::npos);
  EXPECT_NE(error_of("(S (-NONE- *T*))").find("only empty elements"), std::string::npos);
  EXPECT_NE(error_of(std::string(2000, '(') + std::string(2000, ')')).find("nested deeper"),
            std::string::npos);
}

TEST(Ptb, WordsTextUndoesEscapes) {
  EXPECT_EQ(ptb_words_text("(ROOT (S (-LRB- -LRB-) (`` ``) (NN a\\/b) ('' '') (-RRB- -RRB-)))"),
            "( \" a/b \" )");
}

TEST(Ptb, DocumentOffsetsPointIntoTheDocumentText) {
  std::vector<PtbSentence> sentences = {
      {"  Arnor attacked Gondor. ",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))"},
      {"", "(ROOT (S (NP (NNP Gondor)) (VP (VBD fled)) (. .)))"}};
  std::string text = ptb_document_text(sentences);
  EXPECT_EQ(text, "Arnor attacked Gondor. Gondor fled .");
  AnalyzedDocument document = parse_ptb_document(sentences, text);
  ASSERT_EQ(document.sentences.size(), 2u);
  const Sentence& second = document.sentences[1];
  EXPECT_EQ(second.index, 1u);
  EXPECT_EQ(second.start, 23u);
  EXPECT_EQ(second.end, text.size());
  EXPECT_EQ(text.substr(second.tokens[1].start, 4), "fled");
  EXPECT_EQ(second.tokens[1].lemma, "flee");
  EXPECT_EQ(span_text(second, 0, 1, text), "Gondor fled");
}

TEST(Ptb, DocumentErrorsNameTheSentence) {
  std::vector<PtbSentence> sentences = {
      {"Arnor attacked.", "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked)) (. .)))"},
      {"Gondor fled.", "(ROOT (S (NP (NNP Gondor)) (VP (VBD fled)) (. .))"}};
  try {
    parse_ptb_document(sentences, ptb_document_text(sentences));
    FAIL() << "no error";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("sentence 2: malformed"), std::string::npos) << e.what();
  }
  sentences[1].tree = "(ROOT (S (NP (NNP Gondor)) (VP (VBD fled)) (. .)))";
  EXPECT_THROW(parse_ptb_document(sentences, "Arnor attacked."), std::invalid_argument);
}

}  // namespace
}  // namespace kroniek
