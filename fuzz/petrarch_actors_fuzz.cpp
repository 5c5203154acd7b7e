// PETRARCH/TABARI actor dictionaries (lexicon/petrarch_actors.h), failing on a
// malformed line or skipping it (the first byte chooses), then every actor's
// code on a few days.
#include "fuzz_support.h"
#include "lexicon/petrarch_actors.h"

using namespace kroniek;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static fuzz::TempFile file("actors.txt");
  PetrarchLoadOptions options;
  if (size > 0 && data[0] % 2) options.malformed = MalformedLine::skip;
  PetrarchActorDictionary dictionary;
  try {
    dictionary = load_petrarch_actors(file.write(fuzz::as_text(data, size)), options);
  } catch (const DictionaryError&) {
    return 0;  // a malformed line, named with its file and line
  }
  dictionary.phrase_count();
  for (const PetrarchActor& actor : dictionary.actors) {
    actor.name.text();
    for (const char* day : {"1933-01-01", "2020-02-11", ""}) actor.code_on(day);
  }
  return 0;
}
