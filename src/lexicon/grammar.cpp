#include "lexicon/grammar.h"

#include <fstream>
#include <map>

#include "lexicon/dictionary_file.h"

namespace kroniek {
namespace {

using Field = Grammar::Words Grammar::*;

const std::map<std::string, Field>& fields() {
  static const std::map<std::string, Field> kFields = {
      {"auxiliaries", &Grammar::auxiliaries},
      {"future_words", &Grammar::future_words},
      {"intention_verbs", &Grammar::intention_verbs},
      {"intention_phrases", &Grammar::intention_phrases},
      {"hypothetical_words", &Grammar::hypothetical_words},
      {"conditionals", &Grammar::conditionals},
      {"negators", &Grammar::negators},
      {"negating_openers", &Grammar::negating_openers},
      {"purpose_openers", &Grammar::purpose_openers},
      {"infinitive_markers", &Grammar::infinitive_markers},
      {"comparisons", &Grammar::comparisons},
      {"role_markers", &Grammar::role_markers},
      {"reciprocals", &Grammar::reciprocals},
      {"compass_nouns", &Grammar::compass_nouns},
      {"subject_pronouns", &Grammar::subject_pronouns},
      {"speech_verbs", &Grammar::speech_verbs},
      {"denial_verbs", &Grammar::denial_verbs},
      {"asking_verbs", &Grammar::asking_verbs},
      {"complementizers", &Grammar::complementizers},
      {"question_complementizers", &Grammar::question_complementizers},
      {"attribution_prepositions", &Grammar::attribution_prepositions},
      {"attribution_words", &Grammar::attribution_words},
      {"agent_prepositions", &Grammar::agent_prepositions},
      {"ending_verbs", &Grammar::ending_verbs},
      {"owner_prepositions", &Grammar::owner_prepositions},
      {"place_prepositions", &Grammar::place_prepositions},
      {"between_prepositions", &Grammar::between_prepositions},
      {"target_prepositions", &Grammar::target_prepositions},
      {"receiving_verbs", &Grammar::receiving_verbs},
      {"copulas", &Grammar::copulas},
      {"passive_auxiliaries", &Grammar::passive_auxiliaries},
      {"large_numbers", &Grammar::large_numbers},
  };
  return kFields;
}

}  // namespace

void Grammar::load_file(const std::string& path) {
  for_each_entry(path, [&](int line, const std::string& entry) {
    std::size_t colon = entry.find(':');
    if (colon == std::string::npos) throw DictionaryError(path, line, "expected: <set>: word | …");
    std::string name = trim(entry.substr(0, colon));
    auto field = fields().find(name);
    if (field == fields().end()) throw DictionaryError(path, line, "unknown set '" + name + "'");
    for (const std::string& word : split_trimmed(entry.substr(colon + 1), '|')) {
      if (word.empty()) throw DictionaryError(path, line, "empty word in set '" + name + "'");
      (this->*(field->second)).insert(to_lower(word));
    }
  });
}

// Called for every token with every phrase list: only the phrases that begin
// with the token's word are walked, word by word against the tokens.
bool phrase_at(const Sentence& s, std::size_t at, const Grammar::Words& words) {
  constexpr std::string_view kSpace = " \t";
  const std::string& first = s.tokens[at].word_lower;
  for (auto entry = words.lower_bound(first); entry != words.end() && entry->starts_with(first);
       ++entry) {
    const std::string_view phrase = *entry;
    bool all = true;
    std::size_t k = at;
    for (std::size_t begin = phrase.find_first_not_of(kSpace); all && begin != phrase.npos;
         begin = phrase.find_first_not_of(kSpace, begin), ++k) {
      const std::size_t end = std::min(phrase.find_first_of(kSpace, begin), phrase.size());
      all = k < s.tokens.size() && s.tokens[k].word_lower == phrase.substr(begin, end - begin);
      begin = end;
    }
    if (all) return true;
  }
  return false;
}

bool word_in(const Token& t, const Grammar::Words& words) { return words.count(t.word_lower) > 0; }

}  // namespace kroniek
