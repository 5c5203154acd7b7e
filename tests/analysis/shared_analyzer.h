// One Frog for the whole test binary: loading it takes seconds and ~1.5 GB.
#pragma once
#include "analyze/analyzer.h"
#include "core/document.h"
#include "core/event.h"
#include "lexicon/gazetteer.h"
#include "lexicon/lexicon.h"

namespace kroniek::testing {

Analyzer& dutch_analyzer();
const Lexicon& dutch_lexicon();
// link-grammar for English, with the English dictionaries.
Analyzer& english_analyzer();
const Lexicon& english_lexicon();
const Gazetteer& gazetteer();
std::string read_file(const std::string& path);

// A document through the stages as `kroniek code` runs them, before dedup:
// coded, then dated, placed and counted.
std::vector<Record> code_and_resolve(const Document& doc);

}  // namespace kroniek::testing
