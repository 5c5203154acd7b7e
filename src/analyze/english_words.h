// What an English word's form alone says about its Penn Treebank tag:
// punctuation, numbers and closed-class words, and a guess for any word
// from WordNet and its shape when no parse says more. Used by the
// link-grammar analyzer (linkgrammar_en.h).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kroniek {

// The tag of a punctuation mark or symbol (".", ",", ":", "-LRB-", "``",
// "$", "SYM" ...), or nullopt for a word with a letter or digit. A straight
// quote is "``" when `opens` (it starts a quotation) and "''" otherwise.
std::optional<std::string> punctuation_tag(std::string_view word, bool opens);

// Digits with optional separators: "25", "700,000", "2.3", "1990s", "3/4/2020",
// "10:30".
bool is_number(std::string_view word);

// The usual tag of a closed-class word (lower case, plain apostrophes):
// "the" DT, "he" PRP, "his" PRP$, "which" WDT, "can" MD, "and" CC, "to" TO,
// "of" IN, "not" RB, "was" VBD, "seven" CD; nullopt for open-class words.
// Context decides some of them ("that", "her", "'s", "there"); the caller
// refines those.
std::optional<std::string> closed_class_tag(std::string_view lower);

// A tag for a word no parse has placed: the above, then capitalisation (NNP,
// NNPS unless `sentence_initial`), then WordNet: -ing and -ed forms of verbs,
// nouns (NN, NNS), adjectives, verbs, adverbs; NN for what nothing knows.
std::string guess_tag(std::string_view word, bool sentence_initial);

// Begins with a capital letter (ASCII), or is a name after an Arabic article
// and a hyphen: "al-Assad", "el-Sisi" (but not "pro-Russian").
bool is_capitalized(std::string_view word);

// ASCII lower case with typographic apostrophes (U+2019) made plain: the key
// for closed_class_tag.
std::string plain_lower(std::string_view word);

// The Penn Treebank pieces of a word, as byte lengths: "didn't" -> 3, 3
// ("did" "n't"), "can't" -> "ca" "n't", "cannot" -> "can" "not". With
// `possessives_too`, also "Russia's" -> "Russia" "'s", "soldiers'" ->
// "soldiers" "'", and "they're", "we've", "he'll", "I'd", "I'm". A word with
// nothing to split is one piece.
std::vector<std::size_t> clitic_pieces(std::string_view word, bool possessives_too);

// The marks of a run of punctuation that a tokenizer left together, as byte
// lengths: ".\"" -> 1, 1. "...", "--", "``", "''" and single marks are one piece.
std::vector<std::size_t> mark_pieces(std::string_view marks);

}  // namespace kroniek
