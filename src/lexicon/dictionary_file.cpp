#include "lexicon/dictionary_file.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/utf8.h"

namespace kroniek {

DictionaryError::DictionaryError(const std::string& file, int line, const std::string& reason)
    : std::runtime_error(file + ":" + std::to_string(line) + ": " + reason) {}

std::string trim(const std::string& text) {
  // The same blanks split_whitespace splits on, so a trimmed phrase always has a word.
  const char* space = " \t\r\n\v\f";
  std::size_t first = text.find_first_not_of(space);
  if (first == std::string::npos) return "";
  std::size_t last = text.find_last_not_of(space);
  return text.substr(first, last - first + 1);
}

// A '#' starts a comment at the start of a line or after whitespace, so codes
// and phrases may still contain '#' inside a word.
static std::string strip_comment(const std::string& line) {
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
      return line.substr(0, i);
    }
  }
  return line;
}

void for_each_entry(const std::string& path,
                    const std::function<void(int, const std::string&)>& handle) {
  std::ifstream in(path);
  if (!in) throw DictionaryError(path, 0, "cannot open file");
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (const std::size_t bad = first_invalid_utf8(line); bad != std::string::npos) {
      throw DictionaryError(path, number, "invalid UTF-8 at byte " + std::to_string(bad));
    }
    std::string entry = trim(strip_comment(line));
    if (!entry.empty()) handle(number, entry);
  }
}

std::vector<std::string> split_whitespace(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  std::string word;
  while (in >> word) words.push_back(word);
  return words;
}

std::vector<std::string> split_trimmed(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(text);
  while (std::getline(in, part, separator)) {
    part = trim(part);
    if (!part.empty()) parts.push_back(part);
  }
  return parts;
}

}  // namespace kroniek
