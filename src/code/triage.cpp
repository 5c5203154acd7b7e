#include "code/triage.h"

#include "code/actors.h"
#include "code/clauses.h"
#include "code/places.h"
#include "core/word_class.h"

namespace kroniek {
namespace {

bool triggers(const PatternBook& book, TriggerKind kind, const std::string& lemma) {
  return !book.find(kind, lemma).empty() ||
         (kind == TriggerKind::noun && !book.find_noun_head(lemma).empty());
}

enum class Trigger { none, verb, noun };

// The strongest trigger of the sentence: a noun (which may take its
// participants from the story) over a verb.
Trigger trigger_in(const Sentence& s, const Lexicon& lexicon) {
  Trigger found = Trigger::none;
  for (const Token& t : s.tokens) {
    const std::string lemma = lemma_of(t);
    for (const PatternBook* book : {&lexicon.patterns, &lexicon.displacement}) {
      if (triggers(*book, TriggerKind::noun, lemma)) return Trigger::noun;
      if (triggers(*book, TriggerKind::verb, lemma)) found = Trigger::verb;
    }
  }
  return found;
}

bool names_a_participant(const Sentence& s, const Lexicon& lexicon, const std::string& date,
                         const std::string& text) {
  for (const Token& t : s.tokens) {
    if (is_pronoun(t)) return true;
  }
  if (!find_actor_mentions(s, lexicon.actors, date, text).empty()) return true;
  return lexicon.gazetteer && !find_places(s, text, *lexicon.gazetteer, {}).empty();
}

}  // namespace

bool may_yield_event(const Sentence& sentence, const Lexicon& lexicon, const std::string& date,
                     const std::string& text) {
  switch (trigger_in(sentence, lexicon)) {
    case Trigger::none:
      return false;
    case Trigger::noun:
      return true;
    case Trigger::verb:
      return names_a_participant(sentence, lexicon, date, text);
  }
  return true;
}

}  // namespace kroniek
