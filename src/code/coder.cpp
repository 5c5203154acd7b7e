#include "code/coder.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

#include "code/actors.h"
#include "code/clauses.h"
#include "code/discourse.h"
#include "core/word_class.h"
#include "lexicon/dictionary_file.h"

namespace kroniek {
namespace {

bool particle_follows(const Sentence& s, int from, int last) {
  for (int i = from; i <= last; ++i) {
    if (is_particle(s.tokens[i])) return true;
  }
  return false;
}

// Where a pattern's particles are: a lone separable particle stands apart only
// from a finite verb, after it ("riep … op"; otherwise Frog gives the joined
// lemma "oproepen"); fixed expressions ("onder vuur", "in het zadel") may
// stand anywhere in the clause. Returns the last particle's token, the
// trigger itself when there are none, or -1 when one is missing.
int find_lone_particle(const std::string& particle, const Sentence& s, const Grammar& g,
                       const Clause& c, int trigger) {
  // Right before the verb in the verb-final order: "slaags geraakt", "kritiek te leveren".
  for (int i : {trigger - 1, trigger - 2}) {
    if (i >= c.first && is_word(s.tokens[i], particle) &&
        (i == trigger - 1 || word_in(s.tokens[i + 1], g.infinitive_markers))) {
      return trigger;
    }
  }
  // After a finite verb ("riep … op"), or an infinitive Frog mistook for one.
  // A Dutch participle or te-infinitive fuses with its particle ("opgeroepen"),
  // so after those only a word tagged as a particle counts: English keeps it
  // apart ("has called off").
  const Token& verb = s.tokens[trigger];
  bool te_infinitive = trigger > 0 && word_in(s.tokens[trigger - 1], g.infinitive_markers);
  bool finite = is_finite_verb(verb) || (is_infinitive(verb) && !te_infinitive);
  // The verb has one particle, at the end: a preposition before another
  // particle is not it ("nam de wet in derde lezing aan").
  for (int i = trigger + 1; i <= c.last; ++i) {
    const Token& t = s.tokens[i];
    if (!is_word(t, particle) || particle_follows(s, i + 1, c.last)) continue;
    if (finite || is_particle(t)) return i;
  }
  return -1;
}

int find_particles(const Pattern& p, const Sentence& s, const Grammar& g, const Clause& c,
                   int trigger) {
  if (p.particles.empty()) return trigger;
  if (p.particles.size() == 1) return find_lone_particle(p.particles.front(), s, g, c, trigger);
  int last = -1;
  for (const std::string& particle : p.particles) {
    int found = -1;
    for (int i = c.first; i <= c.last && found < 0; ++i) {
      if (is_word(s.tokens[i], particle)) found = i;
    }
    if (found < 0) return -1;
    last = std::max(last, found);
  }
  return last;
}

// "+gevangene" also finds "krijgsgevangenen": compounds end in their head,
// and a plural Frog lemmatises oddly ("gevangenen" -> "gevangen") still
// begins with the word.
bool has_word_form(const Token& t, const std::string& word) {
  const std::string &lemma = t.lemma_lower, &form = t.word_lower;
  for (const std::string_view ending : {"", "n", "en", "s"}) {
    for (const std::string_view text : {std::string_view(lemma), std::string_view(form)}) {
      if (text.ends_with(ending) && text.substr(0, text.size() - ending.size()).ends_with(word))
        return true;
    }
  }
  return form.starts_with(word);
}

// A capitalised word inside the sentence belongs to a name: the "Wapens" of
// "de Organisatie voor het Verbod op Chemische Wapens" is no weapon sent.
bool in_a_name(const Sentence& s, std::size_t i) {
  const std::string& w = s.tokens[i].word;
  return i > 0 && !w.empty() && std::isupper(static_cast<unsigned char>(w[0])) &&
         w.find('-') == std::string::npos;
}

// The words of one sentence as the patterns ask for them: a verb such as
// "dreigen" has fifty patterns, each asking for its own particles and
// +words, and most of them are nowhere in the sentence. One search of the
// sentence's forms turns those away; a +word's place is looked up once.
class SentenceWords {
 public:
  explicit SentenceWords(const Sentence& s) : s_(s) {}

  // Whether some token's lemma or word is `word` (is_word): a whole line of
  // the forms.
  bool has_word(std::string_view word) {
    const std::string& forms = all_forms();
    for (std::size_t at = forms.find(word); at != std::string::npos;
         at = forms.find(word, at + 1)) {
      const std::size_t end = at + word.size();
      if ((at == 0 || forms[at - 1] == '\n') && end < forms.size() && forms[end] == '\n') {
        return true;
      }
    }
    return false;
  }

