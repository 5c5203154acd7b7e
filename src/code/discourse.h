// Discourse: what earlier sentences of a document tell about the current one.
// Pronouns, "beide landen", role nouns without a country ("de politie"),
// definite nominal events ("de onderhandelingen") and reactions to a named act
// ("veroordeelde de aanval") all refer back.
#pragma once
#include <vector>

#include "code/coding.h"
#include "core/clause.h"
#include "core/sentence.h"
#include "lexicon/lexicon.h"

namespace kroniek {

// "Die weten zich gesteund": a sentence-initial pronoun is the last actor of
// the sentence before; a relative pronoun is the last actor before it.
void resolve_pronouns(const Sentence& s, std::vector<Clause>& clauses, const Discourse& d);

// Remembers whose things the sentence names: "een rapport van de VN" makes a
// later "het rapport" the UN's.
void remember_owners(const Sentence& s, const Grammar& grammar, const std::vector<Clause>& clauses,
                     Discourse& d);

// Replaces "beide landen", "de twee leiders" by the parties of the event just told.
void resolve_both_sides(Actors& mentions, const Discourse& d, std::size_t sentence);

// Counts the sentence's countries, then gives role nouns without a country
// one (possessor, place of the sentence, or the document's focus); drops
// those that still have none.
void give_roles_a_country(const Sentence& s, const Grammar& grammar, Actors& mentions,
                          Discourse& d);

// A criticism or rejection of a definite act with no one named targets who
// acted last.
void react_to_latest_actor(const Sentence& s, const Clause& c, const EventType& type,
                           const Lexicon& lexicon, const Discourse& d, Coding& coding);

// "De VN eisten een onderzoek", "Tokio hief de beperkingen op": news leaves
// out the other party when the story has just named it. An event whose clause
// names no one but its source acts on the other side of the latest event told,
// though force is not used on a partner: after "Russia supports the Syrian
// army", "the Syrian army is advancing" is not on Russia (an event of quad
// class 4 does not take its target from one of class 1 or 2).
void take_other_party(const Clause& c, const Discourse& d, std::size_t sentence, int quad_class,
                      Coding& coding);

// A definite nominal event with no one named has the participants of the
// latest event of its quad class.
void take_latest_participants(std::size_t sentence, int quad_class, const Discourse& d,
                              Coding& coding);

}  // namespace kroniek
