// De-duplication: one record per real-world event, with all its mentions.
//
// Two records tell of the same event when all of these hold:
//  - the same type and modality;
//  - events: the same source and target code, and the same CAMEO code or
//    one the generic code of the other's family (190 "fighting" and 193
//    "shelling" agree; 193 and 194 do not);
//    displacements: the same source country (or one of them unknown) and
//    displaced counts within 10% of each other (or one of them uncounted);
//  - their dates overlap. A date taken from the document (the sentence gave
//    none) covers the day before as well, since news reports yesterday's
//    events; two undated records agree, a dated and an undated one do not;
//  - their places agree: the same GeoNames place, or one inside the other's
//    country, or one of them without a place.
// Records merge only when they agree with every record already in the group,
// so "Idlib" and "Aleppo" never join through a record without a place.
//
// The merge is independent of the order of its input: records are sorted by
// their content (codes, first day, date, place, id) and grouped in that
// order; a group whose last day is past stops taking records, so a batch of
// n records costs about n log n. A group
// keeps the smallest id of its mentions, the most specific CAMEO code, the
// most precise date and place,
// the largest count of each kind, every mention's evidence (sorted by
// document and position) and the number of mentions.
#pragma once
#include <vector>

#include "core/event.h"

namespace kroniek {

std::vector<Record> merge_duplicates(std::vector<Record> records);

// Whether two records may be the same real-world event (the rules above).
bool same_event(const Record& a, const Record& b);

}  // namespace kroniek
