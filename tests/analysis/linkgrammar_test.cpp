// The English analyzer and tree parser through the real link-grammar parser
// and its "en" dictionary. Loading takes about a second, so the tests share
// one analyzer and one tree parser.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>

#include "../support/sentence_probe.h"
#include "analyze/linkgrammar_en.h"

namespace kroniek {
namespace {

using testing::dependency;
using testing::token;

Analyzer& english_analyzer() {
  static std::unique_ptr<Analyzer> analyzer = make_linkgrammar_analyzer();
  return *analyzer;
}

AnalyzedDocument analyze(const std::string& text) {
  Document document;
  document.id = "test";
  document.lang = "en";
  document.text = text;
  return english_analyzer().analyze(document);
}

Sentence only_sentence(const std::string& text) {
  AnalyzedDocument analysis = analyze(text);
  if (analysis.sentences.size() != 1) {
    throw std::runtime_error(std::to_string(analysis.sentences.size()) + " sentences in " + text);
  }
  return analysis.sentences.front();
}

void expect_offsets_point_into(const AnalyzedDocument& analysis, const std::string& text) {
  for (const Sentence& sentence : analysis.sentences) {
    for (const Token& t : sentence.tokens) {
      ASSERT_LE(t.end, text.size());
      EXPECT_EQ(text.substr(t.start, t.end - t.start), t.word);
    }
  }
}

std::size_t count_words(const std::string& text) {
  std::istringstream in(text);
  std::size_t words = 0;
  for (std::string word; in >> word;) ++words;
  return words;
}

TEST(LinkGrammarEnglish, SubjectObjectAndPrepositionalPhrases) {
  const std::string text = "Turkish troops shelled Syrian positions near Idlib on Monday.";
  Sentence s = only_sentence(text);
  EXPECT_EQ(dependency(s, "shelled"), "ROOT");
  EXPECT_EQ(token(s, "shelled").pos, "VBD");
  EXPECT_EQ(token(s, "shelled").lemma, "shell");
  EXPECT_EQ(dependency(s, "troops"), "su shelled");
  EXPECT_EQ(token(s, "troops").pos, "NNS");
  EXPECT_EQ(token(s, "troops").lemma, "troop");
  EXPECT_EQ(dependency(s, "Turkish"), "mod troops");
  EXPECT_EQ(dependency(s, "positions"), "obj1 shelled");
  EXPECT_EQ(dependency(s, "Syrian"), "mod positions");
  EXPECT_EQ(dependency(s, "Idlib"), "obj1 near");
  EXPECT_EQ(token(s, "Idlib").pos, "NNP");
  EXPECT_EQ(dependency(s, "Monday"), "obj1 on");
  EXPECT_EQ(dependency(s, "on"), "mod shelled");
  // "near Idlib" modifies the verb or the positions: link-grammar may take either.
  std::string near = dependency(s, "near");
  EXPECT_TRUE(near == "mod shelled" || near == "mod positions") << near;
  EXPECT_EQ(token(s, "near").pos, "IN");
  expect_offsets_point_into(analyze(text), text);
}

TEST(LinkGrammarEnglish, PassiveWithAgent) {
  Sentence s = only_sentence("Five civilians were killed by rebels in Darfur.");
  EXPECT_EQ(dependency(s, "were"), "ROOT");
  EXPECT_EQ(dependency(s, "civilians"), "su were");
  EXPECT_EQ(dependency(s, "Five"), "det civilians");
  EXPECT_EQ(token(s, "Five").pos, "CD");
  EXPECT_EQ(dependency(s, "killed"), "vc were");
  EXPECT_EQ(token(s, "killed").pos, "VBN");
  EXPECT_EQ(dependency(s, "by"), "mod killed");
  EXPECT_EQ(dependency(s, "rebels"), "obj1 by");
}

TEST(LinkGrammarEnglish, NegatedParticleVerb) {
  Sentence s = only_sentence("The protesters didn't give up.");
  EXPECT_EQ(dependency(s, "did"), "ROOT");
  EXPECT_EQ(dependency(s, "n't"), "mod did");
  EXPECT_EQ(token(s, "n't").lemma, "not");
  EXPECT_EQ(dependency(s, "protesters"), "su did");
  EXPECT_EQ(dependency(s, "give"), "vc did");
  EXPECT_EQ(dependency(s, "up"), "svp give");
  EXPECT_EQ(token(s, "up").pos, "RP");
}

TEST(LinkGrammarEnglish, ReportedSpeechAndComplementClause) {
  Sentence reported = only_sentence("Russia denied the attack, the ministry said.");
  EXPECT_EQ(dependency(reported, "said"), "ROOT");
  EXPECT_EQ(dependency(reported, "ministry"), "su said");
  EXPECT_EQ(dependency(reported, "denied"), "vc said");
  EXPECT_EQ(dependency(reported, "Russia"), "su denied");
  EXPECT_EQ(dependency(reported, "attack"), "obj1 denied");

  Sentence that = only_sentence("Ankara said that Syrian forces had attacked Turkish troops.");
  EXPECT_EQ(dependency(that, "said"), "ROOT");
  EXPECT_EQ(dependency(that, "Ankara"), "su said");
  EXPECT_EQ(dependency(that, "that"), "vc said");
  EXPECT_EQ(dependency(that, "had"), "body that");
  EXPECT_EQ(dependency(that, "attacked"), "vc had");
  EXPECT_EQ(dependency(that, "forces"), "su had");
  EXPECT_EQ(dependency(that, "troops"), "obj1 attacked");
}

TEST(LinkGrammarEnglish, RelativeClauseAndCoordination) {
  Sentence relative = only_sentence("Rebels who attacked the town fled.");
  EXPECT_EQ(dependency(relative, "fled"), "ROOT");
  EXPECT_EQ(dependency(relative, "Rebels"), "su fled");
  EXPECT_EQ(dependency(relative, "who"), "mod Rebels");
  EXPECT_EQ(dependency(relative, "attacked"), "body who");

  Sentence coordinated = only_sentence("Turkey, Russia and Iran met in Astana.");
  EXPECT_EQ(dependency(coordinated, "met"), "ROOT");
  EXPECT_EQ(dependency(coordinated, "and"), "su met");
  EXPECT_EQ(dependency(coordinated, "Turkey"), "cnj and");
  EXPECT_EQ(dependency(coordinated, "Russia"), "cnj and");
  EXPECT_EQ(dependency(coordinated, "Iran"), "cnj and");
}

TEST(LinkGrammarEnglish, PossessorAndTwoObjects) {
  Sentence s = only_sentence("Israel's army gave Gaza aid.");
  EXPECT_EQ(dependency(s, "gave"), "ROOT");
  EXPECT_EQ(dependency(s, "army"), "su gave");
  EXPECT_EQ(dependency(s, "Israel"), "det army");
  EXPECT_EQ(dependency(s, "'s"), "mod Israel");
  EXPECT_EQ(token(s, "'s").pos, "POS");
  EXPECT_EQ(dependency(s, "Gaza"), "obj2 gave");
  EXPECT_EQ(dependency(s, "aid"), "obj1 gave");
}

TEST(LinkGrammarEnglish, NamesWithTitlesAndDeterminers) {
  Sentence s =
      only_sentence("The European Union imposed sanctions on Syria's President Bashar al-Assad.");
  EXPECT_EQ(dependency(s, "imposed"), "ROOT");
  EXPECT_EQ(dependency(s, "Union"), "su imposed");
  EXPECT_EQ(dependency(s, "The"), "det Union");
  EXPECT_EQ(dependency(s, "European"), "mod Union");
  EXPECT_EQ(dependency(s, "al-Assad"), "obj1 on");
  EXPECT_EQ(token(s, "al-Assad").pos, "NNP");
  EXPECT_EQ(token(s, "al-Assad").lemma, "al-Assad");
  EXPECT_EQ(dependency(s, "Syria"), "det al-Assad");
  EXPECT_EQ(dependency(s, "President"), "mod al-Assad");
}

TEST(LinkGrammarEnglish, ParagraphWithAbbreviationsSplitsIntoThreeSentences) {
  const std::string text =
      "Mr. Erdo\xC4\x9F"
      "an met U.S. President Joe Biden in Rome on Friday. The U.S. said on "
      "Monday that talks with Iran would resume.\n\nDr. Smith, a U.N. envoy, arrived in "
      "Tehran on Tuesday.";
  AnalyzedDocument analysis = analyze(text);
  ASSERT_EQ(analysis.sentences.size(), 3u);
  const std::vector<std::string> expected = {
      "Mr. Erdo\xC4\x9F"
      "an met U.S. President Joe Biden in Rome on Friday.",
      "The U.S. said on Monday that talks with Iran would resume.",
      "Dr. Smith, a U.N. envoy, arrived in Tehran on Tuesday."};
  for (std::size_t i = 0; i < 3; ++i) {
    const Sentence& s = analysis.sentences[i];
    EXPECT_EQ(s.index, i);
    EXPECT_EQ(text.substr(s.start, s.end - s.start), expected[i]);
    EXPECT_EQ(s.tokens.front().start, s.start);
    EXPECT_EQ(s.tokens.back().end, s.end);
  }
  expect_offsets_point_into(analysis, text);
  const Sentence& first = analysis.sentences[0];
  EXPECT_EQ(first.tokens[0].word, "Mr.");
  EXPECT_EQ(first.tokens[1].word,
            "Erdo\xC4\x9F"
            "an");
  EXPECT_EQ(first.tokens[1].pos, "NNP");
  EXPECT_EQ(dependency(first, "met"), "ROOT");
  EXPECT_EQ(dependency(first, "Biden"), "obj1 met");
  EXPECT_EQ(token(first, "U.S.").pos, "NNP");
  EXPECT_EQ(dependency(analysis.sentences[2], "arrived"), "ROOT");
  EXPECT_EQ(dependency(analysis.sentences[2], "Smith"), "su arrived");
}

TEST(LinkGrammarEnglish, QuotationsParenthesesAndTypographicMarks) {
  const std::string text =
      "\xE2\x80\x9CWe won\xE2\x80\x99t leave,\xE2\x80\x9D the commander (a colonel) said.";
  AnalyzedDocument analysis = analyze(text);
  ASSERT_EQ(analysis.sentences.size(), 1u);
  expect_offsets_point_into(analysis, text);
  const Sentence& s = analysis.sentences[0];
  EXPECT_EQ(s.tokens.front().word, "\xE2\x80\x9C");
  EXPECT_EQ(s.tokens.front().pos, "``");
  EXPECT_EQ(token(s, "wo").lemma, "will");
  EXPECT_EQ(token(s, "n\xE2\x80\x99t").pos, "RB");
  EXPECT_EQ(token(s, "(").pos, "-LRB-");
  EXPECT_EQ(token(s, "(").rel, "punct");
}

TEST(LinkGrammarEnglish, VeryLongSentenceIsTaggedWithinTheTimeLimit) {
  // 93 words: over the 70 link-grammar parses, under the 120 at which a
  // stretch is cut into pieces (analyze/long_sentences.h).
  std::string text;
  for (int i = 0; i < 7; ++i) {
    text += "rebels and soldiers of the army in the north of the province fought, ";
  }
  text += "officials said.";
  const auto started = std::chrono::steady_clock::now();
  AnalyzedDocument analysis = analyze(text);
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started);
  EXPECT_LT(seconds.count(), 4.0);  // three seconds a sentence, and a little more
  ASSERT_EQ(analysis.sentences.size(), 1u);
  const Sentence& s = analysis.sentences[0];
  // Every word is a token (the commas and the period too), none is lost.
  EXPECT_EQ(s.tokens.size(), count_words(text) + 7 + 1);
  expect_offsets_point_into(analysis, text);
  EXPECT_EQ(token(s, "soldiers").pos, "NNS");
  EXPECT_EQ(token(s, "fought").lemma, "fight");
}

TEST(LinkGrammarEnglish, WordSaladUsesUpItsTimeAndKeepsItsWords) {
  LinkGrammarOptions options;
  options.max_parse_seconds = 2;
  std::unique_ptr<Analyzer> impatient = make_linkgrammar_analyzer(options);
  // Sixty words in an order link-grammar cannot connect: the parse without
  // null links runs out of time, the parse with null links too.
  const std::string text =
      "ran that said in Idlib that and which that of that the forces and troops said ran ran "
      "will and said forces said and attacked which forces in ran which in forces said attacked "
      "will the which Monday of in Monday that the troops Monday the forces forces troops and "
      "that will attacked will Monday attacked attacked will Monday that.";
  Document document;
  document.text = text;
  const auto started = std::chrono::steady_clock::now();
  AnalyzedDocument analysis = impatient->analyze(document);
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started);
  // It stops instead of searching for minutes. Not a speed measurement: the
  // limit is CPU time, and under a loaded machine the wall clock runs further.
  EXPECT_LT(seconds.count(), 20.0);
  ASSERT_EQ(analysis.sentences.size(), 1u);
  EXPECT_EQ(analysis.sentences[0].tokens.size(), 61u);
  expect_offsets_point_into(analysis, text);
  EXPECT_EQ(token(analysis.sentences[0], "Idlib").pos, "NNP");
}