  // Whether `word` occurs as a +word (has_word_form) at token `from` or
  // later, not in a name.
  bool occurs_from(int from, const std::string& word) {
    auto [last, added] = last_.try_emplace(word, -1);
    // Every form has_word_form accepts contains the word.
    if (added && all_forms().find(word) != std::string::npos) {
      for (std::size_t i = 0; i < s_.tokens.size(); ++i) {
        if (has_word_form(s_.tokens[i], word) && !in_a_name(s_, i)) last->second = i;
      }
    }
    return last->second >= from;
  }

 private:
  // Made when first asked for: many sentences have no trigger to ask about.
  const std::string& all_forms() {
    if (all_forms_.empty()) {
      for (const Token& t : s_.tokens) all_forms_ += t.lemma_lower + '\n' + t.word_lower + '\n';
    }
    return all_forms_;
  }

  const Sentence& s_;
  std::string all_forms_;                      // every lemma and word, each on a line
  std::unordered_map<std::string, int> last_;  // the last token it occurs at, or -1
};

struct Match {
  const Pattern* pattern = nullptr;
  int trigger = -1;
  int end = -1;  // the trigger or its last particle
  // Finite verbs rank first: in "riepen Ethiopië op … terug te trekken" the
  // event is the appeal, not the withdrawal it asks for.
  std::pair<bool, std::size_t> rank(const Sentence& s) const {
    return {is_finite_verb(s.tokens[trigger]), pattern->specificity()};
  }
};

// Where a pattern's +words may stand: from the clause on, and in a relative
// clause from the noun it is about ("a ceasefire that Turkey and Russia
// sealed", "een staakt-het-vuren dat ... beklonken").
int required_from(const Sentence& s, const Clause& c) {
  const bool relative = c.subordinate && c.first > 0 && is_relative_pronoun(s.tokens[c.first]) &&
                        is_noun(s.tokens[c.first - 1]);
  return relative ? c.first - 1 : c.first;
}

std::optional<Match> fit(const Pattern& p, const Sentence& s, const Grammar& g, const Clause& c,
                         int trigger, SentenceWords& words) {
  for (const std::string& particle : p.particles) {
    if (!words.has_word(particle)) return std::nullopt;
  }
  int end = find_particles(p, s, g, c, trigger);
  if (end < 0) return std::nullopt;
  for (const std::string& word : p.required) {
    if (!words.occurs_from(required_from(s, c), word)) return std::nullopt;
  }
  return Match{&p, trigger, end};
}

// Every pattern that fits, best first; equals keep the order of the file.
std::vector<Match> matches_in(const Sentence& s, const Grammar& g, const Clause& c,
                              const std::vector<int>& candidates, TriggerKind kind,
                              const PatternBook& book, SentenceWords& words) {
  std::vector<Match> found;
  for (int i : candidates) {
    for (const Pattern& p : book.find(kind, lemma_of(s.tokens[i]))) {
      if (std::optional<Match> m = fit(p, s, g, c, i, words)) found.push_back(*m);
    }
  }
  std::stable_sort(found.begin(), found.end(),
                   [&](const Match& a, const Match& b) { return a.rank(s) > b.rank(s); });
  return found;
}

// A negation after the separable particle belongs to the complement that
// follows it: "riep de VS op [de oorlog niet langer aan te moedigen]".
Modality event_modality(const Sentence& s, const Grammar& g, const Clause& c, const Match& m) {
  if (c.modality != Modality::negated || m.end <= m.trigger) return c.modality;
  for (int i = c.first; i <= m.end; ++i) {
    if (is_negator(s.tokens[i], g)) return Modality::negated;
  }
  return Modality::asserted;
}

// Every noun pattern that fits, best first. Nouns the patterns do not list
// may be compounds of one they do: "grensbeschietingen" ends in "beschieting".
std::vector<Match> noun_matches(const Sentence& s, const Grammar& g, const Clause& c,
                                const PatternBook& book, SentenceWords& words) {
  std::vector<Match> found = matches_in(s, g, c, c.nouns, TriggerKind::noun, book, words);
  for (int i : c.nouns) {
    const std::string& lemma = lemma_of(s.tokens[i]);
    if (!book.find(TriggerKind::noun, lemma).empty()) continue;
    for (const Pattern& p : book.find_noun_head(lemma)) {
      if (std::optional<Match> m = fit(p, s, g, c, i, words)) found.push_back(*m);
    }
  }
  return found;
}

const Argument* first_without_preposition(const Clause& c, const Argument* except) {
  for (const Argument& a : c.arguments) {
    if (a.preposition.empty() && &a != except) return &a;
  }
  return nullptr;
}

const Argument* with_preposition(const Clause& c, const Grammar::Words& prepositions) {
  for (const Argument& a : c.arguments) {
    if (prepositions.count(a.preposition)) return &a;
  }
  return nullptr;
}

// A pattern's own slot: one preposition.
const Argument* with_preposition(const Clause& c, const std::string& preposition) {
  for (const Argument& a : c.arguments) {
    if (a.preposition == preposition) return &a;
  }
  return nullptr;
}

// "bombardeerde doelen van Hezbollah": when the object is not an actor, its
// owner after "van" is the target.
// The argument's preposition hangs from a word of `other` ("Government troops
// of Syrian President Assad": "of" from "troops").
bool modifies(const Sentence& s, const Argument& a, const Argument& other) {
  if (a.preposition_token < 0) return false;
  const int head = s.tokens[a.preposition_token].head;
  return head >= other.first && head <= other.last;
}

const Argument* object_owner(const Sentence& s, const Grammar& g, const Clause& c,
                             const Argument* source) {
  for (const Argument& a : c.arguments) {
    if (!g.owner_prepositions.count(a.preposition) || (source && a.first <= source->last)) continue;
    if (source && modifies(s, a, *source)) continue;  // "troops of President Assad captured"
    // Not past a predicative "als": "veroordeelde X als een schending van Y".
    for (int i = c.first; i < a.first; ++i) {
      if (word_in(s.tokens[i], g.role_markers)) return nullptr;
    }
    return &a;
  }
  return nullptr;
}

bool opens_finite_complement(const Sentence& s, const Grammar& g, const Clause* next) {
  if (!next) return false;
  const Token& opener = s.tokens[next->first];
  return word_in(opener, g.complementizers) || word_in(opener, g.question_complementizers);
}

// "eiste dat Moskou ophoudt", "dreigde de VS een les te leren": the first
// actor of the complement clause right after the verb's own.
const Argument* complement_actor(const Sentence& s, const Grammar& g, const Clause* next) {
  if (!opens_finite_complement(s, g, next) && !(next && next->infinitival)) return nullptr;
  return first_without_preposition(*next, nullptr);
}

// "Xi zei dat China en Duitsland …": the first actor a clause names that is
// not of the sources' countries.
Actors others_named(const Clause& c, const Actors& sources) {
  for (const Argument& a : c.arguments) {
    for (const ActorMention& m : a.actors) {
      if (!has_country(sources, m.actor.country)) return {m};
    }
  }
  return {};
}

const Argument* fill_slot(const Sentence& s, const Grammar& g, const Clause& c, const Clause* next,
                          const std::vector<std::string>& slots, const Argument* except) {
  for (const std::string& slot : slots) {
    const Argument* a = nullptr;
    if (slot == "owngov") continue;  // filled from the source, see own_government
    if (slot == "comp") {
      a = complement_actor(s, g, next);
    } else if (slot == "subj") {
      a = first_without_preposition(c, except);
    } else if (slot == "obj") {
      a = first_without_preposition(c, except);
      if (!a) a = object_owner(s, g, c, except);
    } else {
      a = with_preposition(c, slot);
    }
    if (a && a != except) return a;
  }
  return nullptr;
}

Actors actors_of(const Argument* a) { return a ? a->actors : Actors{}; }

bool source_role_fits(const Pattern& p, const Actors& sources) {
  if (p.source_role.empty()) return true;
  return std::any_of(sources.begin(), sources.end(),
                     [&](const ActorMention& m) { return m.actor.role == p.source_role; });
}

// "Georgiërs demonstreerden tegen de wet": protest with no one named is
// protest against the government where it happens ("Afghanen
// demonstreerden in Karachi": Pakistan's), else the protesters' own (slot
// "owngov").
Actors own_government(const Pattern& p, const Grammar& g, const Clause& c, const Actors& sources) {
  if (std::find(p.target_slots.begin(), p.target_slots.end(), "owngov") == p.target_slots.end()) {
    return {};
  }
  auto government_of = [](ActorMention m) {
    m.actor = make_actor_code(m.actor.country + "GOV");
    return m;
  };
  if (const Argument* where = with_preposition(c, g.place_prepositions)) {
    for (const ActorMention& m : where->actors) {
      if (names_a_country(m.actor)) return {government_of(m)};
    }
  }
  Actors targets;
  for (const ActorMention& m : sources) {
    if (!names_a_country(m.actor)) continue;
    ActorMention government = government_of(m);
    if (government.actor.code != m.actor.code) targets.push_back(government);
  }
  return targets;
}

// Actors named as where something happened are their countries: "in
// Mogadishu" is Somalia, not its government (which "Mogadishu" is as a subject).
Actors as_places(const Actors& actors) {
  Actors countries;
  for (ActorMention m : actors) {
    if (!names_a_country(m.actor)) continue;
    m.actor = make_actor_code(m.actor.country);
    countries.push_back(m);
  }
  return countries;
}

// "bestormden een hotel in Mogadishu": violence against something that is no
// actor strikes the country where it stands.
Actors attacked_place(const Pattern& p, const Grammar& g, const Clause& c, const Argument* source) {
  static const std::set<std::string> kViolentRoots = {"18", "19", "20"};
  if (!kViolentRoots.count(p.code.substr(0, 2)) || p.symmetric || c.reciprocal) return {};
  const Argument* where = with_preposition(c, g.place_prepositions);
  if (!where) return {};
  // "Demonstranten in Nairobi bestormden …": where the attackers are.
  if (source && where->preposition_token == source->last + 1) return {};
  return as_places(where->actors);
}

// "doodden duizenden mannen", "ruim achtduizend", "500 burgers": a count of a
// hundred or more in the clause. Only counts before a noun or counting words:
// "in juli 1995" is a year.
bool counts_hundreds(const Sentence& s, const Grammar& g, const Clause& c) {
  // "achtduizend", "duizenden", "hundreds": a word ending in a large number,
  // in the plural too.
  auto large = [&](const std::string& word) {
    for (const std::string& number : g.large_numbers) {
      for (const char* plural : {"", "en", "s"}) {
        if (word.ends_with(number + plural)) return true;
      }
    }
    return false;
  };
  for (int i = c.first; i <= c.last; ++i) {
    const Token& t = s.tokens[i];
    const std::string& word = t.word_lower;
    bool counting = is_prenominal_cardinal(t) || is_common_noun(t) || is_cardinal(t);
    if (counting && large(word)) return true;
    if (!is_prenominal_cardinal(t)) continue;
    std::string digits;
    for (char ch : word) {
      if (std::isdigit(static_cast<unsigned char>(ch))) digits += ch;
    }
    std::size_t separators =
        std::count(word.begin(), word.end(), '.') + std::count(word.begin(), word.end(), ',');
    bool numeral = digits.size() == word.size() - separators;
    if (numeral && digits.size() >= 3) return true;
  }
  return false;
}

// Symmetric events go each way: between source and target ("spraken met",
// "ondertekenden met"), or, with no target, among a coordinated source
// ("Ankara en Moskou kwamen overeen", "elkaar").
void make_mutual(bool mutual, Coding& coding) {
  if (!mutual) return;
  if (coding.targets.empty()) {
    if (coding.sources.size() >= 2) coding.reciprocal = coding.sources;
    return;
  }
  coding.both_ways = true;
}

Coding code_verb(const Sentence& s, const Grammar& g, const Clause& c, const Clause* next,
                 const Match& m) {
  const Pattern& p = *m.pattern;
  Coding coding{.pattern = &p,
                .trigger = m.trigger,
                .confidence = 0.8,
                .modality = event_modality(s, g, c, m)};
  const Argument* door = with_preposition(c, g.agent_prepositions);
  const Argument* source = nullptr;
  if (door && is_participle(s.tokens[m.trigger])) {  // passive: "gesteund door Turkije"
    source = door;
    coding.sources = door->actors;
    coding.targets = actors_of(first_without_preposition(c, door));
  } else {
    source = fill_slot(s, g, c, next, p.source_slots, nullptr);
    coding.sources = actors_of(source);
    const Argument* target = fill_slot(s, g, c, next, p.target_slots, source);
    coding.targets = target && g.place_prepositions.count(target->preposition)
                         ? as_places(target->actors)
                         : actors_of(target);
  }
  if (coding.targets.empty()) coding.targets = own_government(p, g, c, coding.sources);
  if (coding.targets.empty()) coding.targets = attacked_place(p, g, c, source);
  make_mutual(p.symmetric || c.reciprocal, coding);
  if (!source_role_fits(p, coding.sources)) return {};
  if (!p.mass_code.empty() && counts_hundreds(s, g, c)) coding.code = p.mass_code;
  return coding;
}

// "van/door X" right after a noun names who it is of or by.
bool owned_by(const Grammar& g, const Argument& a) {
  return g.owner_prepositions.count(a.preposition) || g.agent_prepositions.count(a.preposition);
}

// Where the noun's other phrases may start: after its "van"/"door" owner
// if one follows it ("de aanval van Israël | op Iran").
int after_owner(const Grammar& g, const Clause& c, int noun) {
  for (const Argument& owner : c.arguments) {
    bool owns = owned_by(g, owner);
    if (owns && owner.preposition_token == noun + 1) return owner.last + 1;
  }
  return noun + 1;
}

// Whether a phrase belongs to a nominal event: where it happened, or a
// phrase after the noun (and its owner) with only these tokens between:
// "vuurgevechten uit tussen", "beschietingen over en weer op", "een offensief
// begonnen tegen".
bool attaches(const Sentence& s, const Grammar& g, const Clause& c, int noun, const Argument& a) {
  bool where = g.place_prepositions.count(a.preposition) > 0;
  if (where && a.preposition_token > noun) return true;  // where it happened
  int from = owned_by(g, a) ? noun + 1 : after_owner(g, c, noun);
  if (a.preposition_token < from || a.preposition_token > from + 3) return false;
  for (int i = from; i < a.preposition_token; ++i) {
    const Token& t = s.tokens[i];
    if (!(is_particle(t) || is_adverb(t) || is_coordinator(t) || is_verb(t))) {
      return false;
    }
  }
  return true;
}

// The prepositions that introduce a nominal event's target: the pattern's
// own, or "op", "tegen" and "met".
bool introduces_target(const Pattern& p, const Grammar& g, const std::string& preposition) {
  bool own = !(p.target_slots.size() == 1 && p.target_slots.front() == "obj");
  if (!own) return g.target_prepositions.count(preposition) > 0;
  return std::find(p.target_slots.begin(), p.target_slots.end(), preposition) !=
         p.target_slots.end();
}

bool is_definite(const Sentence& s, int noun) {
  for (int i = noun - 1; i >= 0; --i) {
    const Token& t = s.tokens[i];
    if (is_adjective(t) || is_attributive_verb(t)) continue;
    return is_definite_article(t) || is_demonstrative_determiner(t) || is_possessive(t);
  }
  return false;
}

// Participants named with the noun itself: "tussen X en Y", "van/door X",
// "op/tegen/met Y", and a country adjective ("de Iraanse aanval").
bool attach_participants(const Sentence& s, const Grammar& g, const Clause& c, int noun,
                         const Pattern& p, Coding& coding) {
  bool attached = false;
  if (const Argument* own = argument_at(c, noun)) {
    coding.sources = own->actors;
    attached = true;
  }
  for (const Argument& a : c.arguments) {
    if (!attaches(s, g, c, noun, a)) continue;
    attached = true;
    // "tussen X en Y" is each way, unless the pattern makes them the
    // targets: "de bemiddeling van Qatar tussen Israël en Hamas".
    bool between = g.between_prepositions.count(a.preposition) && a.actors.size() >= 2;
    if (between && !introduces_target(p, g, a.preposition)) coding.reciprocal = a.actors;
    if (owned_by(g, a)) coding.sources = a.actors;
    // "de luchtaanval op het consulaat in Damascus": where it happened only
    // when no one was named as struck.
    bool only_where = g.place_prepositions.count(a.preposition) && !coding.targets.empty();
    if (introduces_target(p, g, a.preposition) && !only_where) coding.targets = a.actors;
  }
  return attached;
}

bool receives(const Sentence& s, const Grammar& g, const Clause& c) {
  for (int v : c.verbs) {
    const std::string& lemma = lemma_of(s.tokens[v]);
    if (g.receiving_verbs.count(lemma)) return true;
  }
  return false;
}

// "India en China voeren overleg", "Azerbeidzjan is een offensief begonnen
// tegen …": a nominal event in the predicate has the clause's subject as
// source; with "krijgen" ("Guyana kreeg steun van de VS") as target.
// "bij aanslagen omgekomen": a noun in a prepositional phrase is no predicate
// of the subject.
bool in_prepositional_phrase(const Sentence& s, int noun) {
  for (int i = noun - 1; i >= 0; --i) {
    const Token& t = s.tokens[i];
    if (is_preposition(t)) return true;
    if (!(is_article(t) || is_adjective(t) || is_numeral(t) || is_pronoun(t))) {
      return false;
    }
  }
  return false;
}

void subject_as_participant(const Sentence& s, const Grammar& g, const Clause& c, int noun,
                            Coding& coding) {
  if (!coding.reciprocal.empty() || in_prepositional_phrase(s, noun)) return;
  const Argument* subject = first_without_preposition(c, nullptr);
  if (!subject || (subject->first <= noun && noun <= subject->last)) return;
  if (receives(s, g, c)) {
    if (coding.targets.empty()) coding.targets = subject->actors;
  } else if (coding.sources.empty()) {
    coding.sources = subject->actors;
  }
}

bool only_copula(const Sentence& s, const Grammar& g, const Clause& c) {
  return !c.verbs.empty() && std::all_of(c.verbs.begin(), c.verbs.end(), [&](int v) {
    return g.copulas.count(lemma_of(s.tokens[v]));
  });
}

Coding code_noun(const Sentence& s, const Grammar& g, const Clause& c, const Match& m,
                 int quad_class, const Discourse& d) {
  Coding coding{
      .pattern = m.pattern, .trigger = m.trigger, .confidence = 0.7, .modality = c.modality};
  bool attached = attach_participants(s, g, c, m.trigger, *m.pattern, coding);
  subject_as_participant(s, g, c, m.trigger, coding);
  if (coding.reciprocal.empty()) make_mutual(m.pattern->symmetric, coding);
  if (attached || !coding.sources.empty() || !is_definite(s, m.trigger)) return coding;
  if (only_copula(s, g, c)) return coding;  // "Het is de grootste ontvoering": a description
  take_latest_participants(s.index, quad_class, d, coding);  // "De onderhandelingen …"
  return coding;
}

// A passive clause: a participle with a form of "worden" ("werden verdreven").
bool is_passive(const Sentence& s, const Grammar& g, const Clause& c, int trigger) {
  if (!is_participle(s.tokens[trigger])) return false;
  return std::any_of(c.verbs.begin(), c.verbs.end(),
                     [&](int v) { return g.passive_auxiliaries.count(lemma_of(s.tokens[v])); });
}

// Who fled: the subject, or for verbs of driving out (source=obj) the object
// of an active clause.
const Argument* who_fled(const Sentence& s, const Grammar& g, const Clause& c, const Match& m) {
  const Argument* subject = first_without_preposition(c, nullptr);
  bool driven_out = !m.pattern->source_slots.empty() && m.pattern->source_slots.front() == "obj";
  if (!driven_out || is_passive(s, g, c, m.trigger)) return subject;
  return first_without_preposition(c, subject);
}

// "Duizenden zijn gevlucht": a count without a named group still tells of
// people fleeing.
bool counts_people(const Sentence& s, const Clause& c) {
  for (int i = c.first; i <= c.last; ++i) {
    if (is_cardinal(s.tokens[i])) return true;
  }
  return false;
}

bool has_participants(const Coding& c) {
  return c.reciprocal.size() >= 2 || (!c.sources.empty() && !c.targets.empty());
}

class SentenceCoder {
 public:
  SentenceCoder(const Document& doc, const Sentence& s, const Lexicon& lex, Discourse& d)
      : doc_(doc), s_(s), lex_(lex), g_(lex.grammar), discourse_(d) {}

