// PETRARCH/TABARI agent dictionaries with substitution sets
// (lexicon/petrarch_actors.h), failing on a malformed line or skipping it (the
// first byte chooses).
#include "fuzz_support.h"
#include "lexicon/petrarch_actors.h"

using namespace kroniek;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static fuzz::TempFile file("agents.txt");
  PetrarchLoadOptions options;
  if (size > 0 && data[0] % 2) options.malformed = MalformedLine::skip;
  PetrarchAgentDictionary dictionary;
  try {
    dictionary = load_petrarch_agents(file.write(fuzz::as_text(data, size)), options);
  } catch (const DictionaryError&) {
    return 0;  // a malformed line, named with its file and line
  }
  dictionary.phrase_count();
  for (const PetrarchAgent& agent : dictionary.agents) {
    for (const PetrarchPhrase& form : agent.forms) form.text();
  }
  return 0;
}
