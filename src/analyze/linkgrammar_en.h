// English analysis with link-grammar (liblink-grammar, in process, the "en"
// dictionary), ICU's sentence splitter and WordNet lemmas.
//
// Per document: ICU splits the text into sentences (English rules and ICU's
// list of abbreviations such as "Mr.", plus the news abbreviations in
// linkgrammar_en.cpp such as "U.S." and "Gen."). Per sentence: link-grammar
// parses within a time limit; when no complete linkage is found it parses
// again allowing words without links (null links); the best linkage gives
// the tokens (its words, byte offsets into Document::text), a Penn Treebank
// tag per token, the lemma (english_lemma) and a dependency tree. A sentence
// that still has no linkage, or that is longer than the word cap, keeps its
// tokens (ICU word boundaries) with tags guessed from WordNet and word shape,
// head -1 and an empty relation: it is never lost.
//
// Tokens follow the Penn Treebank: "didn't" is "did" + "n't" (which depends
// on "did" as mod), "Russia's" is "Russia" + "'s"; NER is "O" for every token
// (link-grammar has no entity recognizer).
//
// Tags: punctuation, numbers and closed-class words (determiners, pronouns,
// modals, auxiliaries, prepositions, coordinators, wh-words) from their form;
// the other words from link-grammar's subscript (.n noun, .v/.q/.w verb,
// .a adjective, .e adverb, .l/.m/.f/.b location and name, .g gerund, .p
// plural, -d past, -c/-s comparative/superlative) or guessed class
// (CAPITALIZED-WORDS, NUMBERS, ...), refined by the word's links (the right
// word of a K link is a particle RP, the left word of a J link a preposition
// IN, a participle under "have"/"be" VBN) and WordNet morphology (plural NNS,
// VBZ, VBD).
//
// Dependencies from links. Link-grammar links are undirected; each family
// gets a direction (which word depends on which) and an Alpino relation, the
// labels Frog gives for Dutch (see ptb.h for what they mean):
//   S, SX, SF        subject - verb:          the subject is su of the verb;
//                    from a relative pronoun ("who leads") the verb is body
//                    of the pronoun instead
//   SI, SXI, SFI     verb - inverted subject: the subject is su of the verb
//   O, OD, OT, ON    verb - object:           the object is obj1 (the nearer
//                                             of two objects is obj2)
//   OF               "afraid of":             "of" is mod
//   J, JT, JQ        preposition - object:    the object is obj1 of it
//   MV               verb - modifier after it (prepositions, adverbs,
//                    subordinators, purpose "to"): mod of the verb; with J
//                    the preposition is mod of the verb, its object obj1 of it
//   M                noun - modifier after it: mod of the noun
//   MX               noun - apposition between commas: app (mod for a
//                    relative pronoun "which")
//   D, DD, DG        determiner - noun:       det of the noun (DT "last
//                    week": mod); for "Russia's army" (YS + D) the possessor
//                    "Russia" is det of "army" and "'s" mod of "Russia"
//   A, AN, AA, AM    adjective / noun modifier - noun: mod of the noun
//   E, EA, EE, EC,   adverb - what it modifies (after it): mod
//   EN, EL, EZ
//   EB, EF           verb/adjective - adverb after it ("is not"): mod
//   N                "not" after an auxiliary: mod
//   G                name part - name part ("Sergei Lavrov"): the earlier
//                    part is mod of the last
//   K                verb - particle:         svp ("gave up")
//   I                modal/"do"/"to" - infinitive: vc (IV, which doubles
//                    TO + I, is not used)
//   PP               "have" - participle:     vc
//   P                "be" - complement: Pv (passive) and Pg (progressive) vc,
//                    Pa before a participle vc, Pa/Pp otherwise predc
//   TO, TH, TS, QI   verb - "to"/"that"/"whether": vc
//   C                subordinator - subject:  not used (the subject hangs
//                    from its verb)
//   CV               subordinator/complementizer - clause verb: body
//   CO               opener - subject:        mod of the subject's verb
//   R, RS            noun - relative pronoun: mod; RS pronoun - verb: body
//                    (as Frog gives "die ... woont")
//   B                relative/wh pronoun - verb: body; noun - verb of a
//                    relative clause without pronoun: mod of the noun
//   SJ, VJ, AJ, RJ,  conjunct - coordinator: cnj (the coordinator heads the
//   MJ, JJ, ...      coordination and takes its place in the sentence)
//   X, ZZZ, QU       punctuation, quotes:     punct (a clause after a colon,
//                    "said: \"We ...\"", takes the colon's place)
//   W (WV, Wi, Wa,   the wall - the main verb (or head of a fragment): that
//   Wq, ...), CP, CQ word's verb chain top is the ROOT; a clause the wall
//                    links as reported speech (CP/CQ: "..., the ministry
//                    said") makes "said" the root and the other clause its
//                    vc; a coordinator the wall links (Xx + WV) heads both
//                    clauses
//   Wd, RW           not used (the subject hangs from its verb)
//   any other        the left word is mod of the right word
// Where a word gets several heads, the stronger family wins (conjuncts, then
// verb chains, then subjects and objects, then clause bodies, then
// modifiers); a clause hangs by the top of its verb chain ("who have
// attacked": "have" is the body); a link that would close a cycle is
// skipped; punctuation heads nothing (but a comma that coordinates, whose
// conjuncts go to the list's coordinator); a word without head hangs from the
// root (punct or mod).
//
// Creating the analyzer loads the dictionary once (about a second); it is
// then safe to reuse for any number of documents, also from several threads
// at once (each call has its own parse options; the dictionary is shared, as
// link-grammar allows). Loading the dictionary sets the process's LC_CTYPE
// to C.UTF-8, which link-grammar needs for UTF-8 text.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/analyzer.h"
#include "core/phrase_tree.h"

