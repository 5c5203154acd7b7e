// The CAMEO event ontology file (lexicon/ontology.h), then every code it has.
#include "fuzz_support.h"
#include "lexicon/dictionary_file.h"
#include "lexicon/ontology.h"

using namespace kroniek;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static fuzz::TempFile file("events.txt");
  const std::string_view input = fuzz::as_text(data, size);
  Ontology ontology;
  try {
    ontology.load_file(file.write(input));
  } catch (const DictionaryError&) {
    return 0;  // a malformed line, named with its file and line
  }
  for (const std::string& word : split_whitespace(std::string(input.substr(0, 256)))) {
    if (const EventType* type = ontology.find(word)) type->root();
  }
  return 0;
}
