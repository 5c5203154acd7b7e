// PETRARCH/TABARI actor and agent dictionaries (Phoenix.*.actors.txt, *.agents.txt).
//
// Actors: an entry is a name line, synonyms on lines starting with '+', and codes in
// [brackets] on the name line or on lines of their own, each with an optional date
// restriction:
//
//   FREEDONIA_  [FRD]                name and its code
//   +FREEDONIAN_                     a synonym
//   RUFUS_T._FIREFLY_                a person: no code of his own ...
//   +FIREFLY_
//       [FRDELI 330101-331231]       ... but dated ones: from-to, both days included,
//       [FRDGOV >340101]             from, '<' until; YYMMDD (00-30 = 20YY) or YYYYMMDD
//       [FRDELI]                     the code on any other day
//
// Agents: one line each, "PHRASE {PLURAL} [~CODE]", and substitution sets
// ("!PERSON! = MAN, MEN, WOMAN") that "CONGRESS!PERSON! [~LEG]" expands.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/petrarch_format.h"

namespace kroniek {

// A code with the days it holds on; both ends included, empty = open. TABARI writes
// "[IRQGOV >20030501]" (from), "[FRDGOV <330101]" (until), "[USAGOV 20010120-20090120]",
// and the Phoenix files also a bare "[FRDGOV 20121204]", which is read as "from" like '>'.
// "---" is the null code: the name is known but codes as nothing.
struct PetrarchDatedCode {
  std::string code;
  std::string from, to;  // YYYY-MM-DD
  bool dated() const { return !from.empty() || !to.empty(); }
  bool holds_on(std::string_view date) const;
};

struct PetrarchActor {
  PetrarchPhrase name;
  std::vector<PetrarchPhrase> synonyms;  // "+..." lines; they share the name's codes
  std::vector<PetrarchDatedCode> codes;  // in file order
  int line = 0;
  // PETRARCH's rule: the first dated code that holds on `date` (YYYY-MM-DD), else the
  // first undated one, else "---".
  std::string code_on(std::string_view date) const;
};

struct PetrarchActorDictionary {
  std::string file;
  std::vector<PetrarchActor> actors;
  std::vector<DictionaryError> skipped;  // with MalformedLine::skip: what was left out, and why
  std::size_t phrase_count() const;      // names and synonyms
};

PetrarchActorDictionary load_petrarch_actors(const std::string& path,
                                             const PetrarchLoadOptions& options = {});

// An agent ("[~GOV]"): a role the actor's code takes on, after it ("~GOV": USA -> USAGOV)
// or, written "NGO~", before it (NGO + USA -> NGOUSA).
struct PetrarchAgent {
  // The phrase as written (with substitution markers filled in), then its plural: the one
  // given in {...}, none for "{}" or a phrase with a marker, else the regular English plural
  // of the last word ("MINISTRY" -> "MINISTRIES").
  std::vector<PetrarchPhrase> forms;
  std::string code;           // without '~': "GOV"
  bool before_actor = false;  // written "NGO~"
  int line = 0;
};

struct PetrarchAgentDictionary {
  std::string file;
  std::vector<PetrarchAgent> agents;
  std::vector<DictionaryError> skipped;
  std::size_t phrase_count() const;  // every form of every agent
};

PetrarchAgentDictionary load_petrarch_agents(const std::string& path,
                                             const PetrarchLoadOptions& options = {});

}  // namespace kroniek