  // `mentions`: the actors the dictionaries find in the sentence.
  // `places` is null without a gazetteer.
  void code(Actors mentions, PlaceCandidates* places, std::vector<Record>& out) {
    if (places) {
      add_place_actors(s_, doc_.text,
                       find_places(s_, doc_.text, *places, known_countries(mentions)), mentions);
    }
    resolve_both_sides(mentions, discourse_, s_.index);
    give_roles_a_country(s_, g_, mentions, discourse_);
    std::vector<Clause> clauses = extract_clauses(s_, mentions, g_);
    resolve_pronouns(s_, clauses, discourse_);
    for (std::size_t k = 0; k < clauses.size(); ++k) {
      code_clause(clauses[k], k + 1 < clauses.size() ? &clauses[k + 1] : nullptr, out);
    }
    remember_owners(s_, g_, clauses, discourse_);
    if (!mentions.empty()) discourse_.last_actors = mentions;
  }

 private:
  void code_clause(const Clause& c, const Clause* next, std::vector<Record>& out) {
    code_displacement(c, out);
    Coding coding;
    std::vector<Match> verbal =
        matches_in(s_, g_, c, c.verbs, TriggerKind::verb, lex_.patterns, words_);
    // The best pattern that finds its participants: "waarschuwen voor" and
    // "waarschuwen <iemand>" are two patterns of one verb.
    for (const Match& m : verbal) {
      coding = code_verb(s_, g_, c, next, m);
      if (has_participants(coding)) break;
    }
    // A verb event that finds no participants gives way to a nominal one
    // ("voerden een luchtaanval uit op …"); failing that, the best verb
    // pattern stays, for a reaction may still find its target.
    if (!has_participants(coding)) {
      Coding nominal = code_nominal(c);
      if (has_participants(nominal) || verbal.empty()) {
        coding = nominal;
      } else {
        coding = code_verb(s_, g_, c, next, verbal.front());
      }
    }
    if (!coding.pattern) return;
    const EventType* type =
        lex_.ontology.find(coding.code.empty() ? coding.pattern->code : coding.code);
    if (!type) return;  // load_lexicon checks every pattern code against the ontology
    react_to_latest_actor(s_, c, *type, lex_, discourse_, coding);
    fill_implicit_target(c, next, type->quad_class, coding);
    std::size_t before = out.size();
    if (!coding.reciprocal.empty()) {
      for (const auto& a : coding.reciprocal) {
        for (const auto& b : coding.reciprocal) emit(a, b, c, coding, *type, out);
      }
    } else {
      for (const auto& a : coding.sources) {
        for (const auto& b : coding.targets) {
          emit(a, b, c, coding, *type, out);
          if (coding.both_ways) emit(b, a, c, coding, *type, out);
        }
      }
    }
    if (out.size() > before && coding.modality == Modality::asserted) {
      discourse_.events.push_back({s_.index, type->quad_class, coding});
    }
  }

