// A clause: one predicate with its arguments, as the coder needs them.
#pragma once
#include <string>
#include <vector>

#include "core/actor.h"

namespace kroniek {

enum class Modality { asserted, negated, future, hypothetical, reported };

const char* modality_name(Modality m);

// A group of coordinated actors filling one argument slot ("Ankara en Moskou").
struct Argument {
  std::vector<ActorMention> actors;
  std::string preposition;  // governing preposition ("bij", "op", "door"), empty for none
  int preposition_token = -1;
  int first = 0;  // token span of the whole group
  int last = 0;
  bool pronoun = false;  // "die", "zij": actors come from an earlier sentence
};

struct Clause {
  std::size_t sentence = 0;
  int first = 0;  // token span of the clause in the sentence
  int last = 0;
  std::vector<int> verbs;           // token indices of verbs (candidate predicates)
  std::vector<int> nouns;           // token indices of nouns (candidate nominal events)
  std::vector<Argument> arguments;  // in text order
  bool subordinate = false;         // opened by "dat", "hoewel", a relative pronoun, "waarbij", ...
  bool infinitival = false;  // an extraposed te-infinitive: "riep X op [de aanvallen te stoppen]"
  bool reciprocal = false;   // "elkaar", "over en weer"
  Modality modality = Modality::asserted;
};

}  // namespace kroniek
