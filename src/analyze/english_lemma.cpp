#include "analyze/english_lemma.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <wn.h>

#include <mutex>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace kroniek {
namespace {

// One lock for all of WordNet: morphstr() keeps its state between calls in
// static variables and returns a static buffer.
std::mutex& wordnet_mutex() {
  static std::mutex mutex;
  return mutex;
}

// Opens the database on first use; the caller holds wordnet_mutex().
void open_wordnet_locked() {
  static bool opened = false;
  if (opened) return;
  if (wninit() != 0) {
    throw std::runtime_error(
        "cannot open the WordNet database (Debian package wordnet-base, /usr/share/wordnet; "
        "WNSEARCHDIR overrides the directory)");
  }
  opened = true;
}

int wordnet_pos_code(WordNetPos pos) {
  switch (pos) {
    case WordNetPos::kNoun:
      return NOUN;
    case WordNetPos::kVerb:
      return VERB;
    case WordNetPos::kAdjective:
      return ADJ;
    case WordNetPos::kAdverb:
      return ADV;
  }
  return NOUN;
}

// WordNet's functions take char*, not const char*.
std::vector<char> c_string(const std::string& word) {
  std::vector<char> buffer(word.begin(), word.end());
  buffer.push_back('\0');
  return buffer;
}

std::optional<WordNetPos> wordnet_pos_of_tag(std::string_view tag) {
  if (tag == "NN" || tag == "NNS") return WordNetPos::kNoun;
  if (tag.rfind("VB", 0) == 0) return WordNetPos::kVerb;
  if (tag.rfind("JJ", 0) == 0) return WordNetPos::kAdjective;
  if (tag == "RB" || tag == "RBR" || tag == "RBS") return WordNetPos::kAdverb;
  return std::nullopt;
}

// Tags of inflected forms: their lemma is always looked up. A base-form tag
// keeps a word WordNet knows as it is ("saw"/VB stays "saw", "saw"/VBD is "see").
bool is_inflected_tag(std::string_view tag) {
  return tag == "NNS" || tag == "VBD" || tag == "VBG" || tag == "VBN" || tag == "VBZ" ||
         tag == "JJR" || tag == "JJS" || tag == "RBR" || tag == "RBS";
}

std::string lower_case(const std::string& word) {
  std::string lowered;
  icu::UnicodeString::fromUTF8(word).toLower(icu::Locale::getEnglish()).toUTF8String(lowered);
  return lowered;
}

// `word` with each typographic apostrophe (U+2019) written as '.
std::string with_plain_apostrophes(std::string_view word) {
  constexpr std::string_view kTypographic = "\xE2\x80\x99";
  std::string plain;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (word.substr(i, kTypographic.size()) == kTypographic) {
      plain += '\'';
      i += kTypographic.size() - 1;
    } else {
      plain += word[i];
    }
  }
  return plain;
}

// Clitics of the Penn Treebank tokenization ("did n't", "they 're"), which
// WordNet has no entries for.
std::optional<std::string> clitic_lemma(std::string_view written, std::string_view tag) {
  std::string word = with_plain_apostrophes(written);
  if (word == "n't") return "not";
  if (word == "'ll") return "will";
  if (word == "'re" || word == "'m") return "be";
  if (word == "'ve") return "have";
  if (word == "'d") return tag == "MD" ? "would" : "have";
  if (word == "'s" && tag.rfind("VB", 0) == 0) return "be";
  if (tag == "MD" && word == "ca") return "can";
  if (tag == "MD" && word == "wo") return "will";
  if (tag == "MD" && word == "sha") return "shall";
  return std::nullopt;
}

}  // namespace

std::string wordnet_base_form(const std::string& word, WordNetPos pos) {
  std::lock_guard lock(wordnet_mutex());
  open_wordnet_locked();
  std::vector<char> buffer = c_string(word);
  // The first result is WordNet's preferred base ("axes" -> "ax" before "axis").
  const char* base = morphstr(buffer.data(), wordnet_pos_code(pos));
  return base != nullptr ? std::string(base) : std::string();
}

bool wordnet_has_lemma(const std::string& word, WordNetPos pos) {
  std::lock_guard lock(wordnet_mutex());
  open_wordnet_locked();
  std::vector<char> buffer = c_string(word);
  return in_wn(buffer.data(), wordnet_pos_code(pos)) != 0;
}

std::string english_lemma(const std::string& word, const std::string& ptb_tag) {
  if (ptb_tag == "NNP" || ptb_tag == "NNPS") return word;
  std::string lowered = lower_case(word);
  if (std::optional<std::string> clitic = clitic_lemma(lowered, ptb_tag)) return *clitic;
  std::optional<WordNetPos> pos = wordnet_pos_of_tag(ptb_tag);
  if (!pos) return lowered;
  if (!is_inflected_tag(ptb_tag) && wordnet_has_lemma(lowered, *pos)) return lowered;
  std::string base = wordnet_base_form(lowered, *pos);
  return base.empty() ? lowered : base;
}

}  // namespace kroniek
