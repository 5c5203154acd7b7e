#include "code/clauses.h"

#include <algorithm>
#include <set>

#include "core/word_class.h"
#include "lexicon/dictionary_file.h"

namespace kroniek {
namespace {

bool has_te_infinitive_after(const Sentence& s, const Grammar& g, std::size_t from) {
  for (std::size_t i = from; i + 1 < s.tokens.size(); ++i) {
    if (word_in(s.tokens[i], g.infinitive_markers) && is_infinitive(s.tokens[i + 1])) return true;
  }
  return false;
}

// Tokens that open a new clause whatever surrounds them.
// A finite verb before the next comma or the end of the sentence.
bool verb_before_boundary(const Sentence& s, std::size_t from) {
  for (std::size_t i = from; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    if (t.word == "," || t.word == ";" || t.word == ":") return false;
    if (is_finite_verb(t)) return true;
  }
  return false;
}

bool opens_clause(const Sentence& s, const Grammar& g, std::size_t i) {
  const Token& t = s.tokens[i];
  const std::string& w = t.word_lower;
  // "meer dan driehonderd": a comparison, not a clause.
  bool comparison = word_in(t, g.comparisons) || t.rel == "mwp";
  // "treedt op als bemiddelaar": "als" without a verb of its own is "in the
  // role of", not "if".
  if (word_in(t, g.role_markers) && !verb_before_boundary(s, i + 1)) return false;
  if ((is_subordinator(t) && !comparison) || is_relative_pronoun(t)) return true;
  if (is_adverb(t) && w.size() > 5 && w.rfind("waar", 0) == 0) return true;  // waarbij, waardoor
  // "om … te gaan", "to stop"; "without reaching an agreement"
  if (word_in(t, g.purpose_openers) && is_preposition(t)) {
    return has_te_infinitive_after(s, g, i + 1) ||
           (i + 1 < s.tokens.size() && is_gerund(s.tokens[i + 1]));
  }
  if (word_in(t, g.attribution_words))
    return true;  // "…, aldus de minister": the speaker is no participant
  // "…, neemt het geweld toe": a finite verb right after a comma starts a main clause.
  return i > 0 && s.tokens[i - 1].word == "," && is_finite_verb(t);
}

bool finite_verb_in(const Sentence& s, int first, int last) {
  for (int i = first; i <= last; ++i) {
    if (is_finite_verb(s.tokens[i])) return true;
  }
  return false;
}

bool is_auxiliary(const Token& t, const Grammar& g) {
  return g.auxiliaries.count(t.lemma_lower) > 0;
}

// A clause whose finite verb is an auxiliary still waits for its participle or
// infinitive: "heeft Oekraïne met drones en raketten bestookt" is one clause.
bool verb_complete(const Sentence& s, const Grammar& g, int first, int last) {
  bool finite = false, lexical = false;
  for (int i = first; i <= last; ++i) {
    const Token& t = s.tokens[i];
    if (!is_verb(t)) continue;
    if (is_finite_verb(t)) finite = true;
    if (!is_auxiliary(t, g) || !is_finite_verb(t)) lexical = true;
  }
  return finite && lexical;
}

// Within one segment, "en"/"maar" between two finite clauses starts a new one:
// "Ankara steunt de rebellen en Moskou houdt Assad in het zadel".
void split_coordinated(const Sentence& s, const Grammar& g, int first, int last,
                       std::vector<int>& starts) {
  for (int i = first + 1; i < last; ++i) {
    const Token& t = s.tokens[i];
    if (!is_coordinator(t)) continue;
    if (verb_complete(s, g, first, i - 1) && finite_verb_in(s, i + 1, last)) {
      starts.push_back(i);
      first = i;
    }
  }
}

// An extraposed te-infinitive follows the verbs and particles of its main
// clause: "riep de VS op | de oorlog niet langer aan te moedigen", "hebben
// Rwanda opgeroepen | zijn troepen terug te trekken". Returns where it starts,
// or -1.
int infinitive_start(const Sentence& s, const Grammar& g, int first, int last) {
  int finite = -1;
  for (int i = first; i <= last; ++i) {
    if (is_finite_verb(s.tokens[i])) {
      finite = i;
      break;
    }
  }
  if (finite < 0) return -1;
  for (int te = finite + 2; te < last; ++te) {
    if (!word_in(s.tokens[te], g.infinitive_markers) || !is_infinitive(s.tokens[te + 1])) continue;
    int particle_of_infinitive = is_particle(s.tokens[te - 1]) ? te - 1 : te;
    for (int k = particle_of_infinitive - 1; k > finite; --k) {
      const Token& t = s.tokens[k];
      bool verb = is_verb(t) && !is_attributive_verb(t);
      if (verb || is_particle(t) || (t.rel == "mwp" && is_adposition(t))) {
        return k + 1 < particle_of_infinitive ? k + 1 : -1;
      }
    }
    return -1;
  }
  return -1;
}

std::vector<int> clause_starts(const Sentence& s, const Grammar& g) {
  std::vector<int> hard = {0};
  for (std::size_t i = 1; i < s.tokens.size(); ++i) {
    if (opens_clause(s, g, i)) hard.push_back(static_cast<int>(i));
  }
  std::vector<int> starts;
  for (std::size_t k = 0; k < hard.size(); ++k) {
    int last = k + 1 < hard.size() ? hard[k + 1] - 1 : static_cast<int>(s.tokens.size()) - 1;
    starts.push_back(hard[k]);
    split_coordinated(s, g, hard[k], last, starts);
  }
  std::sort(starts.begin(), starts.end());
  std::vector<int> with_infinitives = starts;
  for (std::size_t k = 0; k < starts.size(); ++k) {
    int last = k + 1 < starts.size() ? starts[k + 1] - 1 : static_cast<int>(s.tokens.size()) - 1;
    if (int at = infinitive_start(s, g, starts[k], last); at > 0) with_infinitives.push_back(at);
  }
  starts = with_infinitives;
  std::sort(starts.begin(), starts.end());
  return starts;
}

Modality modality_of(const Sentence& s, const Grammar& g, int first, int last) {
  bool negated = word_in(s.tokens[first], g.negating_openers);
  bool future = false, hypothetical = word_in(s.tokens[first], g.conditionals);
  for (int i = first; i <= last; ++i) {
    const Token& t = s.tokens[i];
    if (is_negator(t, g)) negated = true;
    if (word_in(t, g.future_words)) future = true;
    // Intention is not yet an event: "wil … aanvallen", "is van plan".
    if (g.intention_verbs.count(lemma_of(t)) && is_finite_verb(t)) future = true;
    if (phrase_at(s, i, g.intention_phrases)) future = true;
    if (word_in(t, g.hypothetical_words)) hypothetical = true;
  }
  if (negated) return Modality::negated;
  if (hypothetical) return Modality::hypothetical;
  if (future) return Modality::future;
  return Modality::asserted;
}

bool is_reciprocal(const Sentence& s, const Grammar& g, int first, int last) {
  for (int i = first; i <= last; ++i) {
    if (phrase_at(s, i, g.reciprocals)) return true;
  }
  return false;
}

bool is_compass_noun(const Token& t, const Grammar& g) { return word_in(t, g.compass_nouns); }

// The preposition governing a group: skip determiners, adjectives, numbers and
// the head noun of an apposition ("in de hoofdstad Ankara"). A part of a
// country is the country: "in het zuiden van Libanon" is governed by "in".
int governing_preposition(const Sentence& s, const Grammar& g, int first, int clause_first) {
  for (int i = first - 1; i >= clause_first; --i) {
    const Token& t = s.tokens[i];
    if (is_preposition(t) && word_in(t, g.owner_prepositions) && i - 1 >= clause_first &&
        is_compass_noun(s.tokens[i - 1], g)) {
      i -= 1;  // continue left of "zuiden"
      continue;
    }
    // "at least 700,000 Syrians": a preposition that bounds a number governs nothing.
    bool bounds_number =
        i + 2 < first && is_superlative(s.tokens[i + 1]) && is_numeral(s.tokens[i + 2]);
    if (is_preposition(t)) return bounds_number ? -1 : i;
    if (i == first - 1 && is_common_noun(t)) continue;
    if (!(is_article(t) || is_adjective(t) || is_numeral(t) || is_possessive(t) ||
          is_indefinite_pronoun(t))) {
      return -1;
    }
  }
  return -1;
}

// Mentions joined by "en" or "," (and a determiner: "en het"), or with
// overlapping spans, act together.
bool joins(const Sentence& s, const Argument& group, const ActorMention& next) {
  if (next.first <= group.last) return true;
  bool conjunction = false;
  for (int i = group.last + 1; i < next.first; ++i) {
    const Token& t = s.tokens[i];
    bool links = is_coordinator(t) || t.word == ",";
    // "en de guerrillabeweging ELN": the head noun of an apposition.
    bool apposition_head = i == next.first - 1 && is_common_noun(t);
    // "en de afgescheiden regio Somaliland": modifiers of that head.
    bool modifier = is_prenominal_adjective(t) || is_attributive_verb(t);
    if (!links && !is_article(t) && !apposition_head && !modifier) return false;
    conjunction = conjunction || links;
  }
  return conjunction;
}

// "NATO Secretary General Jens Stoltenberg": the same actor named twice in a
// row, with only a title between, is one mention in apposition.
bool names_again(const Sentence& s, const Argument& group, const ActorMention& next) {
  const ActorMention& last = group.actors.back();
  if (last.actor.code != next.actor.code || next.first <= last.last) return false;
  if (next.first - last.last > 4) return false;
  for (int i = last.last + 1; i < next.first; ++i) {
    const Token& t = s.tokens[i];
    if (!(is_proper_noun(t) || is_common_noun(t) || is_prenominal_adjective(t))) return false;
  }
  return true;
}

// "a ceasefire that Turkey and Russia sealed", "de rebellen die Turkije steunt":
// the clause has a subject after the relative pronoun, which is then its object.
bool has_other_subject(const Sentence& s, const Clause& c, int pronoun) {
  if (!is_relative_pronoun(s.tokens[pronoun])) return false;
  for (int i = pronoun + 1; i <= c.last; ++i) {
    if (s.tokens[i].rel == "su") return true;
  }
  return false;
}

void add_arguments(const Sentence& s, const Grammar& g, const std::vector<ActorMention>& mentions,
                   Clause& c) {
  for (const ActorMention& m : mentions) {
    if (m.first < c.first || m.first > c.last) continue;
    if (!c.arguments.empty() && names_again(s, c.arguments.back(), m)) {
      c.arguments.back().last = std::max(c.arguments.back().last, m.last);
      continue;
    }
    if (!c.arguments.empty() && joins(s, c.arguments.back(), m)) {
      c.arguments.back().actors.push_back(m);
      c.arguments.back().last = std::max(c.arguments.back().last, m.last);
      continue;
    }
    Argument a;
    a.actors.push_back(m);
    a.first = m.first;
    a.last = m.last;
    c.arguments.push_back(a);
  }
  for (int i = c.first; i <= c.last; ++i) {
    if (!is_subject_pronoun(s.tokens[i], g) || has_other_subject(s, c, i)) continue;
    Argument a;
    a.pronoun = true;
    a.first = a.last = i;
    auto at = std::find_if(c.arguments.begin(), c.arguments.end(),
                           [&](const Argument& x) { return x.first > i; });
    c.arguments.insert(at, a);
  }
  for (Argument& a : c.arguments) {
    a.preposition_token = governing_preposition(s, g, a.first, c.first);
    if (a.preposition_token >= 0) a.preposition = s.tokens[a.preposition_token].word_lower;
  }
}

bool has_lemma(const Sentence& s, const Clause& c, const Grammar::Words& lemmas) {
  for (int i = c.first; i <= c.last; ++i) {
    if (lemmas.count(s.tokens[i].lemma_lower)) return true;
  }
  return false;
}

// Aid and human rights organisations and the press witness; they are no party.
bool are_observers(const std::vector<ActorMention>& actors) {
  static const std::set<std::string> kObserverRoles = {"NGO", "HRI", "MED"};
  return !actors.empty() && std::all_of(actors.begin(), actors.end(), [](const ActorMention& m) {
    return kObserverRoles.count(m.actor.role) > 0;
  });
}

bool told_by_observers(const Clause& speech) {
  std::vector<ActorMention> speakers;
  for (const Argument& a : speech.arguments) {
    // Not a subject shared from the clause before: the speakers follow "melden".
    bool own = a.first >= speech.first && a.preposition.empty();
    if (own) speakers.insert(speakers.end(), a.actors.begin(), a.actors.end());
  }
  return are_observers(speakers);
}

void mark_reported(Clause& c) {
  if (c.modality == Modality::asserted) c.modality = Modality::reported;
}

// Speech verbs make what they introduce reported ("zei dat Rusland ... had
// aangevallen", "…, aldus de minister", "Volgens Kyiv …"), and a denial
// negates it ("ontkent dat …").
void mark_reported_speech(const Sentence& s, const Grammar& g, std::vector<Clause>& clauses) {
  for (std::size_t k = 1; k < clauses.size(); ++k) {
    Clause& c = clauses[k];
    const Token& opener = s.tokens[c.first];
    if (!word_in(opener, g.complementizers) || !is_subordinator(opener)) continue;
    if (has_lemma(s, clauses[k - 1], g.denial_verbs)) {
      c.modality = Modality::negated;
    } else if (has_lemma(s, clauses[k - 1], g.speech_verbs)) {
      mark_reported(c);
    }
  }
  // "vielen volgens Moskou een raffinaderij aan": the claim of one side.
  for (Clause& c : clauses) {
    bool claimed = std::any_of(c.arguments.begin(), c.arguments.end(), [&](const Argument& a) {
      return g.attribution_prepositions.count(a.preposition) && !a.actors.empty() &&
             !are_observers(a.actors);
    });
    if (claimed) mark_reported(c);
  }
  bool attributed = word_in(s.tokens.front(), g.attribution_prepositions);
  for (const Token& t : s.tokens) attributed = attributed || word_in(t, g.attribution_words);
  const Clause& last = clauses.back();
  // "…, zei de woordvoerder." News told by observers ("melden ooggetuigen en
  // hulporganisaties") is how news reports facts, not one side's claim.
  if (clauses.size() > 1 && is_finite_verb(s.tokens[last.first]) &&
      has_lemma(s, last, g.speech_verbs) && !told_by_observers(last)) {
    attributed = true;
  }
  if (!attributed) return;
  for (Clause& c : clauses) {
    if (!has_lemma(s, c, g.speech_verbs)) mark_reported(c);
  }
}

bool opens_subordinate(const Sentence& s, const Grammar& g, const Clause& c) {
  const Token& t = s.tokens[c.first];
  const std::string& w = t.word_lower;
  return is_subordinator(t) || is_relative_pronoun(t) ||
         (is_adverb(t) && w.rfind("waar", 0) == 0) || word_in(t, g.purpose_openers);
}

// "onderzoekt of Servië de aanvallers heeft bewapend": an indirect question
// asserts nothing. Frog may tag its "of" as the coordinator "or".
bool opens_indirect_question(const Sentence& s, const Grammar& g,
                             const std::vector<Clause>& clauses, std::size_t k) {
  if (k == 0 || !word_in(s.tokens[clauses[k].first], g.question_complementizers)) return false;
  const Clause& before = clauses[k - 1];
  return std::any_of(before.verbs.begin(), before.verbs.end(),
                     [&](int v) { return g.asking_verbs.count(lemma_of(s.tokens[v])) > 0; });
}

// A coordinated clause is of the kind of the clause it joins.
void mark_kinds(const Sentence& s, const Grammar& g, std::vector<Clause>& clauses) {
  for (std::size_t k = 0; k < clauses.size(); ++k) {
    Clause& c = clauses[k];
    const Token& first = s.tokens[c.first];
    if (opens_indirect_question(s, g, clauses, k)) {
      c.subordinate = true;
      if (c.modality == Modality::asserted) c.modality = Modality::hypothetical;
      continue;
    }
    c.subordinate = opens_subordinate(s, g, c) ||
                    (k > 0 && is_coordinator(first) && clauses[k - 1].subordinate);
    c.infinitival = k > 0 && !opens_subordinate(s, g, c) && !is_coordinator(first) &&
                    !is_finite_verb(first) && !finite_verb_in(s, c.first, c.last) &&
                    has_te_infinitive_after(s, g, c.first);
    if (c.infinitival && c.modality == Modality::asserted) c.modality = Modality::hypothetical;
  }
}

bool subject_before_verb(const Sentence& s, const Clause& c) {
  for (const Argument& a : c.arguments) {
    if (!a.preposition.empty()) continue;
    for (int i = c.first; i < a.first; ++i) {
      if (is_finite_verb(s.tokens[i])) return false;
    }
    return true;
  }
  return false;
}

// "Washington reageerde geïrriteerd en [Washington] beschuldigde Brazilië",
// "Rusland, dat …, [Rusland] bemiddelde": a main clause that starts with its
// finite verb shares the subject of the main clause before it.
void share_elided_subjects(const Sentence& s, std::vector<Clause>& clauses) {
  for (std::size_t k = 1; k < clauses.size(); ++k) {
    Clause& c = clauses[k];
    int verb = is_coordinator(s.tokens[c.first]) ? c.first + 1 : c.first;
    if (c.subordinate || verb > c.last || !is_finite_verb(s.tokens[verb])) continue;
    if (subject_before_verb(s, c)) continue;
    for (std::size_t j = k; j-- > 0;) {
      if (clauses[j].subordinate || clauses[j].infinitival) continue;
      auto subject = std::find_if(clauses[j].arguments.begin(), clauses[j].arguments.end(),
                                  [](const Argument& a) { return a.preposition.empty(); });
      if (subject != clauses[j].arguments.end()) c.arguments.insert(c.arguments.begin(), *subject);
      break;
    }
  }
}

}  // namespace

const Argument* argument_at(const Clause& c, int token) {
  for (const Argument& a : c.arguments) {
    if (a.first <= token && token <= a.last) return &a;
  }
  return nullptr;
}

bool is_negator(const Token& token, const Grammar& g) { return word_in(token, g.negators); }

const std::string& lemma_of(const Token& token) { return token.lemma_lower; }

bool is_word(const Token& token, std::string_view word) {
  return token.lemma_lower == word || token.word_lower == word;
}

bool is_subject_pronoun(const Token& t, const Grammar& g) {
  return word_in(t, g.subject_pronouns) &&
         (is_demonstrative_pronoun(t) || is_personal_pronoun(t) || is_relative_pronoun(t));
}

std::vector<Clause> extract_clauses(const Sentence& sentence,
                                    const std::vector<ActorMention>& mentions, const Grammar& g) {
  std::vector<Clause> clauses;
  if (sentence.tokens.empty()) return clauses;
  std::vector<int> starts = clause_starts(sentence, g);
  for (std::size_t k = 0; k < starts.size(); ++k) {
    Clause c;
    c.sentence = sentence.index;
    c.first = starts[k];
    c.last =
        k + 1 < starts.size() ? starts[k + 1] - 1 : static_cast<int>(sentence.tokens.size()) - 1;
    for (int i = c.first; i <= c.last; ++i) {
      const Token& t = sentence.tokens[i];
      if (is_verb(t)) c.verbs.push_back(i);
      if (is_noun(t)) c.nouns.push_back(i);
    }
    c.modality = modality_of(sentence, g, c.first, c.last);
    c.reciprocal = is_reciprocal(sentence, g, c.first, c.last);
    add_arguments(sentence, g, mentions, c);
    clauses.push_back(std::move(c));
  }
  mark_kinds(sentence, g, clauses);
  share_elided_subjects(sentence, clauses);
  mark_reported_speech(sentence, g, clauses);
  return clauses;
}

}  // namespace kroniek