namespace kroniek {

struct LinkGrammarOptions {
  // Time for one sentence, in seconds: the parse without null links gets it,
  // the parse with null links what is left of it (at least one second).
  int max_parse_seconds = 3;
  // Sentences with more words (link-grammar's count) are tagged without
  // parsing: search time grows with the cube of the length and much faster
  // with null links, and such sentences are mostly lists and tables.
  int max_parsed_words = 70;
};

// Loads link-grammar's English dictionary. Throws std::runtime_error when it
// cannot be loaded.
std::unique_ptr<Analyzer> make_linkgrammar_analyzer(LinkGrammarOptions options = {});

// A linkage as plain data: link-grammar's words as it writes them
// ("attacked.v-d", "Idlib[!<CAPITALIZED-WORDS>]", "[he]" for a null-linked
// word, "LEFT-WALL") with their byte ranges in the sentence text, and links
// between word indexes.
struct LinkGrammarWord {
  std::string word;
  std::size_t start = 0, end = 0;
};
struct LinkGrammarLink {
  std::string label;  // "Ss*s", "MVp", "Js"
  std::size_t left = 0, right = 0;
};

// Turns a linkage of the sentence `text` into a sentence: tokens, tags,
// lemmas and dependencies as described above; offsets are `text_offset` plus
// the byte ranges. What the analyzer does with each parse, exposed for tests.
Sentence sentence_from_linkage(const std::vector<LinkGrammarWord>& words,
                               const std::vector<LinkGrammarLink>& links, std::string_view text,
                               std::size_t text_offset);

// Constituent trees of English text for coding with PETRARCH dictionaries,
// which are written against Penn Treebank phrases (petrarch_coder.h), for text
// that comes without a parse.
//
// The sentences are the analyzer's and so is their parse (the same time
// limits, null-link retry and choice of linkage); each tree is ROOT over
// link-grammar's constituent tree of the linkage
// (linkage_print_constituent_tree), with its labels (S, NP, VP, PP, SBAR,
// ADJP, ADVP, WHNP, ...). The leaves are the analyzer's tokens with their
// Penn Treebank tags, numbered from 0 in `token`: clitics split off in the
// same phrase ("(NP (NNP Gondor) (POS 's))", "(VBD did) (RB n't)"), commas
// "," and the full stop "." (LEFT-WALL and RIGHT-WALL are left out).
//
// Link-grammar shapes some phrases its own way; they are repaired to read as
// a Stanford parse, because PETRARCH's coder takes a verb phrase's first word
// as its verb and its actors from noun phrases (linkgrammar_en.cpp shows each
// case): the final full stop goes to the top clause; a reporting clause
// ("..., a senior official said.", linked CP/CQ from the wall) goes from deep
// in the report to the top clause; prepositional phrases without preposition
// and a reporting verb's subjectless clause inside its verb phrase dissolve;
// adverbs between an auxiliary and its verb phrase ("did not take") join the
// auxiliary's phrase; bare verbs in a clause head a verb phrase, coordinated
// verbs get one each; bare nouns in a clause, verb or prepositional phrase
// ("(S Arnor (VP is ...))") get their noun phrase. A sentence without linkage
// (too long, out of time) is ROOT over a flat S of its tagged tokens: it is
// never lost.
//
// Like the analyzer, creating it loads the dictionary (about a second) and
// throws std::runtime_error when it cannot; parse is safe from several
// threads at once.
class LinkGrammarTreeParser {
 public:
  explicit LinkGrammarTreeParser(LinkGrammarOptions options = {});
  ~LinkGrammarTreeParser();
  LinkGrammarTreeParser(const LinkGrammarTreeParser&) = delete;
  LinkGrammarTreeParser& operator=(const LinkGrammarTreeParser&) = delete;

  // One tree per sentence of `text` (the same sentence splitting as the
  // analyzer), e.g. "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP
  // Gondor))) (. .)))" for "Arnor attacked Gondor.".
  std::vector<PhraseNode> parse(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<const Impl> impl_;
};

// Tokens of a sentence that has no linkage: ICU word boundaries, clitics split
// off ("did" + "n't"), tags guessed from WordNet and word shape, head -1 and
// an empty relation.
Sentence tag_without_parse(std::string_view text, std::size_t text_offset);

}  // namespace kroniek
