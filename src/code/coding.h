// What the coder knows about one event while it codes, and what a document has
// told so far: shared by the coder and the discourse rules (code/ only).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "core/actor.h"
#include "core/clause.h"
#include "lexicon/patterns.h"

namespace kroniek {

using Actors = std::vector<ActorMention>;

// One coded event before it becomes records: who acts on whom, or a group
// acting on each other.
struct Coding {
  const Pattern* pattern = nullptr;
  int trigger = -1;
  Actors sources = {}, targets = {};
  Actors reciprocal = {};  // when not empty: every ordered pair acts on the other
  bool both_ways = false;  // each target acts on each source too
  bool inferred = false;   // participants taken from an earlier event
  int antecedent = -1;     // the sentence of the event a definite noun refers back to
  double confidence = 0.0;
  Modality modality = Modality::asserted;
  std::string code = {};  // the event code when not the pattern's own (Pattern::mass_code)
};

// What later sentences may refer back to.
struct Discourse {
  Actors last_actors;                           // actors of the previous sentence, in text order
  std::map<std::string, int> country_mentions;  // how often each country was named so far
  std::string document_country;                 // the country the whole document names most
  std::map<std::string, ActorMention> owners;   // "een rapport van de VN": rapport -> VN
  struct Past {
    std::size_t sentence;
    int quad_class;
    Coding coding;
  };
  std::vector<Past> events;
};

}  // namespace kroniek
