// What the PETRARCH/TABARI dictionary formats share: comments, phrases, codes in
// [brackets], dates, English word forms, and how a malformed line is handled.
// The loaders are in petrarch_actors.h, petrarch_verbs.h and petrarch_dictionaries.h.
#pragma once
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/dictionary_file.h"

namespace kroniek {

// What a loader does with a malformed line.
enum class MalformedLine {
  fail,  // throw DictionaryError naming the file and the line (the default)
  skip,  // leave the line out, together with the entry or verb block it begins, and list it
         // in the dictionary's `skipped`: what PETRARCH itself does with a warning. The
         // Phoenix files need this for a handful of lines (see BENCHMARKS.md).
};

struct PetrarchLoadOptions {
  MalformedLine malformed = MalformedLine::fail;
};

// A phrase as the dictionaries write it: words joined by '_' (they must follow each other
// in the text) or by blanks (other words may come between them, as in TABARI).
struct PetrarchPhrase {
  std::vector<std::string> words;  // as written (mostly upper case); never empty
  std::string joins;               // joins[i] joins words[i] and words[i + 1]: '_' or ' '
  // The phrase written back: "GRAND_DUCHY_OF_FREEDONIA", "PRESIDENT RUFUS_FIREFLY".
  std::string text() const;
};

namespace petrarch {

// A malformed line, before the loader adds the file and line number.
class LineError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads a dictionary file line by line, without its comments: '#' and the TABARI ';' up to
// the end of the line (though not inside [...], so the code "[###]" survives), "<!-- ... -->"
// within a line or over several lines, and lines that start with "<!". `text()` is the rest,
// trimmed; lines with nothing left are passed over. A "<!--" never closed is a LineError on
// its line.
class LineReader {
 public:
  explicit LineReader(const std::string& path);  // throws DictionaryError when unreadable
  bool next();
  int number() const { return number_; }
  std::string_view text() const { return line_; }
  const std::string& path() const { return path_; }

 private:
  void strip_comments(std::string_view raw);
  std::string path_, content_, line_;
  std::size_t pos_ = 0;
  int number_ = 0, comment_start_ = 0;
  bool in_xml_comment_ = false;
};

// Runs `handle` for every line; a LineError becomes a DictionaryError with file and line, or
// with MalformedLine::skip is appended to `skipped`, and `on_skip` is told so that the
// loader can pass over the rest of the entry.
template <class Handle, class OnSkip>
void for_each_line(LineReader& reader, const PetrarchLoadOptions& options,
                   std::vector<DictionaryError>& skipped, Handle handle, OnSkip on_skip) {
  auto record = [&](const LineError& e) {
    DictionaryError error(reader.path(), reader.number(), e.what());
    if (options.malformed == MalformedLine::fail) throw error;
    skipped.push_back(error);
  };
  while (true) {
    try {
      if (!reader.next()) return;
    } catch (const LineError& e) {  // an unclosed "<!--" at the end of the file
      return record(e);
    }
    try {
      handle(reader.text());
    } catch (const LineError& e) {
      record(e);
      on_skip();
    }
  }
}

// A line split at its codes: "NAME_ [A] [B <1990]  rest" gives "NAME_", {"A", "B <1990"}
// (trimmed, without the brackets) and "rest". Throws for a '[' without ']' or a nested '['.
struct Bracketed {
  std::string_view before;
  std::vector<std::string_view> codes;
  std::string_view after;  // what follows the last ']'
};
Bracketed split_brackets(std::string_view text);

// Words split at blanks and '_' (several in a row count as one); a '_' between two words
// is kept in `joins`. Throws when there is no word.
PetrarchPhrase parse_phrase(std::string_view text);

// A TABARI date, YYYYMMDD or YYMMDD (00-30 are 20YY, 31-99 19YY), as YYYY-MM-DD. Throws
// unless it is a real calendar date.
std::string parse_date(std::string_view digits);

std::string_view trim(std::string_view text);
std::vector<std::string_view> split_blanks(std::string_view text);
bool is_blank(char c);

// English word forms for entries that give no irregular ones (upper-case words, as in the
// dictionaries): "MINISTRY" -> "MINISTRIES", "CONGRESS" -> "CONGRESSES", "ENVOY" ->
// "ENVOYS"; "REACH" -> "REACHES", "REACHED", "REACHING"; "AGREE" -> "AGREED", "AGREEING";
// "MOVE" -> "MOVING". PETRARCH's rules, except that it also turned a vowel + Y into IES
// and did not add ES after CH, SH, X and Z.
std::string plural(std::string_view word);
std::string third_person(std::string_view verb);
std::string past(std::string_view verb);
std::string gerund(std::string_view verb);

}  // namespace petrarch
}  // namespace kroniek
