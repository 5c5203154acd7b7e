// PETRARCH verb dictionaries: synsets, verb blocks, patterns and
// transformations (lexicon/petrarch_verbs.h), failing on a malformed line or
// skipping it (the first byte chooses).
#include "fuzz_support.h"
#include "lexicon/petrarch_verbs.h"

using namespace kroniek;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static fuzz::TempFile file("verbs.txt");
  PetrarchLoadOptions options;
  if (size > 0 && data[0] % 2) options.malformed = MalformedLine::skip;
  PetrarchVerbDictionary dictionary;
  try {
    dictionary = load_petrarch_verbs(file.write(fuzz::as_text(data, size)), options);
  } catch (const DictionaryError&) {
    return 0;  // a malformed line, named with its file and line
  }
  dictionary.verb_count();
  dictionary.pattern_count();
  for (const PetrarchSynset& synset : dictionary.synsets) dictionary.synset(synset.label);
  for (const PetrarchVerbBlock& block : dictionary.blocks) block.code.is_null();
  return 0;
}
