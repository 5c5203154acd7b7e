#include "lexicon/petrarch_dictionaries.h"

namespace kroniek {

namespace {

PetrarchDiscard parse_discard(std::string_view text) {
  PetrarchDiscard discard;
  if (text[0] == '+') {
    discard.whole_story = true;
    text = petrarch::trim(text.substr(1));
  }
  if (text.find_first_of("[]{}") != std::string_view::npos) {
    throw petrarch::LineError("a discard is a plain phrase, without [codes] or {forms}");
  }
  discard.whole_word = !text.empty() && text.back() == '_';
  if (text.empty()) throw petrarch::LineError("'+' without a phrase");
  discard.words = petrarch::parse_phrase(text).words;
  return discard;
}

}  // namespace

PetrarchDiscardList load_petrarch_discards(const std::string& path,
                                           const PetrarchLoadOptions& options) {
  PetrarchDiscardList list;
  list.file = path;
  petrarch::LineReader reader(path);
  petrarch::for_each_line(
      reader, options, list.skipped,
      [&](std::string_view text) {
        list.discards.push_back(parse_discard(text));
        list.discards.back().line = reader.number();
      },
      [] {});
  return list;
}

}  // namespace kroniek
