#include "code/discourse.h"

#include <algorithm>
#include <set>

#include "code/actors.h"
#include "code/clauses.h"
#include "core/word_class.h"
#include "lexicon/dictionary_file.h"

namespace kroniek {
namespace {

// "De twee leiders ondertekenden …": everyone in the latest event.
Actors both_sides(const ActorMention& both, const Discourse& d, std::size_t sentence) {
  if (d.events.empty() || sentence - d.events.back().sentence > 2) return {};
  const Coding& last = d.events.back().coding;
  Actors everyone = last.reciprocal;
  if (everyone.empty()) {
    everyone = last.sources;
    everyone.insert(everyone.end(), last.targets.begin(), last.targets.end());
  }
  Actors out;
  for (ActorMention m : everyone) {
    bool seen = std::any_of(out.begin(), out.end(),
                            [&](const ActorMention& o) { return o.actor.code == m.actor.code; });
    if (seen) continue;
    m.first = both.first;
    m.last = both.last;
    m.text = both.text;
    out.push_back(m);
  }
  return out.size() >= 2 ? out : Actors{};
}

// The country the document is about so far: the one named most often; of
// equals, the one the whole document names most, else the last in code order.
// "De politie" in an article about Kenya is KENCOP.
std::string focus_country(const Discourse& d) {
  std::string best;
  int most = 0;
  for (const auto& [country, count] : d.country_mentions) {
    if (count >= most && !(count == most && best == d.document_country)) {
      best = country;
      most = count;
    }
  }
  return best;
}

// "In Jerevan demonstreerden duizenden mensen": the country of a place the
// sentence is set in ("in" + name, skipping "de Soedanese hoofdstad").
// The country of the place an "in" right before a country mention names:
// "in de Soedanese hoofdstad Khartoem", "in Karachi".
std::string country_after_in(const Sentence& s, const Grammar& g, const ActorMention& m) {
  if (!names_a_country(m.actor)) return "";
  for (int i = m.first - 1, steps = 0; i >= 0 && steps < 4; --i, ++steps) {
    const Token& t = s.tokens[i];
    if (word_in(t, g.place_prepositions)) return m.actor.country;
    if (!(is_article(t) || is_adjective(t) || is_common_noun(t))) break;
  }
  return "";
}

// Where the sentence is set, when it opens with it: "In Khartoem hebben het
// leger en de RSF …". An "in" further on may belong to another clause ("riep
// het leger op naar de onderhandelingstafel in Jeddah terug te keren").
std::string scene_country(const Sentence& s, const Grammar& g, const Actors& mentions) {
  if (s.tokens.empty() || !word_in(s.tokens.front(), g.place_prepositions)) return "";
  for (const ActorMention& m : mentions) {
    if (std::string country = country_after_in(s, g, m); !country.empty()) return country;
  }
  return "";
}

// "Demonstranten in Nairobi": a role noun followed by where it is.
std::string located_country(const Sentence& s, const Grammar& g, const Actors& mentions,
                            const ActorMention& role) {
  int in = role.last + 1;
  if (in >= static_cast<int>(s.tokens.size()) || !word_in(s.tokens[in], g.place_prepositions)) {
    return "";
  }
  for (const ActorMention& m : mentions) {
    if (m.first > in && m.first <= in + 4) return country_after_in(s, g, m);
  }
  return "";
}

// "zijn leger", "hun troepen": the country of the actor named just before.
std::string possessor_country(const Sentence& s, const Actors& mentions, const ActorMention& m) {
  if (m.first == 0 || !is_possessive(s.tokens[m.first - 1])) return "";
  for (auto it = mentions.rbegin(); it != mentions.rend(); ++it) {
    if (it->last < m.first && names_a_country(it->actor)) return it->actor.country;
  }
  return "";
}

// "Zuid-Korea veroordeelde de lancering", "Vučić wees die beschuldiging af":
// a reaction to a definite act ("de", "die" + noun) with no one named reacts
// to whoever acted last, in the three sentences before.
// The noun of the act reacted to ("de aanvallen"), or -1.
int named_act(const Sentence& s, const Clause& c) {
  for (int i = c.first; i < c.last; ++i) {
    const Token& t = s.tokens[i];
    bool definite = is_definite_article(t) || is_demonstrative_determiner(t);
    if (definite && is_common_noun(s.tokens[i + 1]) && !argument_at(c, i + 1)) return i + 1;
  }
  return -1;
}

// The quad class of an act noun that is itself an event ("aanval": 4), or 0.
int quad_class_of_act(const Token& noun, const Lexicon& lexicon) {
  for (const Pattern& p : lexicon.patterns.find(TriggerKind::noun, lemma_of(noun))) {
    if (const EventType* t = lexicon.ontology.find(p.code)) return t->quad_class;
  }
  return 0;
}

bool is_reaction(const EventType& type) {
  static const std::set<std::string> kReactionRoots = {"11", "12"};
  return kReactionRoots.count(type.root()) > 0;
}

// Whether the clause names an actor besides the sources: then the slots missed
// the target, and guessing one from the story would code a second party.
bool names_others(const Clause& c, const Actors& sources) {
  for (const Argument& a : c.arguments) {
    for (const ActorMention& m : a.actors) {
      bool source = std::any_of(sources.begin(), sources.end(), [&](const ActorMention& s) {
        return s.first == m.first && s.actor.code == m.actor.code;
      });
      if (!source) return true;
    }
  }
  return false;
}

bool is_material(int quad_class) { return quad_class == 2 || quad_class == 4; }

// The state and its arms speak for one side: "Mexico" and "President López
// Obrador", "Israël" and "het Israëlische leger".
bool is_state(const ActorCode& a) {
  static const std::set<std::string> kStateRoles = {"", "GOV", "HOS", "MIL", "COP", "SPY"};
  return names_a_country(a) && kStateRoles.count(a.role) > 0;
}

bool same_side(const ActorCode& a, const ActorCode& b) {
  return a.code == b.code || (a.country == b.country && is_state(a) && is_state(b));
}

bool on_side_of(const ActorMention& m, const Actors& side) {
  return std::any_of(side.begin(), side.end(),
                     [&](const ActorMention& s) { return same_side(s.actor, m.actor); });
}

// Whom a reaction to a past event is aimed at: who acted in it. Critics at home
// ("Belgische oppositiepartijen kritiseerden de ruil", "demonstranten") aim at
// their own side of it; a government aims at the foreign side, or at its own
// people when the event was all at home ("Ruto noemde de bestorming verraad").
Actors who_acted(const Coding& past, const Actors& reactors) {
  Actors acted = past.reciprocal.empty() ? past.sources : past.reciprocal;
  std::erase_if(acted, [&](const ActorMention& m) { return on_side_of(m, reactors); });
  auto at_home = [&](const ActorMention& m) { return has_country(reactors, m.actor.country); };
  bool critics_at_home = std::none_of(reactors.begin(), reactors.end(),
                                      [](const ActorMention& r) { return is_state(r.actor); });
  Actors home, abroad;
  for (const ActorMention& m : acted) (at_home(m) ? home : abroad).push_back(m);
  if (critics_at_home && !home.empty()) return home;
  return abroad.empty() ? home : abroad;
}

// The side of a past event that the sources are not on: its targets when the
// sources acted in it, its sources otherwise; another country first, then
// another actor at home ("Ruto trok het wetsvoorstel in" after protests).
Actors other_side(const Coding& past, const Actors& sources) {
  auto is_ours = [&](const ActorMention& m) { return on_side_of(m, sources); };
  Actors everyone = past.reciprocal;
  if (everyone.empty()) {
    bool we_acted = std::any_of(past.sources.begin(), past.sources.end(), is_ours);
    everyone = we_acted ? past.targets : past.sources;
  }
  std::erase_if(everyone, is_ours);
  auto abroad = std::find_if_not(everyone.begin(), everyone.end(), [&](const ActorMention& m) {
    return has_country(sources, m.actor.country);
  });
  if (abroad != everyone.end()) return {*abroad};
  return everyone.empty() ? Actors{} : Actors{everyone.front()};
}

}  // namespace

void resolve_pronouns(const Sentence& s, std::vector<Clause>& clauses, const Discourse& d) {
  for (std::size_t k = 0; k < clauses.size(); ++k) {
    for (Argument& a : clauses[k].arguments) {
      if (!a.pronoun) continue;
      const Token& t = s.tokens[a.first];
      if (is_relative_pronoun(t) && k > 0 && !clauses[k - 1].arguments.empty()) {
        a.actors = clauses[k - 1].arguments.back().actors;  // "de rebellen, die ..."
      } else if (a.first == clauses[k].first && k == 0 && !d.last_actors.empty()) {
        a.actors = {d.last_actors.back()};  // "Die weten zich gesteund ..."
      }
    }
  }
}

void remember_owners(const Sentence& s, const Grammar& g, const std::vector<Clause>& clauses,
                     Discourse& d) {
  for (const Clause& c : clauses) {
    for (const Argument& a : c.arguments) {
      bool owner = g.owner_prepositions.count(a.preposition) > 0;
      if (!owner || a.actors.empty() || a.preposition_token < 1) continue;
      const Token& thing = s.tokens[a.preposition_token - 1];
      if (is_common_noun(thing)) d.owners[lemma_of(thing)] = a.actors.front();
    }
  }
}

void resolve_both_sides(Actors& mentions, const Discourse& d, std::size_t sentence) {
  Actors resolved;
  for (const ActorMention& m : mentions) {
    if (m.actor.code != kBothSides) {
      resolved.push_back(m);
      continue;
    }
    for (const ActorMention& side : both_sides(m, d, sentence)) resolved.push_back(side);
  }
  mentions = std::move(resolved);
}

// Counts the countries of a sentence, then gives role nouns without one the
// possessor's country, the country the sentence is set in, or the article's
// focus country; those that still have none are dropped.
void give_roles_a_country(const Sentence& s, const Grammar& g, Actors& mentions, Discourse& d) {
  // The focus is what earlier sentences were about: this sentence's own
  // countries are often the other party ("werkt samen met Russische huurlingen").
  std::string focus = scene_country(s, g, mentions);
  if (focus.empty()) focus = focus_country(d);
  for (const ActorMention& m : mentions) {
    if (names_a_country(m.actor)) ++d.country_mentions[m.actor.country];
  }
  if (focus.empty()) focus = focus_country(d);
  // "De junta" in a lead that names Myanmar only later.
  if (focus.empty()) focus = d.document_country;
  for (ActorMention& m : mentions) {
    if (m.actor.code == kBothSides || !m.actor.country.empty()) continue;
    std::string country = possessor_country(s, mentions, m);
    if (country.empty()) country = located_country(s, g, mentions, m);
    if (country.empty()) country = focus;
    if (!country.empty()) m.actor = make_actor_code(country + m.actor.role);
  }
  std::erase_if(mentions, [](const ActorMention& m) { return m.actor.country.empty(); });
}

void react_to_latest_actor(const Sentence& s, const Clause& c, const EventType& type,
                           const Lexicon& lexicon, const Discourse& d, Coding& coding) {
  if (!coding.targets.empty() || !coding.reciprocal.empty() || coding.sources.empty()) return;
  int act = named_act(s, c);
  if (!is_reaction(type) || act < 0) return;
  // "wees het rapport af": a thing whose owner was named before.
  if (auto owner = d.owners.find(lemma_of(s.tokens[act])); owner != d.owners.end()) {
    if (!on_side_of(owner->second, coding.sources)) {
      coding.targets = {owner->second};
      coding.confidence = 0.5;
      coding.inferred = true;
      return;
    }
  }
  int act_quad = quad_class_of_act(s.tokens[act], lexicon);  // "de aanvallen": an assault
  for (auto past = d.events.rbegin(); past != d.events.rend(); ++past) {
    if (s.index - past->sentence > 3) break;
    if (past->coding.inferred) continue;  // react to what was told, not to a guess
    // "veroordeelde de actie": an act the patterns do not know is done, not said.
    bool fits = act_quad != 0 ? past->quad_class == act_quad : is_material(past->quad_class);
    if (!fits) continue;
    Actors actors = who_acted(past->coding, coding.sources);
    if (actors.empty()) continue;
    coding.targets = actors;
    coding.confidence = 0.5;
    coding.inferred = true;
    return;
  }
  // No event told before: the actor the previous sentence named first ("Noord-
  // Korea lanceerde een raket. … veroordeelden de lancering").
  for (const ActorMention& m : d.last_actors) {
    if (!has_country(coding.sources, m.actor.country)) {
      coding.targets = {m};
      coding.confidence = 0.4;
      coding.inferred = true;
      return;
    }
  }
}

void take_other_party(const Clause& c, const Discourse& d, std::size_t sentence, int quad_class,
                      Coding& coding) {
  if (coding.sources.empty() || !coding.targets.empty() || !coding.reciprocal.empty()) return;
  if (names_others(c, coding.sources)) return;
  for (auto past = d.events.rbegin(); past != d.events.rend(); ++past) {
    if (sentence - past->sentence > 2) break;
    if (quad_class == 4 && past->quad_class <= 2) continue;
    Actors others = other_side(past->coding, coding.sources);
    if (others.empty()) continue;
    coding.targets = others;
    coding.confidence = 0.4;
    coding.inferred = true;
    return;
  }
}

// "De onderhandelingen begonnen zaterdag": a definite nominal event with no
// one named has the participants of the latest event of the same quad class
// in the three sentences before.
void take_latest_participants(std::size_t sentence, int quad_class, const Discourse& d,
                              Coding& coding) {
  for (auto past = d.events.rbegin(); past != d.events.rend(); ++past) {
    if (sentence - past->sentence > 3) break;
    if (past->quad_class == quad_class) {
      coding.sources = past->coding.sources;
      coding.targets = past->coding.targets;
      coding.reciprocal = past->coding.reciprocal;
      coding.confidence = 0.5;
      coding.inferred = true;
      coding.antecedent = static_cast<int>(past->sentence);
      return;
    }
  }
}

}  // namespace kroniek
