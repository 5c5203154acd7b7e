// One Frog for the whole test binary: loading it takes seconds and ~1.5 GB.
#pragma once
#include "analyze/analyzer.h"
#include "lexicon/lexicon.h"

namespace kroniek::testing {

Analyzer& dutch_analyzer();
const Lexicon& dutch_lexicon();
std::string read_file(const std::string& path);

}  // namespace kroniek::testing
