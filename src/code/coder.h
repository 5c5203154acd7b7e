// Event coding: clauses x verb/noun patterns -> CAMEO event records.
#pragma once
#include <vector>

#include "core/document.h"
#include "core/event.h"
#include "core/sentence.h"
#include "lexicon/lexicon.h"

namespace kroniek {

// Codes every sentence of an analysed document, in order. Besides the clause
// itself, two pieces of discourse are used: a sentence-initial "Die"/"Zij"
// refers to the last actor of the previous sentence, and a definite nominal
// event without participants ("De onderhandelingen begonnen zaterdag") takes
// them from the latest event of the same quad class in the previous sentences.
// Records of every modality are returned; ids are not yet set.
std::vector<Record> code_events(const Document& document, const AnalyzedDocument& analysis,
                                const Lexicon& lexicon);

}  // namespace kroniek
