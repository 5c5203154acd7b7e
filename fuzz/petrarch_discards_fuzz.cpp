// PETRARCH discard lists (lexicon/petrarch_dictionaries.h), failing on a
// malformed line or skipping it (the first byte chooses).
#include "fuzz_support.h"
#include "lexicon/petrarch_dictionaries.h"

using namespace kroniek;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static fuzz::TempFile file("discards.txt");
  PetrarchLoadOptions options;
  if (size > 0 && data[0] % 2) options.malformed = MalformedLine::skip;
  try {
    load_petrarch_discards(file.write(fuzz::as_text(data, size)), options);
  } catch (const DictionaryError&) {
    // a malformed line, named with its file and line
  }
  return 0;
}
