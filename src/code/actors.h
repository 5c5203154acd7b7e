// Actor resolution: the actors a sentence names, as CAMEO codes.
#pragma once
#include <string>
#include <vector>

#include "code/places.h"
#include "core/actor.h"
#include "core/sentence.h"
#include "lexicon/actor_dictionary.h"

namespace kroniek {

// The code of "beide landen", "de twee leiders": the participants of the
// event told just before, which the coder fills in.
inline constexpr const char* kBothSides = "*both";

// True for a country's actor (not an organisation, militant group or NGO).
bool names_a_country(const ActorCode& actor);

// Whether one of `actors` is of `country`.
bool has_country(const std::vector<ActorMention>& actors, const std::string& country);

// "TURMIL" -> {TURMIL, TUR, MIL}; "IGOWSTNAT" -> {IGOWSTNAT, IGO, ""}.
ActorCode make_actor_code(const std::string& code);

// Finds the actors of a sentence, in text order (`text` is the document's):
//  - names, capitals, people, persons (valid on `date`) and organisations;
//  - a country adjective with a role noun: "de Syrische rebellen" -> SYRREB,
//    shared over coordination: "het Syrische en het Turkse leger" -> SYRMIL, TURMIL;
//  - compounds: "Assad-regime" -> SYRGOV, "NAVO-secretaris-generaal" -> IGOWSTNAT;
//  - a role noun with "van" + actor: "regeringstroepen van president Assad" -> SYRMIL;
//  - appositions merge: "de Syrische president Assad" is one mention;
//  - a role noun with no country ("de politie") has an empty country; the
//    coder gives it one from the document or drops it;
//  - "beide landen", "de twee leiders" have the code kBothSides;
//  - "het land", "zijn land" have neither country nor role: the coder fills
//    in the country.
std::vector<ActorMention> find_actor_mentions(const Sentence& sentence,
                                              const ActorDictionary& dictionary,
                                              const std::string& date, const std::string& text);

// Cities and regions the dictionaries do not name stand for their country:
// "beschoten Charkiv" targets Ukraine. Adds a mention for each place of
// `places` that no mention in `mentions` covers, keeping text order.
void add_place_actors(const Sentence& sentence, const std::string& text,
                      const std::vector<PlaceMention>& places, std::vector<ActorMention>& mentions);

}  // namespace kroniek
