// The analyzer interface: one implementation per language (Frog for Dutch).
#pragma once
#include <functional>
#include <memory>
#include <string>

#include "core/document.h"
#include "core/sentence.h"

namespace kroniek {

// Whether a sentence, tokenized and tagged but not yet parsed, is worth its
// dependency parse (the coder's test, code/triage.h). Empty: every sentence is.
using ParseFilter = std::function<bool(const Sentence&)>;

class Analyzer {
 public:
  virtual ~Analyzer() = default;
  // Splits the text into sentences and annotates every token. Token and
  // sentence offsets point into document.text. A sentence `worth_parsing`
  // turns down keeps its tags but gets no tree (Sentence::parsed is false);
  // an analyzer that cannot tag without parsing parses every sentence.
  virtual AnalyzedDocument analyze(const Document& document, const ParseFilter& worth_parsing) = 0;
  // Every sentence parsed.
  AnalyzedDocument analyze(const Document& document) { return analyze(document, {}); }
};

}  // namespace kroniek