TEST(LinkGrammarEnglish, SameTextSameAnalysisAlsoFromSeveralThreads) {
  const std::string text =
      "Iran's foreign minister met his Turkish counterpart in Ankara. They discussed the war in "
      "Syria and the Kurdish militias.";
  auto flatten = [](const AnalyzedDocument& analysis) {
    std::string out;
    for (const Sentence& s : analysis.sentences) {
      for (const Token& t : s.tokens) {
        out +=
            t.word + "/" + t.pos + "/" + t.lemma + "/" + std::to_string(t.head) + "/" + t.rel + " ";
      }
    }
    return out;
  };
  const std::string first = flatten(analyze(text));
  EXPECT_EQ(flatten(analyze(text)), first);
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&, i] { results[i] = flatten(analyze(text)); });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::string& result : results) EXPECT_EQ(result, first);
}

TEST(LinkGrammarEnglish, EmptyTextHasNoSentences) {
  EXPECT_TRUE(analyze("").sentences.empty());
  EXPECT_TRUE(analyze(" \n\t ").sentences.empty());
}

// ---------------------------------------------------------------------------
// Constituent trees (LinkGrammarTreeParser)

const LinkGrammarTreeParser& tree_parser() {
  static LinkGrammarTreeParser parser;
  return parser;
}

