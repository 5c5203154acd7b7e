// kroniek actor dictionaries (lexicon/actor_dictionary.h), then a lookup of
// the first words of the input as a phrase.
#include "fuzz_support.h"
#include "lexicon/actor_dictionary.h"
#include "lexicon/dictionary_file.h"

using namespace kroniek;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static fuzz::TempFile file("actors.txt");
  const std::string_view input = fuzz::as_text(data, size);
  ActorDictionary dictionary;
  try {
    dictionary.load_file(file.write(input));
  } catch (const DictionaryError&) {
    return 0;  // a malformed line, named with its file and line
  }
  std::vector<std::string> words = split_whitespace(std::string(input.substr(0, 256)));
  std::vector<std::string> lower;
  for (const std::string& word : words) lower.push_back(to_lower(word));
  const std::vector<std::string_view> word_views(words.begin(), words.end());
  const std::vector<std::string_view> lower_views(lower.begin(), lower.end());
  for (std::size_t at = 0; at < words.size(); ++at) {
    dictionary.longest_match(word_views, lower_views, at, "2020-02-11");
    dictionary.longest_match(word_views, lower_views, at, "");
  }
  return 0;
}
