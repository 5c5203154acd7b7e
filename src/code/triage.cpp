#include "code/triage.h"

#include <algorithm>

#include "code/actors.h"
#include "code/clauses.h"
#include "code/places.h"
#include "core/word_class.h"

namespace kroniek {
namespace {

// Whether a token can trigger an event as the coder reads it: a verb whose
// lemma the patterns list, a noun whose lemma or head they list
// (code/coder.cpp, matches_in and noun_matches).
// A pattern's particles and required words are somewhere in the sentence: a
// looser test than the coder's, which wants them in their places.
bool may_fit(const Pattern& p, const Sentence& s) {
  const auto has_word = [&s](std::string_view word) {
    return std::any_of(s.tokens.begin(), s.tokens.end(),
                       [word](const Token& t) { return is_word(t, word); });
  };
  for (const std::string& particle : p.particles) {
    std::size_t begin = 0;
    for (std::size_t end; (end = particle.find('_', begin)) != std::string::npos; begin = end + 1) {
      if (!has_word(std::string_view(particle).substr(begin, end - begin))) return false;
    }
    if (!has_word(std::string_view(particle).substr(begin))) return false;
  }
  return std::all_of(p.required.begin(), p.required.end(), has_word);
}

bool any_may_fit(const std::vector<Pattern>& patterns, const Sentence& s) {
  return std::any_of(patterns.begin(), patterns.end(),
                     [&s](const Pattern& p) { return may_fit(p, s); });
}

bool verb_trigger(const Token& t, const Sentence& s, const PatternBook& book) {
  return is_verb(t) && any_may_fit(book.find(TriggerKind::verb, lemma_of(t)), s);
}
bool noun_trigger(const Token& t, const Sentence& s, const PatternBook& book) {
  if (!is_noun(t)) return false;
  const std::string& lemma = lemma_of(t);
  return any_may_fit(book.find(TriggerKind::noun, lemma), s) ||
         any_may_fit(book.find_noun_head(lemma), s);
}

enum class Trigger { none, verb, noun };

// The strongest trigger of the sentence: a noun (which may take its
// participants from the story) over a verb.
Trigger trigger_in(const Sentence& s, const Lexicon& lexicon) {
  Trigger found = Trigger::none;
  for (const Token& t : s.tokens) {
    for (const PatternBook* book : {&lexicon.patterns, &lexicon.displacement}) {
      if (noun_trigger(t, s, *book)) return Trigger::noun;
      if (verb_trigger(t, s, *book)) found = Trigger::verb;
    }
  }
  return found;
}

bool names_a_participant(const Sentence& s, const Lexicon& lexicon, const std::string& date,
                         const std::string& text) {
  for (const Token& t : s.tokens) {
    if (is_subject_pronoun(t, lexicon.grammar)) return true;
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
