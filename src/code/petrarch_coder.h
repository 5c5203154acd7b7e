// Coding with PETRARCH/TABARI dictionaries, the way those coders read them.
//
// Those dictionaries are written against a shallow reading of the sentence:
// noun phrases are the actors ("Gondor's main opposition group" is one phrase:
// an actor and its agents), and a verb's patterns are sequences of words,
// synsets and actor slots on either side of the verb:
//
//   - * DIPLOMATIC TIES WITH +   [064]     after the verb, in order, other
//   - &NEGATVAUXVRB * OVER EFFORTS [904]   words may come between; '_' joins
//                                          words that must follow each other
//
// So this coder reads a constituency tree (petrarch_reading.h; a supplied Penn Treebank parse, or
// link-grammar's), turns its noun phrases into actor phrases (compounds such as
// "Gondor and Osgiliath" into one phrase per member), drops short clauses
// between commas, and for each verb phrase matches the verb's patterns against
// the words before the verb (up to a comma) and after it (up to the end of its
// phrase); the most specific pattern that matches wins. Sources and targets the
// pattern does not place are the nearest coded phrases before and after the
// verb. It is a reading of the published behaviour and unit tests, written for
// kroniek, not a port: cases where PETRARCH's output depends on accidents of
// its implementation are not reproduced.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/phrase_tree.h"
#include "lexicon/petrarch_dictionaries.h"

namespace kroniek {

// The settings of PETRARCH's configuration file that change coding.
struct PetrarchSettings {
  bool require_dyad = true;  // drop events whose source or target has no code ("---")
  int new_actor_length = 0;  // > 0: an uncoded phrase of fewer words is given in quotes
  // A clause between two commas with comma_min..comma_max words is left out;
  // one before the first comma (b) and after the last (e) likewise. 0 as a
  // maximum turns that kind off.
  int comma_min = 2, comma_max = 8;
  int comma_bmin = 0, comma_bmax = 0;
  int comma_emin = 2, comma_emax = 8;
  // Sets an option by its PETRARCH name ("require_dyad", "comma_emax", ...).
  // False for an unknown option or a value that is not what it takes.
  bool set(std::string_view option, std::string_view value);
};

struct PetrarchEvent {
  std::string source, target, code;
  bool operator==(const PetrarchEvent&) const = default;
};

enum class PetrarchOutcome {
  coded,             // events may still be empty
  sentence_discard,  // a discard phrase: the sentence is not coded
  story_discard,     // a '+' discard phrase: nor is the rest of the story
  dateline,          // the parse is a dateline swallowing the sentence
};

// The name PETRARCH's validation files use: "sentencediscard", "dateline"...
std::string_view outcome_name(PetrarchOutcome outcome);

struct PetrarchCoding {
  PetrarchOutcome outcome = PetrarchOutcome::coded;
  std::vector<PetrarchEvent> events;  // in the order the verbs come, no repeats
};

class PetrarchCoder {
 public:
  // Indexes the dictionaries, which must outlive the coder.
  explicit PetrarchCoder(const PetrarchDictionaries& dictionaries);
  ~PetrarchCoder();
  PetrarchCoder(const PetrarchCoder&) = delete;
  PetrarchCoder& operator=(const PetrarchCoder&) = delete;

  // Codes one sentence: its tree and its text (for the discards), on `date`
  // (YYYY-MM-DD, for the dated actor codes).
  PetrarchCoding code(const PhraseNode& tree, std::string_view text, const std::string& date,
                      const PetrarchSettings& settings) const;

  struct Index;  // the dictionaries by first word (petrarch_coder.cpp)

 private:
  const Index* index_;
};

}  // namespace kroniek