// "(ROOT (S (NP (NNP Arnor)) ...))", for failure messages.
std::string bracketed(const PhraseNode& node) {
  if (node.is_leaf()) return "(" + node.label + " " + node.word + ")";
  std::string out = "(" + node.label;
  for (const PhraseNode& child : node.children) out += " " + bracketed(child);
  return out + ")";
}

PhraseNode only_tree(const std::string& text) {
  std::vector<PhraseNode> trees = tree_parser().parse(text);
  if (trees.size() != 1) {
    throw std::runtime_error(std::to_string(trees.size()) + " trees for " + text);
  }
  return trees.front();
}

void collect_leaves(const PhraseNode& node, std::vector<const PhraseNode*>& leaves) {
  if (node.is_leaf()) {
    leaves.push_back(&node);
    return;
  }
  for (const PhraseNode& child : node.children) collect_leaves(child, leaves);
}

std::vector<const PhraseNode*> leaves_of(const PhraseNode& node) {
  std::vector<const PhraseNode*> leaves;
  collect_leaves(node, leaves);
  return leaves;
}

// The phrases labelled `label` anywhere under `node` (itself included), in
// preorder.
void collect_phrases(const PhraseNode& node, const std::string& label,
                     std::vector<const PhraseNode*>& found) {
  if (node.is_leaf()) return;
  if (node.label == label) found.push_back(&node);
  for (const PhraseNode& child : node.children) collect_phrases(child, label, found);
}

