// Penn Treebank trees, as PETRARCH XML gives them in <Parse> (Stanford
// parser output), read into kroniek sentences: a pre-parsed input skips the
// analyzer.
//
// Tokens are the tree's leaves (empty elements, -NONE-, dropped) with the
// tag as written ("VBD", "NNP", "-LRB-"), a lemma from english_lemma, NER
// "O", and byte offsets found by aligning the leaves to the sentence text
// (escapes such as -LRB- and `` are matched to what the text writes, split
// clitics such as "n't" and "'s" to their part of the word).
//
// Dependencies come from the constituents: each phrase's head child is
// chosen by a head table in the manner of Collins (1999) and Magerman (1995),
// written for kroniek (auxiliaries head their verb chain, prepositions head
// their phrase, complementizers and relative pronouns head their clause, a
// coordinator heads its conjuncts), and every other child's head word depends
// on the phrase's head word. Relations use the Alpino labels Frog gives for
// Dutch where English has the same thing:
//   su     subject: a noun phrase before the verb phrase of a clause, or after
//          the verb of an inverted clause (SINV)
//   obj1   direct object (the noun phrase after a verb), and a preposition's
//          object
//   obj2   indirect object (the first of two noun phrases after a verb)
//   predc  predicate after a copula ("be", "become", "remain", "seem" ...)
//   vc     verbal complement: the verb phrase under an auxiliary, modal or
//          "to"; a complement clause ("said that ...", "wants to ...")
//   body   the clause under its complementizer or relative pronoun
//   svp    verb particle (PRT, RP: "gave up")
//   det    determiners (DT, PRP$, WDT, WP$), possessors ("Russia's"),
//          numbers before the noun
//   app    apposition (a noun phrase after a comma: "Lavrov, the minister")
//   cnj    conjunct (depends on its coordinator); crd: a further coordinator
//   mod    every other modifier (adjectives, adverbs, prepositional phrases,
//          relative and adverbial clauses, noun modifiers)
//   punct  punctuation
//   ROOT   the sentence's head word (head -1)
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/phrase_tree.h"
#include "core/sentence.h"

namespace kroniek {

// One sentence of a pre-parsed document (core/document.h): its text, which may
// be empty (the tree's words stand in, ptb_words_text), and its bracketed tree.
using PtbSentence = ParsedSentence;

// Reads a bracketed tree as written, without the empty elements (-NONE-) and
// the phrases they leave empty. Throws std::invalid_argument naming the byte
// position for a malformed tree.
PhraseNode read_ptb_tree(std::string_view tree);

// Parses one tree into a sentence whose token offsets are `text_offset` plus
// the position of each word in `text`. Throws std::invalid_argument naming the
// byte position for a malformed tree (empty, unbalanced brackets, a node
// without a tag or without words, text after the tree).
Sentence parse_ptb_sentence(std::string_view tree, std::string_view text,
                            std::size_t text_offset = 0);

// The words of a tree's leaves with escapes undone ("-LRB-" -> "(", "``" ->
// "\""), joined by one space: the text of a sentence given only as a parse.
// Throws std::invalid_argument for a malformed tree.
std::string ptb_words_text(std::string_view tree);

// A document text for `sentences`: each sentence's text (or its tree's words
// when the text is empty), trimmed, joined by one space.
std::string ptb_document_text(const std::vector<PtbSentence>& sentences);

// Parses every sentence of a document into sentences indexed 0, 1, ...
// `document_text` must hold the sentences' texts in order (as
// ptb_document_text makes it); offsets point into it. Throws
// std::invalid_argument naming the sentence for a malformed tree or a text
// that is not in `document_text`.
AnalyzedDocument parse_ptb_document(const std::vector<PtbSentence>& sentences,
                                    const std::string& document_text);

}  // namespace kroniek
