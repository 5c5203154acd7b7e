// Dutch analysis with libfrog, in process.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "analyze/analyzer.h"

namespace kroniek {

// Loads Frog's models (seconds, ~1.5 GB): make one per process and reuse it.
std::unique_ptr<Analyzer> make_frog_analyzer();

// Turns Frog's tab-separated output (one token a line, a blank line after each
// sentence) into sentences whose tokens carry byte offsets into `text`.
// Multi-word units ("Jens_Stoltenberg", "op_aan") are split into one token per
// word; the parts after the first depend on it with the relation "mwp".
AnalyzedDocument parse_frog_columns(const std::string& columns, const std::string& text);

}  // namespace kroniek