  // A main clause in the active voice may leave its target out: "Kigali
  // ontkent dat het de M23 steunt" acts on the party its content names, "De VN
  // eisten een onderzoek" on the other side of what was just told.
  void fill_implicit_target(const Clause& c, const Clause* next, int quad_class,
                            Coding& coding) const {
    if (c.subordinate || !coding.targets.empty() || !coding.reciprocal.empty()) return;
    if (coding.sources.empty() || is_passive(s_, g_, c, coding.trigger)) return;
    if (opens_finite_complement(s_, g_, next)) {
      coding.targets = others_named(*next, coding.sources);
      if (!coding.targets.empty()) coding.confidence = 0.6;
      return;
    }
    take_other_party(c, discourse_, s_.index, quad_class, coding);
  }

  // "The Turkish-Russian ceasefire has collapsed": the noun is the subject of
  // a verb that says it failed, so it tells of no new ceasefire.
  bool has_failed(const Clause& c, int noun) const {
    if (s_.tokens[noun].rel != "su") return false;
    return std::any_of(c.verbs.begin(), c.verbs.end(),
                       [&](int v) { return g_.ending_verbs.count(lemma_of(s_.tokens[v])) > 0; });
  }

  // The nominal event of a clause: the first noun whose own phrases name its
  // participants ("dankzij bemiddeling door Oman" over "de gevangenenruil",
  // which only refers back), else the best one.
  Coding code_nominal(const Clause& c) const {
    std::vector<Coding> codings;
    for (const Match& n : noun_matches(s_, g_, c, lex_.patterns, words_)) {
      const EventType* type = lex_.ontology.find(n.pattern->code);
      if (type && type->quad_class <= 2 && has_failed(c, n.trigger)) continue;
      codings.push_back(code_noun(s_, g_, c, n, type ? type->quad_class : 0, discourse_));
    }
    auto told = [](const Coding& x) { return !x.inferred && has_participants(x); };
    auto found = std::find_if(codings.begin(), codings.end(), told);
    if (found == codings.end()) {
      found = std::find_if(codings.begin(), codings.end(),
                           [](const Coding& x) { return !x.inferred && !x.sources.empty(); });
    }
    if (found != codings.end()) return *found;
    return codings.empty() ? Coding{} : codings.front();
  }