std::vector<const PhraseNode*> phrases(const PhraseNode& node, const std::string& label) {
  std::vector<const PhraseNode*> found;
  collect_phrases(node, label, found);
  return found;
}

bool has_leaf_child(const PhraseNode& phrase, const std::string& tag, const std::string& word) {
  return std::any_of(phrase.children.begin(), phrase.children.end(), [&](const PhraseNode& c) {
    return c.is_leaf() && c.label == tag && c.word == word;
  });
}

bool contains_word(const PhraseNode& node, const std::string& word) {
  for (const PhraseNode* leaf : leaves_of(node)) {
    if (leaf->word == word) return true;
  }
  return false;
}

// The top clause: ROOT has exactly one child, an S.
const PhraseNode& top_clause(const PhraseNode& tree) {
  if (tree.label != "ROOT" || tree.children.size() != 1 || tree.children[0].label != "S") {
    throw std::runtime_error("not ROOT over one S: " + bracketed(tree));
  }
  return tree.children[0];
}

// The index of the first child of `phrase` labelled `label`, or -1.
int child_index(const PhraseNode& phrase, const std::string& label) {
  for (std::size_t k = 0; k < phrase.children.size(); ++k) {
    if (!phrase.children[k].is_leaf() && phrase.children[k].label == label) {
      return static_cast<int>(k);
    }
  }
  return -1;
}

