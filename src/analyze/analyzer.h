// The analyzer interface: one implementation per language (Frog for Dutch).
#pragma once
#include <functional>
#include <memory>
#include <string>

#include "core/document.h"
#include "core/sentence.h"

namespace kroniek {

// What an analyzer may leave out of a sentence once it is tokenized and
// tagged. Each test is asked of every sentence; an empty test means every
// sentence needs it.
struct SentenceNeeds {
  // Its named-entity tags (the place finder's test, code/places.h). A
  // sentence without them has "O" on every token.
  std::function<bool(const Sentence&)> entities;
  // Its dependency parse (the coder's test, code/triage.h), asked with the
  // entity tags in place.
  std::function<bool(const Sentence&)> parse;
};

class Analyzer {
 public:
  virtual ~Analyzer() = default;
  // Splits the text into sentences and annotates every token. Token and
  // sentence offsets point into document.text. A sentence `needs` turns down
  // for the parse keeps its tags but gets no tree (Sentence::parsed is
  // false); an analyzer that cannot tag without parsing, or that has no
  // entity tagger, ignores the tests.
  virtual AnalyzedDocument analyze(const Document& document, const SentenceNeeds& needs) = 0;
  // Everything for every sentence.
  AnalyzedDocument analyze(const Document& document) { return analyze(document, {}); }
};

}  // namespace kroniek
