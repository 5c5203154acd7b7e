// Which sentences are worth a dependency parse: the coder's test, run on a
// sentence that is tokenized and tagged but not yet parsed (the analyzer's
// SentenceNeeds::parse, analyze/analyzer.h). Parsing is most of the cost of Dutch
// analysis, and most sentences of the news tell of no event.
#pragma once
#include <string>

#include "core/sentence.h"
#include "lexicon/lexicon.h"

namespace kroniek {

// True when the sentence may give an event, and so needs its parse: a word
// of it can trigger one (a verb or noun of the patterns or the displacement
// patterns, or a compound ending in such a noun) and it names someone who
// could take part (an actor of the dictionaries, a place that stands for its
// country, a pronoun the story resolves), or the trigger is a noun, whose
// participants may come from earlier sentences ("de onderhandelingen").
// `date` and `text` are the document's, as for find_actor_mentions.
bool may_yield_event(const Sentence& sentence, const Lexicon& lexicon, const std::string& date,
                     const std::string& text);

}  // namespace kroniek
