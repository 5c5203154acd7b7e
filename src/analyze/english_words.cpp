#include "analyze/english_words.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

#include "analyze/english_lemma.h"

namespace kroniek {
namespace {

constexpr std::string_view kTypographicApostrophe = "\xE2\x80\x99";  // ’

// Any letter or digit, in any script ("Erdoğan", "٢٠").
bool has_letter_or_digit(std::string_view word) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
  const auto length = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && u_isalnum(c)) return true;
  }
  return false;
}

bool ends_with(std::string_view word, std::string_view suffix) {
  return word.size() > suffix.size() && word.ends_with(suffix);
}

const std::unordered_map<std::string_view, std::string_view>& closed_classes() {
  static const std::unordered_map<std::string_view, std::string_view> kTags = [] {
    std::unordered_map<std::string_view, std::string_view> tags;
    auto add = [&tags](std::string_view tag, std::initializer_list<std::string_view> words) {
      for (std::string_view word : words) tags.emplace(word, tag);
    };
    add("DT", {"the", "a", "an", "this", "these", "those", "every", "each", "some", "any", "no",
               "another", "all", "both", "either", "neither"});
    add("PRP",
        {"i", "you", "he", "she", "it", "we", "they", "me", "him", "us", "them", "myself",
         "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves"});
    add("PRP$", {"my", "your", "his", "her", "its", "our", "their"});
    add("WP", {"who", "whom", "what"});
    add("WP$", {"whose"});
    add("WDT", {"which", "whichever", "whatever"});
    add("WRB", {"when", "where", "why", "how", "whenever", "wherever"});
    add("MD", {"can", "could", "will", "would", "shall", "should", "may", "might", "must", "ca",
               "wo", "sha", "'ll", "'d"});
    add("CC", {"and", "or", "but", "nor", "&"});
    add("TO", {"to"});
    add("JJR", {"more", "less"});
    add("JJS", {"most", "least"});
    add("IN",
        {"of",      "in",         "on",      "at",      "by",       "for",     "with",    "from",
         "into",    "onto",       "upon",    "about",   "against",  "among",   "amid",    "between",
         "through", "throughout", "during",  "after",   "before",   "since",   "until",   "till",
         "over",    "under",      "across",  "along",   "around",   "behind",  "beyond",  "despite",
         "except",  "inside",     "outside", "toward",  "towards",  "without", "within",  "via",
         "per",     "than",       "as",      "because", "although", "though",  "while",   "whether",
         "if",      "unless",     "whereas", "near",    "below",    "above",   "beneath", "beside",
         "that"});
    add("RB",
        {"not",    "n't",     "never",  "also",    "very",  "too",    "just",  "only", "even",
         "still",  "already", "now",    "then",    "here",  "there",  "again", "ago",  "soon",
         "later",  "almost",  "nearly", "perhaps", "often", "always", "ever",  "yet",  "quite",
         "rather", "up",      "down",   "out",     "off",   "away",   "back"});
    add("NNS", {"hundreds", "thousands", "millions", "billions", "dozens", "tens", "scores"});
    add("CD", {"one",      "two",     "three",     "four",     "five",     "six",      "seven",
               "eight",    "nine",    "ten",       "eleven",   "twelve",   "thirteen", "fourteen",
               "fifteen",  "sixteen", "seventeen", "eighteen", "nineteen", "twenty",   "thirty",
               "forty",    "fifty",   "sixty",     "seventy",  "eighty",   "ninety",   "hundred",
               "thousand", "million", "billion",   "trillion", "dozen"});
    // Forms of the auxiliaries: their tag is their form.
    add("VBZ", {"is", "has", "does", "'s"});
    add("VBP", {"are", "am", "'re", "'m", "'ve", "have", "do"});
    add("VBD", {"was", "were", "had", "did"});
    add("VB", {"be"});
    add("VBN", {"been"});
    add("VBG", {"being"});
    return tags;
  }();
  return kTags;
}

// Where `word` ends in `suffix` (ASCII; its ' may be written ’), case aside,
// leaving a stem of at least one byte; npos when it does not.
std::size_t suffix_start(std::string_view word, std::string_view suffix) {
  std::string typographic(suffix);
  if (std::size_t quote = typographic.find('\''); quote != std::string::npos) {
    typographic.replace(quote, 1, kTypographicApostrophe);
  }
  for (std::string_view form : {suffix, std::string_view(typographic)}) {
    if (word.size() <= form.size()) continue;
    std::string_view tail = word.substr(word.size() - form.size());
    bool same = std::equal(tail.begin(), tail.end(), form.begin(), [](char a, char b) {
      return std::tolower(static_cast<unsigned char>(a)) == static_cast<unsigned char>(b);
    });
    if (same) return word.size() - form.size();
  }
  return std::string_view::npos;
}

std::string proper_noun_tag(std::string_view word) {
  std::string lower = plain_lower(word);
  std::string base = wordnet_base_form(lower, WordNetPos::kNoun);
  return !base.empty() && base != lower ? "NNPS" : "NNP";
}

}  // namespace

std::string plain_lower(std::string_view word) {
  std::string lower;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (word.substr(i, kTypographicApostrophe.size()) == kTypographicApostrophe) {
      lower += '\'';
      i += kTypographicApostrophe.size() - 1;
    } else {
      lower += static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
    }
  }
  return lower;
}

