// kroniek event patterns (lexicon/patterns.h), then a lookup of every word of
// the input as a verb and a noun lemma.
#include "fuzz_support.h"
#include "lexicon/dictionary_file.h"
#include "lexicon/patterns.h"

using namespace kroniek;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static fuzz::TempFile file("patterns.txt");
  const std::string_view input = fuzz::as_text(data, size);
  PatternBook book;
  try {
    book.load_file(file.write(input));
  } catch (const DictionaryError&) {
    return 0;  // a malformed line, named with its file and line
  }
  for (const std::string& word : split_whitespace(std::string(input.substr(0, 256)))) {
    book.find(TriggerKind::verb, word);
    book.find(TriggerKind::noun, word);
  }
  for (const Pattern& pattern : book.all()) pattern.specificity();
  return 0;
}
