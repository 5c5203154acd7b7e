// A language's grammar words (lexicon/grammar.h).
#include "fuzz_support.h"
#include "lexicon/dictionary_file.h"
#include "lexicon/grammar.h"

using namespace kroniek;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static fuzz::TempFile file("grammar.txt");
  Grammar grammar;
  try {
    grammar.load_file(file.write(fuzz::as_text(data, size)));
  } catch (const DictionaryError&) {
    // a malformed line, named with its file and line
  }
  return 0;
}
