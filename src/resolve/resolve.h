// The resolvers as the pipeline runs them: when, where and how many for the
// coded records of one document.
//
//  - date: the expression in the event's sentence (src/resolve/dates.h), or
//    the document date, which `date_source` then says; a weekday in a
//    present-tense clause without participle is the coming one ("bezoekt
//    vrijdag"), in a past or perfect one the last one;
//  - place: a place after a locative preposition ("in", "bij", "rond", "op",
//    "near") in the event's clause, else in its sentence, else a city the
//    clause names without one ("verliet Ankara") unless it stands for the
//    source actor ("Ankara steunt"), else the last place of an earlier
//    sentence when the clause points back with "daar" or "there";
//    displacements take their origin after "uit"/"vanuit"/"from" and their
//    destination after "naar"/"richting"/"to"/"towards";
//  - counts: killed and wounded go to the violent events of their sentence
//    (roots 18-20), arrested and detained to coercion and assault (17-18),
//    displaced to displacements; a sentence with counts but no such event
//    gives them to the one of the sentence before ("Bij de aanval vielen
//    twaalf doden.").
#pragma once
#include <vector>

#include "core/document.h"
#include "core/event.h"
#include "core/sentence.h"
#include "lexicon/gazetteer.h"

namespace kroniek {

// Fills date, place and counts of `records` (all from `document`); without a
// gazetteer places stay empty.
void resolve_records(const Document& document, const AnalyzedDocument& analysis,
                     const Gazetteer* gazetteer, std::vector<Record>& records);

}  // namespace kroniek
