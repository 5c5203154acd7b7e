// Actor dictionaries (data/actors/*.txt): names, adjectives, capitals, people,
// organisations and role agents, each phrase mapped to a CAMEO actor code.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/string_hash.h"

namespace kroniek {

enum class ActorKind { name, adj, people, capital, person, org, agent, place };

struct ActorEntry {
  std::string code;  // "TUR", "TURGOV", "IGOWSTNAT"; the role ("MIL") for agents; "-" for places
  std::string lang;
  ActorKind kind = ActorKind::name;
  std::vector<std::string> words;  // the phrase, split into words; lower case unless exact_case
  bool exact_case = false;         // acronyms such as "IS" match only in capitals
  std::string from, to;            // validity (YYYY-MM-DD), empty = open
  bool valid_on(const std::string& date) const;
};

struct ActorMatch {
  const ActorEntry* entry = nullptr;
  int length = 0;  // number of words matched
};

class ActorDictionary {
 public:
  void load_file(const std::string& path);
  // The longest entry whose phrase starts at words[at] and is valid on `date`
  // (YYYY-MM-DD; empty means today's entries). `lower` holds the lower-cased words.
  ActorMatch longest_match(const std::vector<std::string_view>& words,
                           const std::vector<std::string_view>& lower, std::size_t at,
                           const std::string& date) const;
  // Whether any entry's phrase starts with `word` (as longest_match compares it).
  bool starts_an_entry(std::string_view word) const { return by_first_word_.contains(word); }
  std::size_t size() const { return size_; }
  // Adds one entry (its words as longest_match compares them: lower case
  // unless exact_case).
  void add(ActorEntry entry);

 private:
  std::unordered_map<std::string, std::vector<ActorEntry>, StringHash, std::equal_to<>>
      by_first_word_;
  std::size_t size_ = 0;
};

}  // namespace kroniek