bool is_capitalized(std::string_view word) {
  auto upper = [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; };
  if (word.empty()) return false;
  if (upper(word.front())) return true;
  // "al-Assad", "el-Sisi", "bin-Laden": an Arabic article or "son of" joined
  // to a name (not "pro-Russian").
  static const std::unordered_set<std::string_view> kParticles = {
      "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "bin", "ibn", "abu"};
  const std::size_t hyphen = word.find('-');
  return hyphen != std::string_view::npos && hyphen + 1 < word.size() && upper(word[hyphen + 1]) &&
         kParticles.contains(word.substr(0, hyphen));
}

std::optional<std::string> punctuation_tag(std::string_view word, bool opens) {
  if (word.empty() || has_letter_or_digit(word)) return std::nullopt;
  static const std::unordered_map<std::string_view, std::string_view> kMarks = {
      {"\xE2\x80\x9C", "``"}, {"\xE2\x80\x9E", "``"}, {"\xC2\xAB", "``"},
      {"\xE2\x80\x98", "``"}, {"\xE2\x80\x9D", "''"}, {"\xC2\xBB", "''"},
      {"\xE2\x80\x99", "''"}, {"\xE2\x80\x94", ":"},  {"\xE2\x80\x93", ":"},
      {"\xE2\x80\xA6", ":"},  {"\xE2\x82\xAC", "$"},  {"\xC2\xA3", "$"}};
  if (auto it = kMarks.find(word); it != kMarks.end()) return std::string(it->second);
  if (word == "." || word == "!" || word == "?") return ".";
  if (word == ",") return ",";
  if (word == ":" || word == ";" || word == "-" || word == "--" || word == "...") return ":";
  if (word == "(" || word == "[" || word == "{") return "-LRB-";
  if (word == ")" || word == "]" || word == "}") return "-RRB-";
  if (word == "\"" || word == "'" || word == "`" || word == "``" || word == "''") {
    if (word == "``" || word == "`") return "``";
    if (word == "''") return "''";
    return opens ? "``" : "''";
  }
  if (word == "$") return "$";
  if (word == "#") return "#";
  if (word == "%") return "NN";
  if (word == "&") return "CC";
  return "SYM";
}

bool is_number(std::string_view word) {
  if (word.empty() || !std::isdigit(static_cast<unsigned char>(word.front()))) return false;
  std::string_view digits = word;
  if (ends_with(digits, "s")) digits.remove_suffix(1);  // "1990s"
  for (unsigned char c : digits) {
    if (!std::isdigit(c) && c != ',' && c != '.' && c != '/' && c != ':') return false;
  }
  return std::isdigit(static_cast<unsigned char>(digits.back())) != 0;
}

std::optional<std::string> closed_class_tag(std::string_view lower) {
  const auto& tags = closed_classes();
  if (auto it = tags.find(lower); it != tags.end()) return std::string(it->second);
  return std::nullopt;
}

std::string guess_tag(std::string_view word, bool sentence_initial) {
  if (std::optional<std::string> mark = punctuation_tag(word, sentence_initial)) return *mark;
  if (is_number(word)) return "CD";
  std::string lower = plain_lower(word);
  if (std::optional<std::string> closed = closed_class_tag(lower)) return *closed;
  if (is_capitalized(word) && !sentence_initial) return proper_noun_tag(word);
  std::string verb_base = wordnet_base_form(lower, WordNetPos::kVerb);
  if (ends_with(lower, "ing") && !verb_base.empty()) return "VBG";
  if (ends_with(lower, "ed") && !verb_base.empty()) return "VBD";
  if (ends_with(lower, "ly") && wordnet_has_lemma(lower, WordNetPos::kAdverb)) return "RB";
  if (wordnet_has_lemma(lower, WordNetPos::kNoun)) return "NN";
  std::string noun_base = wordnet_base_form(lower, WordNetPos::kNoun);
  if (!noun_base.empty() && noun_base != lower) return "NNS";
  if (!verb_base.empty() && verb_base != lower) return ends_with(lower, "s") ? "VBZ" : "VBD";
  if (wordnet_has_lemma(lower, WordNetPos::kAdjective)) return "JJ";
  if (wordnet_has_lemma(lower, WordNetPos::kVerb)) return "VB";
  if (wordnet_has_lemma(lower, WordNetPos::kAdverb)) return "RB";
  return is_capitalized(word) ? proper_noun_tag(word) : "NN";
}

std::vector<std::size_t> clitic_pieces(std::string_view word, bool possessives_too) {
  auto split_at = [&](std::size_t stem) -> std::vector<std::size_t> {
    return {stem, word.size() - stem};
  };
  const std::string lower = plain_lower(word);
  if (lower == "cannot") return split_at(3);
  if (lower == "can't" || lower == "won't") return split_at(2);  // "ca"/"wo" "n't", as the PTB
  if (std::size_t at = suffix_start(word, "n't"); at != std::string_view::npos) return split_at(at);
  if (!possessives_too) return {word.size()};
  for (std::string_view clitic : {"'s", "'re", "'ve", "'ll", "'d", "'m", "'"}) {
    std::size_t at = suffix_start(word, clitic);
    // A bare apostrophe only after a plural s: "soldiers'", not "rock 'n' roll".
    if (at != std::string_view::npos && (clitic != "'" || word[at - 1] == 's')) return split_at(at);
  }
  return {word.size()};
}

std::vector<std::size_t> mark_pieces(std::string_view marks) {
  if (marks == "..." || marks == "--" || marks == "``" || marks == "''") return {marks.size()};
  std::vector<std::size_t> pieces;
  for (std::size_t i = 0; i < marks.size();) {
    std::size_t length = 1;  // one UTF-8 code point: its lead byte tells its length
    const auto lead = static_cast<unsigned char>(marks[i]);
    if (lead >= 0xF0) {
      length = 4;
    } else if (lead >= 0xE0) {
      length = 3;
    } else if (lead >= 0xC0) {
      length = 2;
    }
    length = std::min(length, marks.size() - i);
    pieces.push_back(length);
    i += length;
  }
  return pieces;
}

}  // namespace kroniek
