// English lemmas from WordNet's morphology (libwordnet, the C library of
// Princeton WordNet 3.0): regular inflections by its detachment rules,
// irregular forms ("went", "children", "fled") from its exception lists.
//
// WordNet keeps global state (open files, static buffers), so every call
// takes one process-wide lock; the database is opened on first use.
#pragma once
#include <string>

namespace kroniek {

// WordNet's four word classes.
enum class WordNetPos { kNoun, kVerb, kAdjective, kAdverb };

// The lemma of `word` as tagged `ptb_tag` (Penn Treebank): "attacked"/VBD ->
// "attack", "went"/VBD -> "go", "children"/NNS -> "child", "better"/JJR ->
// "good". Lower-cased, except proper nouns (NNP, NNPS), which keep their form.
// Words WordNet does not know keep their lower-cased form; clitics get their
// full word ("n't" -> "not", "'ll" -> "will"). Thread-safe. Throws
// std::runtime_error when the WordNet database cannot be opened.
std::string english_lemma(const std::string& word, const std::string& ptb_tag);

// The base form WordNet gives for `word` as an inflected form of `pos`
// ("troops" -> "troop"), or "" when `word` is no inflected form of that class
// WordNet knows (it may be a base form itself). `word` must be lower case.
std::string wordnet_base_form(const std::string& word, WordNetPos pos);

// True when `word` (lower case) is itself a lemma of `pos` in WordNet.
bool wordnet_has_lemma(const std::string& word, WordNetPos pos);

}  // namespace kroniek
