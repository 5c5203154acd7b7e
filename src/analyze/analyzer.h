// The analyzer interface: one implementation per language (Frog for Dutch).
#pragma once
#include <memory>
#include <string>

#include "core/document.h"
#include "core/sentence.h"

namespace kroniek {

class Analyzer {
 public:
  virtual ~Analyzer() = default;
  // Splits the text into sentences and annotates every token. Token and
  // sentence offsets point into document.text.
  virtual AnalyzedDocument analyze(const Document& document) = 0;
};

}  // namespace kroniek