TEST(LinkGrammarTrees, SubjectNounPhraseBeforeVerbPhraseWithObject) {
  PhraseNode tree = only_tree("Arnor attacked Gondor on Monday.");
  SCOPED_TRACE(bracketed(tree));
  const PhraseNode& clause = top_clause(tree);
  const int np = child_index(clause, "NP");
  const int vp = child_index(clause, "VP");
  ASSERT_GE(np, 0);
  ASSERT_GT(vp, np);
  EXPECT_TRUE(has_leaf_child(clause.children[np], "NNP", "Arnor"));
  const PhraseNode& verb_phrase = clause.children[vp];
  const PhraseNode* first = leaves_of(verb_phrase).front();
  EXPECT_EQ(first->label, "VBD");
  EXPECT_EQ(first->word, "attacked");
  const auto objects = phrases(verb_phrase, "NP");
  EXPECT_TRUE(std::any_of(objects.begin(), objects.end(),
                          [](const PhraseNode* p) { return has_leaf_child(*p, "NNP", "Gondor"); }));
  const auto prepositional = phrases(verb_phrase, "PP");
  EXPECT_TRUE(std::any_of(prepositional.begin(), prepositional.end(), [](const PhraseNode* p) {
    return has_leaf_child(*p, "IN", "on") && contains_word(*p, "Monday");
  }));
  // The full stop closes the top clause, as in a Stanford parse.
  EXPECT_TRUE(clause.children.back().is_leaf());
  EXPECT_EQ(clause.children.back().label, ".");
  EXPECT_EQ(clause.children.back().word, ".");
}

TEST(LinkGrammarTrees, LeavesAreTheAnalyzersTokensNumberedInOrder) {
  const std::string text = "Gondor's army didn't leave Osgiliath, officials said on Saturday.";
  PhraseNode tree = only_tree(text);
  SCOPED_TRACE(bracketed(tree));
  Sentence s = only_sentence(text);
  std::vector<const PhraseNode*> leaves = leaves_of(tree);
  ASSERT_EQ(leaves.size(), s.tokens.size());
  for (std::size_t k = 0; k < leaves.size(); ++k) {
    EXPECT_EQ(leaves[k]->word, s.tokens[k].word) << k;
    EXPECT_EQ(leaves[k]->label, s.tokens[k].pos) << k;
    EXPECT_EQ(leaves[k]->token, static_cast<int>(k));
  }
  for (const PhraseNode* leaf : leaves) {
    EXPECT_NE(leaf->word, "LEFT-WALL");
    EXPECT_NE(leaf->word, "RIGHT-WALL");
  }
}

