#include "analyze/long_sentences.h"

#include <cctype>

namespace kroniek {
namespace {

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }
bool is_mark(char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; }

// A word (no spaces) that ends a sentence: "leger." or "aan?" or "zei.\"".
bool ends_sentence(std::string_view word) {
  while (!word.empty() && (word.back() == '"' || word.back() == '\'' || word.back() == ')')) {
    word.remove_suffix(1);
  }
  return !word.empty() && (word.back() == '.' || word.back() == '!' || word.back() == '?');
}

std::size_t units_of(std::string_view word) {
  std::size_t units = 1;
  for (char c : word) units += is_mark(c);
  return units;
}

}  // namespace

std::vector<std::size_t> sentence_cuts(std::string_view text, std::size_t max_units) {
  std::vector<std::size_t> cuts;
  std::size_t units = 0, i = 0;
  while (i < text.size()) {
    const std::size_t space_start = i;
    while (i < text.size() && is_space(text[i])) ++i;
    const std::string_view space = text.substr(space_start, i - space_start);
    if (space.find("\n\n") != std::string_view::npos) units = 0;  // a paragraph ends
    if (i == text.size()) break;
    const std::size_t start = i;
    while (i < text.size() && !is_space(text[i])) ++i;
    const std::string_view word = text.substr(start, i - start);
    const std::size_t word_units = units_of(word);
    if (units > 0 && units + word_units > max_units) {
      cuts.push_back(start);
      units = 0;
    }
    units += word_units;
    if (ends_sentence(word)) units = 0;
  }
  return cuts;
}

std::string with_blank_lines_at(std::string_view text, const std::vector<std::size_t>& cuts) {
  std::string out;
  out.reserve(text.size() + 2 * cuts.size());
  std::size_t from = 0;
  for (std::size_t cut : cuts) {
    out.append(text.substr(from, cut - from));
    out.append("\n\n");
    from = cut;
  }
  out.append(text.substr(from));
  return out;
}

bool has_overlong_word(std::string_view text, std::size_t max_bytes) {
  std::size_t run = 0;
  for (char c : text) {
    run = is_space(c) ? 0 : run + 1;
    if (run > max_bytes) return true;
  }
  return false;
}

std::string cut_warning(std::size_t cuts, std::size_t max_units) {
  return "text without a sentence end for more than " + std::to_string(max_units) +
         " words was cut " + std::to_string(cuts) + (cuts == 1 ? " time" : " times") +
         " into pieces the parsers can take";
}

}  // namespace kroniek
