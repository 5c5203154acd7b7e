// Sentences too long for the parsers. News sentences run to some sixty words;
// a stretch of thousands without a sentence end (a table, a list of names,
// text without punctuation) takes Frog's taggers minutes and overruns
// link-grammar's word arrays (it corrupts memory past 254 words). Such a
// stretch is cut into pieces the parsers can take, and the user is told.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kroniek {

// At most this many parser units (a word, plus one for each punctuation mark
// in it, which the tokenizers split off) between two sentence ends.
constexpr std::size_t kMaxSentenceUnits = 120;

// The byte offsets in `text` of the words that must begin a new piece so that
// no stretch between sentence ends (., !, ? or a blank line) has more than
// `max_units` units; empty for ordinary text.
std::vector<std::size_t> sentence_cuts(std::string_view text,
                                       std::size_t max_units = kMaxSentenceUnits);

// `text` with a blank line (a paragraph end to a tokenizer) before each cut.
std::string with_blank_lines_at(std::string_view text, const std::vector<std::size_t>& cuts);

// Words longer than this many bytes (no word of news is; a URL, a hash,
// garbage may be) overrun link-grammar's word buffers: a sentence with one is
// tagged without a parse.
constexpr std::size_t kMaxWordBytes = 120;
bool has_overlong_word(std::string_view text, std::size_t max_bytes = kMaxWordBytes);

// What the user is told about the cuts in a document.
std::string cut_warning(std::size_t cuts, std::size_t max_units = kMaxSentenceUnits);

}  // namespace kroniek