TEST(LinkGrammarTrees, PossessiveCliticIsALeafInTheNounPhraseOfItsOwner) {
  PhraseNode tree = only_tree("Gondor's government condemned the attack.");
  SCOPED_TRACE(bracketed(tree));
  const auto noun_phrases = phrases(tree, "NP");
  EXPECT_TRUE(std::any_of(noun_phrases.begin(), noun_phrases.end(), [](const PhraseNode* p) {
    return has_leaf_child(*p, "NNP", "Gondor") && has_leaf_child(*p, "POS", "'s");
  }));
  const PhraseNode& clause = top_clause(tree);
  const int np = child_index(clause, "NP");
  ASSERT_GE(np, 0);
  EXPECT_TRUE(contains_word(clause.children[np], "government"));
  EXPECT_LT(np, child_index(clause, "VP"));
}

TEST(LinkGrammarTrees, CoordinatedNamesShareANounPhraseWithTheirCoordinator) {
  PhraseNode tree = only_tree("Arnor and Gondor signed an agreement.");
  SCOPED_TRACE(bracketed(tree));
  const PhraseNode& clause = top_clause(tree);
  const int np = child_index(clause, "NP");
  ASSERT_GE(np, 0);
  const PhraseNode& subject = clause.children[np];
  EXPECT_TRUE(has_leaf_child(subject, "CC", "and"));
  EXPECT_TRUE(contains_word(subject, "Arnor"));
  EXPECT_TRUE(contains_word(subject, "Gondor"));
  const int vp = child_index(clause, "VP");
  ASSERT_GT(vp, np);
  EXPECT_FALSE(contains_word(clause.children[vp], "Gondor"));
}

TEST(LinkGrammarTrees, NegationIsALeafBesideItsAuxiliary) {
  for (const auto& [text, negation] :
       {std::pair<std::string, std::string>{"The talks didn't take place.", "n't"},
        {"The talks did not take place.", "not"}}) {
    PhraseNode tree = only_tree(text);
    SCOPED_TRACE(bracketed(tree));
    const PhraseNode& clause = top_clause(tree);
    const int vp = child_index(clause, "VP");
    ASSERT_GE(vp, 0);
    const PhraseNode& verb_phrase = clause.children[vp];
    EXPECT_TRUE(has_leaf_child(verb_phrase, "VBD", "did"));
    EXPECT_TRUE(has_leaf_child(verb_phrase, "RB", negation));
    const auto inner = phrases(verb_phrase, "VP");
    EXPECT_TRUE(std::any_of(inner.begin(), inner.end(),
                            [](const PhraseNode* p) { return has_leaf_child(*p, "VB", "take"); }));
  }
}

TEST(LinkGrammarTrees, ReportingClauseAfterTheCommaIsInTheTopClause) {
  const std::string text =
      "Arnor is about to restore full diplomatic ties with Gondor almost five years after "
      "crowds trashed its embassy, a senior official said on Saturday.";
  PhraseNode tree = only_tree(text);
  SCOPED_TRACE(bracketed(tree));
  // (S (S (NP Arnor) (VP is ...)) (, ,) (NP a senior official) (VP said ...) (. .)), as
  // Stanford's parser has it.
  const PhraseNode& clause = top_clause(tree);
  ASSERT_EQ(clause.children.size(), 5u);
  const PhraseNode& report = clause.children[0];
  EXPECT_EQ(report.label, "S");
  const int np = child_index(report, "NP");
  ASSERT_GE(np, 0);
  // link-grammar leaves "Arnor" bare in the clause; it gets its noun phrase.
  EXPECT_TRUE(has_leaf_child(report.children[np], "NNP", "Arnor"));
  const int vp = child_index(report, "VP");
  ASSERT_GT(vp, np);
  EXPECT_EQ(leaves_of(report.children[vp]).front()->word, "is");
  EXPECT_TRUE(contains_word(report, "embassy"));
  EXPECT_TRUE(clause.children[1].is_leaf());
  EXPECT_EQ(clause.children[1].label, ",");
  EXPECT_EQ(clause.children[1].word, ",");
  EXPECT_EQ(clause.children[2].label, "NP");
  EXPECT_TRUE(has_leaf_child(clause.children[2], "NN", "official"));
  EXPECT_EQ(clause.children[3].label, "VP");
  EXPECT_TRUE(has_leaf_child(clause.children[3], "VBD", "said"));
  EXPECT_TRUE(contains_word(clause.children[3], "Saturday"));
  EXPECT_EQ(clause.children[4].label, ".");

  std::vector<const PhraseNode*> leaves = leaves_of(tree);
  EXPECT_EQ(leaves.size(), count_words(text) + 2);  // the comma and the full stop
  const auto noun_phrases = phrases(tree, "NP");
  EXPECT_TRUE(std::any_of(noun_phrases.begin(), noun_phrases.end(), [](const PhraseNode* p) {
    return has_leaf_child(*p, "PRP$", "its") && has_leaf_child(*p, "NN", "embassy");
  }));
  EXPECT_TRUE(std::any_of(noun_phrases.begin(), noun_phrases.end(), [](const PhraseNode* p) {
    return has_leaf_child(*p, "JJ", "diplomatic") && has_leaf_child(*p, "NNS", "ties");
  }));
}

