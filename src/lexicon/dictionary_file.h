// Reading kroniek's plain-text dictionaries: one entry a line, '#' comments.
#pragma once
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/utf8.h"  // to_lower, read with the dictionaries

namespace kroniek {

// A malformed dictionary line: the message names the file and the line.
class DictionaryError : public std::runtime_error {
 public:
  DictionaryError(const std::string& file, int line, const std::string& reason);
};

// Calls `handle(line_number, text)` for every entry line of `path`, with the
// comment and surrounding whitespace removed. Throws DictionaryError when the
// file cannot be read; `handle` throws DictionaryError for a bad entry.
void for_each_entry(const std::string& path,
                    const std::function<void(int, const std::string&)>& handle);

std::vector<std::string> split_whitespace(const std::string& text);
std::vector<std::string> split_trimmed(const std::string& text, char separator);
std::string trim(const std::string& text);

}  // namespace kroniek
