// Readers for the PETRARCH/TABARI dictionary formats, so that dictionaries kept for decades
// (and the Phoenix set) can be used as they are: actors and agents (petrarch_actors.h),
// verbs with their patterns and synsets (petrarch_verbs.h), and discards (here). Every
// malformed line throws DictionaryError with its file and line, unless the options ask to
// skip it (petrarch_format.h). The loaders only read; coding with them is up to src/code/.
#pragma once
#include <string>
#include <vector>

#include "lexicon/petrarch_actors.h"
#include "lexicon/petrarch_format.h"
#include "lexicon/petrarch_verbs.h"

namespace kroniek {

// A discard: a sentence that contains the phrase is not coded (sports results, history).
//   CROQUET                sentence discard; "CROQUET" also matches "CROQUETS" (a stem)
//   +CHESS OLYMPIAD        '+': the whole story is discarded
//   REGATTA_               a final '_': the match must end with the word, not "REGATTAS"
// Matching ignores case.
struct PetrarchDiscard {
  std::vector<std::string> words;  // as written, blanks and inner '_' both separate
  bool whole_story = false;
  bool whole_word = false;  // written with a final '_'
  int line = 0;
};

struct PetrarchDiscardList {
  std::string file;
  std::vector<PetrarchDiscard> discards;
  std::vector<DictionaryError> skipped;
};

PetrarchDiscardList load_petrarch_discards(const std::string& path,
                                           const PetrarchLoadOptions& options = {});

// What coding with PETRARCH dictionaries needs (code/petrarch_coder.h): one verb file,
// any number of actor files, an agent file and, optionally, discards.
struct PetrarchDictionaries {
  PetrarchVerbDictionary verbs;
  std::vector<PetrarchActorDictionary> actors;
  PetrarchAgentDictionary agents;
  PetrarchDiscardList discards;
};

}  // namespace kroniek
