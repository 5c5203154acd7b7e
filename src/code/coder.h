// Event coding: clauses x verb/noun patterns -> CAMEO event records.
#pragma once
#include <vector>

#include "core/document.h"
#include "core/event.h"
#include "core/sentence.h"
#include "lexicon/lexicon.h"

namespace kroniek {

// Codes every sentence of an analysed document, in order: actors, clauses,
// then the best verb or noun pattern of each clause with its source and
// target; what earlier sentences told fills the gaps (code/discourse.h).
// Records of every modality are returned; ids are not yet set.
std::vector<Record> code_events(const Document& document, const AnalyzedDocument& analysis,
                                const Lexicon& lexicon);

}  // namespace kroniek
