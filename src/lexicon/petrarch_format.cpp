#include "lexicon/petrarch_format.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/date.h"
#include "core/utf8.h"

namespace kroniek {

std::string PetrarchPhrase::text() const {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += joins[i - 1];
    out += words[i];
  }
  return out;
}

namespace petrarch {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
  return text;
}

std::vector<std::string_view> split_blanks(std::string_view text) {
  std::vector<std::string_view> parts;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_blank(text[i])) ++i;
    std::size_t start = i;
    while (i < text.size() && !is_blank(text[i])) ++i;
    if (i > start) parts.push_back(text.substr(start, i - start));
  }
  return parts;
}

LineReader::LineReader(const std::string& path) : path_(path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DictionaryError(path, 0, "cannot open file");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  content_ = std::move(bytes).str();
  if (content_.starts_with("\xEF\xBB\xBF")) pos_ = 3;  // a UTF-8 byte order mark
  if (const std::size_t bad = first_invalid_utf8(content_); bad != std::string::npos) {
    // The bad byte is no line end (ASCII is valid), so the line starts after
    // the last one before it.
    const std::size_t line_end = content_.rfind('\n', bad);
    const std::size_t column = line_end == std::string::npos ? bad : bad - line_end - 1;
    const auto line = 1 + std::count(content_.begin(), content_.begin() + bad, '\n');
    throw DictionaryError(path, static_cast<int>(line),
                          "invalid UTF-8 at byte " + std::to_string(column));
  }
}

bool LineReader::next() {
  while (pos_ < content_.size()) {
    std::size_t end = content_.find('\n', pos_);
    if (end == std::string::npos) end = content_.size();
    std::string_view raw(content_.data() + pos_, end - pos_);
    pos_ = end + 1;
    ++number_;
    if (!in_xml_comment_) comment_start_ = number_;
    strip_comments(raw);
    if (!line_.empty()) return true;
  }
  if (in_xml_comment_) {
    in_xml_comment_ = false;
    number_ = comment_start_;
    throw LineError("'<!--' is never closed with '-->'");
  }
  return false;
}

// Copies `raw` into line_ without comments. A multi-line "<!-- ... -->" comment keeps
// in_xml_comment_ set until the line that closes it.
void LineReader::strip_comments(std::string_view raw) {
  line_.clear();
  if (!in_xml_comment_ && trim(raw).substr(0, 2) == "<!" && trim(raw).substr(0, 4) != "<!--") {
    return;  // "<! -- ... -->": PETRARCH skips every line that starts with "<!"
  }
  bool in_brackets = false;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (in_xml_comment_) {
      std::size_t close = raw.find("-->", i);
      if (close == std::string_view::npos) break;
      in_xml_comment_ = false;
      i = close + 2;
      continue;
    }
    char c = raw[i];
    if (c == '<' && raw.substr(i, 4) == "<!--") {
      in_xml_comment_ = true;
      i += 3;
      continue;
    }
    if (!in_brackets && (c == '#' || c == ';')) break;
    if (c == '[') in_brackets = true;
    if (c == ']') in_brackets = false;
    line_ += c;
  }
  line_ = std::string(trim(line_));
}

Bracketed split_brackets(std::string_view text) {
  Bracketed out;
  std::size_t open = text.find('[');
  out.before = trim(text.substr(0, open));
  if (open == std::string_view::npos) return out;
  std::size_t i = open;
  while (i < text.size()) {
    std::size_t close = text.find(']', i);
    if (close == std::string_view::npos) throw LineError("'[' without ']'");
    std::string_view inside = text.substr(i + 1, close - i - 1);
    if (inside.find('[') != std::string_view::npos) throw LineError("'[' inside [...]");
    out.codes.push_back(trim(inside));
    i = close + 1;
    while (i < text.size() && is_blank(text[i])) ++i;
    if (i < text.size() && text[i] != '[') break;
  }
  out.after = trim(text.substr(std::min(i, text.size())));
  return out;
}

PetrarchPhrase parse_phrase(std::string_view text) {
  PetrarchPhrase phrase;
  char pending_join = 0;  // the strongest connector seen since the last word
  std::size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (is_blank(c) || c == '_') {
      if (pending_join != '_') pending_join = (c == '_') ? '_' : ' ';
      ++i;
      continue;
    }
    std::size_t start = i;
    while (i < text.size() && !is_blank(text[i]) && text[i] != '_') ++i;
    if (!phrase.words.empty()) phrase.joins += pending_join ? pending_join : ' ';
    phrase.words.emplace_back(text.substr(start, i - start));
    pending_join = 0;
  }
  if (phrase.words.empty()) throw LineError("no words in the phrase");
  return phrase;
}

static bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string parse_date(std::string_view digits) {
  if (!all_digits(digits) || (digits.size() != 6 && digits.size() != 8)) {
    throw LineError("date '" + std::string(digits) + "' is not YYYYMMDD or YYMMDD");
  }
  std::string year;
  if (digits.size() == 6) {
    year = (digits.substr(0, 2) <= "30" ? "20" : "19") + std::string(digits.substr(0, 2));
    digits.remove_prefix(2);
  } else {
    year = std::string(digits.substr(0, 4));
    digits.remove_prefix(4);
  }
  std::string iso =
      year + "-" + std::string(digits.substr(0, 2)) + "-" + std::string(digits.substr(2, 2));
  if (!is_iso_date(iso)) throw LineError("date '" + iso + "' is not in the calendar");
  return iso;
}

static bool is_vowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

static bool ends_with(std::string_view word, std::string_view end) {
  return word.size() >= end.size() && word.substr(word.size() - end.size()) == end;
}

// Y after a consonant turns into I before an ending: "RALLY" -> "RALLIES", "RALLIED".
static bool consonant_y(std::string_view word) {
  return word.size() >= 2 && word.back() == 'Y' && !is_vowel(word[word.size() - 2]);
}

static bool sibilant(std::string_view word) {
  return ends_with(word, "S") || ends_with(word, "X") || ends_with(word, "Z") ||
         ends_with(word, "CH") || ends_with(word, "SH");
}

std::string plural(std::string_view word) {
  std::string w(word);
  if (consonant_y(word)) return w.substr(0, w.size() - 1) + "IES";
  if (sibilant(word)) return w + "ES";
  return w + "S";
}

std::string third_person(std::string_view verb) { return plural(verb); }

std::string past(std::string_view verb) {
  std::string v(verb);
  if (ends_with(verb, "E")) return v + "D";
  if (consonant_y(verb)) return v.substr(0, v.size() - 1) + "IED";
  return v + "ED";
}

// PETRARCH drops the final E unless a vowel stands before it: "MOVING", but "AGREEING".
std::string gerund(std::string_view verb) {
  std::string v(verb);
  if (v.size() >= 2 && v.back() == 'E' && !is_vowel(v[v.size() - 2])) {
    return v.substr(0, v.size() - 1) + "ING";
  }
  return v + "ING";
}

}  // namespace petrarch
}  // namespace kroniek