  // People fleeing: one record of type displacement per clause, whoever fled
  // as its source (left empty when the text only counts them: "duizenden
  // zijn gevlucht"). Counts, origin and destination come from src/resolve/.
  void code_displacement(const Clause& c, std::vector<Record>& out) {
    std::vector<Match> found =
        matches_in(s_, g_, c, c.verbs, TriggerKind::verb, lex_.displacement, words_);
    if (found.empty())
      found = matches_in(s_, g_, c, c.nouns, TriggerKind::noun, lex_.displacement, words_);
    if (found.empty()) return;
    const Match& m = found.front();
    const Argument* fled = who_fled(s_, g_, c, m);
    if (!fled && !counts_people(s_, c)) return;
    Record r = record_for(c, m.trigger, event_modality(s_, g_, c, m), 0.7);
    r.type = "displacement";
    if (fled && !fled->actors.empty()) {
      r.source = {fled->actors.front().actor, fled->actors.front().text};
    }
    out.push_back(std::move(r));
  }

  Record record_for(const Clause& clause, int trigger, Modality modality, double confidence) {
    Record r;
    r.doc = doc_.id;
    r.lang = doc_.lang;
    r.date = doc_.date;
    r.modality = modality_name(modality);
    r.evidence.push_back(
        {s_.index, s_.start, s_.end, doc_.text.substr(s_.start, s_.end - s_.start), doc_.id});
    r.confidence = confidence;
    r.trigger = trigger;
    r.clause_first = clause.first;
    r.clause_last = clause.last;
    return r;
  }

