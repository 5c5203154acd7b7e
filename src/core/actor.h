// Actors: a resolved CAMEO actor code and the words that named it.
#pragma once
#include <string>
#include <vector>

namespace kroniek {

struct ActorCode {
  std::string code;     // full CAMEO code, e.g. "TURMIL", "IGOWSTNAT"
  std::string country;  // ISO 3166 alpha-3, or "IGO" for organisations, or empty
  std::string role;     // "GOV", "MIL", "REB", ... or empty
};

// One actor named in a sentence: "de Syrische rebellen" -> SYRREB.
struct ActorMention {
  ActorCode actor;
  int first = 0;  // token span [first, last] in the sentence
  int last = 0;
  std::string text;
};

}  // namespace kroniek
