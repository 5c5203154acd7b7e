// Synthetic news for the benchmarks: short news briefs in Dutch or English,
// written here from templates, the same for the same seed.
//
// Each document is a title and 7 to 12 sentences about one story (a conflict,
// diplomacy or unrest at home) between two or three countries of a fixed list,
// with an organisation. About half the sentences tell an event (meetings,
// talks, attacks, displacement, ceasefires, aid, sanctions, criticism,
// threats, protests, arrests, expulsions) with counts, places and dates; the
// rest carry none (weather, prices, background, quotes, sport), as in real
// news. Word order and phrasing vary: Dutch main clauses, inversion after a
// time adverb, subordinate and relative clauses, passives with "door",
// separable verbs; English active, passive and reported speech.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kroniek::bench {

struct NewsDocument {
  std::string id;                                    // "nl-7-00001": language, seed, number from 1
  std::string title;                                 // without a full stop
  std::string date;                                  // YYYY-MM-DD, in 2023 or 2024
  std::string lang;                                  // "nl" or "en"
  std::vector<std::vector<std::string>> paragraphs;  // of sentences
  // The template of each sentence, in order: "attack.3" is the fourth attack
  // template, "none.12" one without an event.
  std::vector<std::string> templates;

  // The paragraphs, a newline between them and a space between sentences.
  std::string text() const;
};

// The documents of one language and seed, one after the other.
class NewsCorpus {
 public:
  NewsCorpus(const std::string& lang, std::uint64_t seed);  // lang: "nl" or "en"
  NewsDocument next();

 private:
  std::string lang_;
  std::uint64_t seed_;
  std::uint64_t random_;  // the generator's state
  int number_ = 0;
};

// Tokens as the throughput benchmark counts them: a run of letters and digits
// (any byte of a multi-byte UTF-8 character counts as a letter) that may hold
// '.', ',', '\'' or '-' between two of them ("3.000", "Port-au-Prince"), or
// any other character that is not a space. The same count for both languages.
long long count_tokens(std::string_view text);

}  // namespace kroniek::bench