  // The countries of the story so far: a place name several places share
  // resolves to the one there.
  std::set<std::string> known_countries(const Actors& mentions) const {
    std::set<std::string> countries;
    for (const auto& [country, count] : discourse_.country_mentions) countries.insert(country);
    for (const ActorMention& m : mentions) {
      if (names_a_country(m.actor)) countries.insert(m.actor.country);
    }
    return countries;
  }

  void emit(const ActorMention& source, const ActorMention& target, const Clause& clause,
            const Coding& coding, const EventType& type, std::vector<Record>& out) {
    if (source.actor.code == target.actor.code) return;
    auto key = std::make_tuple(source.actor.code, target.actor.code, type.code);
    if (!emitted_.insert(key).second) return;  // the same event twice in one sentence
    Record r = record_for(clause, coding.trigger, coding.modality, coding.confidence);
    r.antecedent = coding.antecedent;
    r.source = {source.actor, source.text};
    r.target = {target.actor, target.text};
    r.cameo = type.code;
    r.root = type.root();
    r.quad_class = type.quad_class;
    r.goldstein = type.goldstein;
    r.plover = type.plover;
    out.push_back(std::move(r));
  }

  const Document& doc_;
  const Sentence& s_;
  const Lexicon& lex_;
  const Grammar& g_;
  Discourse& discourse_;
  mutable SentenceWords words_{s_};  // a cache: looking words up changes no answer
  std::set<std::tuple<std::string, std::string, std::string>> emitted_;
};

// The country a document names most, counting every actor of every sentence.
std::string most_named_country(const std::vector<Actors>& mentions_by_sentence) {
  std::map<std::string, int> counts;
  for (const Actors& mentions : mentions_by_sentence) {
    for (const ActorMention& m : mentions) {
      if (names_a_country(m.actor)) ++counts[m.actor.country];
    }
  }
  auto most = std::max_element(counts.begin(), counts.end(),
                               [](const auto& a, const auto& b) { return a.second < b.second; });
  return most == counts.end() ? "" : most->first;
}

}  // namespace

std::vector<Record> code_events(const Document& document, const AnalyzedDocument& analysis,
                                const Lexicon& lexicon) {
  std::vector<Record> records;
  // Each sentence's actors, found once: the document's main country needs them all first.
  std::vector<Actors> mentions_by_sentence;
  for (const Sentence& s : analysis.sentences) {
    mentions_by_sentence.push_back(
        find_actor_mentions(s, lexicon.actors, document.date, document.text));
  }
  Discourse discourse;
  discourse.document_country = most_named_country(mentions_by_sentence);
  std::optional<PlaceCandidates> places;
  if (lexicon.gazetteer) places.emplace(*lexicon.gazetteer);
  for (std::size_t i = 0; i < analysis.sentences.size(); ++i) {
    SentenceCoder(document, analysis.sentences[i], lexicon, discourse)
        .code(std::move(mentions_by_sentence[i]), places ? &*places : nullptr, records);
  }
  return records;
}

}  // namespace kroniek
