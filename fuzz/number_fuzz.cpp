// The numeral parsers: parse_number (resolve/quantities.h) over the words of
// the input, and parse_cardinal (resolve/dates.h) over each word. The first
// byte chooses the language: Dutch, English or one without numerals.
#include "fuzz_support.h"
#include "lexicon/dictionary_file.h"
#include "resolve/dates.h"
#include "resolve/quantities.h"

using namespace kroniek;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const std::string languages[] = {"nl", "en", "de"};
  const std::string& lang = languages[data[0] % 3];
  // A numeral is a few words; more only costs time.
  const std::string_view text = fuzz::as_text(data + 1, size - 1).substr(0, 200);
  const std::vector<std::string> words = split_whitespace(std::string(text));
  parse_number(words, lang);
  for (const std::string& word : words) parse_cardinal(word, lang);
  parse_number({std::string(text)}, lang);
  return 0;
}