TEST(LinkGrammarTrees, CoordinatedVerbsHaveAVerbPhraseEach) {
  PhraseNode tree = only_tree("Rebels fired rockets at the city and killed five civilians.");
  SCOPED_TRACE(bracketed(tree));
  const PhraseNode& clause = top_clause(tree);
  const int vp = child_index(clause, "VP");
  ASSERT_GE(vp, 0);
  const PhraseNode& coordination = clause.children[vp];
  ASSERT_EQ(coordination.children.size(), 3u);
  EXPECT_EQ(coordination.children[0].label, "VP");
  EXPECT_TRUE(has_leaf_child(coordination.children[0], "VBD", "fired"));
  EXPECT_TRUE(contains_word(coordination.children[0], "city"));
  EXPECT_EQ(coordination.children[1].label, "CC");
  EXPECT_EQ(coordination.children[2].label, "VP");
  EXPECT_EQ(coordination.children[2].children.front().word, "killed");
  EXPECT_TRUE(contains_word(coordination.children[2], "civilians"));
}

TEST(LinkGrammarTrees, SentenceTooLongToParseKeepsAllItsWordsInAFlatClause) {
  std::string text;
  for (int i = 0; i < 22; ++i) text += "the rebels and the soldiers fought in the north ";
  text += "said officials.";
  ASSERT_EQ(count_words(text), 200u);
  const auto started = std::chrono::steady_clock::now();
  PhraseNode tree = only_tree(text);
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started);
  EXPECT_LT(seconds.count(), 4.0);  // not parsed at all: over the word cap
  const PhraseNode& clause = top_clause(tree);
  std::vector<const PhraseNode*> leaves = leaves_of(tree);
  ASSERT_EQ(leaves.size(), 201u);
  EXPECT_EQ(clause.children.size(), 201u);  // flat
  std::string words;
  for (const PhraseNode* leaf : leaves) {
    EXPECT_FALSE(leaf->label.empty()) << leaf->word;
    words += (words.empty() || leaf->label == "." ? "" : " ") + leaf->word;
  }
  EXPECT_EQ(words, text);
  EXPECT_EQ(leaves[1]->label, "NNS");
  EXPECT_EQ(leaves.back()->label, ".");
}

TEST(LinkGrammarTrees, OneTreePerSentenceAndNoneForEmptyText) {
  std::vector<PhraseNode> trees = tree_parser().parse(
      "Arnor attacked Gondor on Monday. The U.S. condemned the attack.\n\nGondor's army "
      "withdrew.");
  ASSERT_EQ(trees.size(), 3u);
  EXPECT_EQ(leaves_of(trees[0]).front()->word, "Arnor");
  EXPECT_EQ(leaves_of(trees[1])[1]->word, "U.S.");
  EXPECT_EQ(leaves_of(trees[2]).back()->label, ".");
  for (const PhraseNode& tree : trees) EXPECT_EQ(tree.label, "ROOT");
  EXPECT_TRUE(tree_parser().parse("").empty());
  EXPECT_TRUE(tree_parser().parse(" \n\t ").empty());
}

}  // namespace
}  // namespace kroniek
