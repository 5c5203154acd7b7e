// PETRARCH verb dictionaries: the validation file in the PETRARCH 1 (TABARI) pattern syntax
// and CAMEO.2.0.txt in the PETRARCH 2 syntax with (prepositional phrases) and {noun phrases}.
// The file is a series of
//
//   &MONEY                       a synset: its label, then its members on '+' lines (a label
//   +DUCAT                       or member ending in '_' gets no regular plural)
//   +GOLD_BAR
//
//   --- DONATE [070] ---         a verb block: its name and code ("---", the null code, when
//   DONATE                       none is given), its verbs, each with irregular forms in {...}
//   GIVE {GIVES GAVE GIVEN}      and a code of its own if it differs from the block's;
//   +HAND_OVER [071]             '+' marks the verb of a multi-word verb
//   - * &MONEY [071]             and its patterns: '*' is where the verb stands
//   - $ * (TO +) [042:043]
//
// and, in PETRARCH 2 files, transformations of events about events:
//   ~ x (y . STRIKE) DENY = x y 141
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/petrarch_format.h"

namespace kroniek {

// "[042:043]" codes a pair of events, source -> target and target -> source (X arrives in
// Y: X visits, Y hosts); "[:173]" only the reverse one. "---" is the null code: the verb or
// pattern is recognised but codes no event.
struct PetrarchEventCode {
  std::string code;          // source -> target; empty in "[:173]"
  std::string reverse_code;  // target -> source: the part after ':'
  bool is_null() const { return code == "---" && reverse_code.empty(); }
};

struct PetrarchSynsetMember {
  std::vector<std::string> words;   // consecutive words, or one "&LABEL" (a synset in a synset)
  std::vector<std::string> plural;  // the regular plural of the phrase; empty when suppressed
  int line = 0;
};

struct PetrarchSynset {
  std::string label;  // "&MONEY", without a final '_'
  std::vector<PetrarchSynsetMember> members;
  int line = 0;
};

// A verb as the parser marks it, with the words that make a multi-word verb of it.
struct PetrarchVerbPhrase {
  std::vector<std::string> before;  // "RE" in RE_+ARM
  std::string verb;                 // "ARM"
  std::vector<std::string> after;   // "OVER" in +HAND_OVER
};

struct PetrarchVerb {
  PetrarchVerbPhrase base;
  // The other forms: those given in {...} (none for "{}"), else the regular S, ED and ING
  // forms of the verb word ("+HAND_OVER" -> "+HANDS_OVER", "+HANDED_OVER", "+HANDING_OVER").
  std::vector<PetrarchVerbPhrase> forms;
  bool irregular = false;                 // the forms were given in {...}
  std::optional<PetrarchEventCode> code;  // its own code; otherwise the block's
  int line = 0;
};

// One element of a pattern, on either side of the verb.
struct PetrarchPatternElement {
  enum class Kind {
    word,         // text: the word
    synset,       // text: "&LABEL"
    source,       // '$'
    target,       // '+'
    compound,     // '%': a compound actor that is source and target at once
    skip,         // '^': passes over a noun phrase (TABARI: over an actor)
    noun_phrase,  // {...}: children, head last
    prep_phrase,  // (...): text is the preposition, children its object
  };
  Kind kind = Kind::word;
  std::string text;
  std::vector<PetrarchPatternElement> children;
  bool joined_to_next = false;  // written with '_': the next element must follow at once
};

struct PetrarchPattern {
  std::vector<PetrarchPatternElement> before_verb;  // in text order; the last one with
                                                    // joined_to_next stands right before it
  std::vector<PetrarchPatternElement> after_verb;
  bool verb_joined_to_next = false;  // "*_OUT": OUT follows the verb at once
  PetrarchEventCode code;
  int line = 0;
};

struct PetrarchVerbBlock {
  std::string name;  // "DONATE" from "--- DONATE [070] ---"
  PetrarchEventCode code;
  std::vector<PetrarchVerb> verbs;
  std::vector<PetrarchPattern> patterns;
  int line = 0;
};

// "~ x (y . STRIKE) DENY = x y 141": when x DENYs that y STRIKEs anyone ('.'), code x -> y
// 141. Nested levels are listed outermost first.
struct PetrarchTransformation {
  std::vector<std::string> sources;  // {"x", "y"}
  std::vector<std::string> verbs;    // {"DENY", "STRIKE"}: verbs named by the dictionary
  std::string target;                // of the innermost verb: a variable, "." or "_"
  std::string result_source, result_target, result_code;  // "Q": the inner event's code
  int line = 0;
};

struct PetrarchVerbDictionary {
  std::string file;
  std::vector<PetrarchSynset> synsets;
  std::vector<PetrarchVerbBlock> blocks;
  std::vector<PetrarchTransformation> transformations;
  std::vector<DictionaryError> skipped;  // with MalformedLine::skip: what was left out, and why

  const PetrarchSynset* synset(std::string_view label) const;
  std::size_t verb_count() const;
  std::size_t pattern_count() const;
};

// Also checks that every synset a pattern or member names is defined somewhere in the file.
PetrarchVerbDictionary load_petrarch_verbs(const std::string& path,
                                           const PetrarchLoadOptions& options = {});

}  // namespace kroniek
