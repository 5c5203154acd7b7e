// Gold files (the format of ../shared/seed/idlib.gold.json) and scoring of
// coded records against them.
#pragma once
#include <string>
#include <vector>

#include "core/event.h"

namespace kroniek {

// One directed event a reader expects; a both_directions entry gives two.
struct GoldEvent {
  std::string evidence;              // a piece of the sentence the record's evidence must contain
  std::string source;                // country code, or "IGO"
  std::vector<std::string> targets;  // any one of them is right
  std::vector<std::string> roots;    // CAMEO roots that are right
  std::string source_role, target_role;  // optional
  // Optional attributes a matching record must also have.
  std::string date, date_end;  // "2020-02-08"; a coarser "2018" accepts any day of 2018
  std::string location_name, location_country;
  long long killed_min = 0;  // 0: not asked
  std::string describe() const;
};

// People fleeing, as one record of type displacement.
struct GoldDisplacement {
  std::vector<std::string> evidence;  // pieces of the sentences that tell it
  std::string source;                 // country of who fled
  long long displaced = 0;
  bool one_record = false;  // every mention merged into one record
  std::string destination_country;
  std::string describe() const;
};

// A sentence that must not give asserted records (of these roots, or at all).
struct GoldNegative {
  std::string evidence;
  std::string why;
  std::vector<std::string> roots;  // empty: no record at all
};

struct GoldDocument {
  std::string gold_path;
  std::string text_path;  // NAME.<lang>.txt or NAME.txt beside NAME.gold.json
  std::string id;         // NAME
  std::string lang;       // from the text file name, "nl" when it says none
  std::string date;       // document_date
  std::vector<GoldEvent> must_find;
  std::vector<GoldNegative> must_not_assert;
  std::vector<GoldDisplacement> displacements;
};

// Reads a gold file and finds its text; throws std::runtime_error with the
// file name when either is missing or malformed.
GoldDocument read_gold(const std::string& gold_path);

// The record is the gold event: same sentence, source and target country, and
// a right root; with `roles`, also the roles the gold file gives.
bool matches(const Record& record, const GoldEvent& gold, bool roles);

// Recall over the gold events, precision over the asserted records coded.
struct Score {
  int expected = 0, found = 0;  // directed gold events, and those a record matches
  int coded = 0, correct = 0;   // asserted records, and those matching a gold event
  std::vector<std::string> misses, false_positives;
  // Of the gold events found: dates, places and counts the gold file asks
  // for, and how many a matching record has right.
  int attributes_expected = 0, attributes_right = 0;
  std::vector<std::string> attribute_misses;
  int displacements_expected = 0, displacements_right = 0;
  int displacement_records = 0;  // asserted displacement records coded
  std::vector<std::string> displacement_misses;
  double recall() const { return expected ? static_cast<double>(found) / expected : 1.0; }
  double precision() const { return coded ? static_cast<double>(correct) / coded : 1.0; }
};

// Adds one document's result to `score`. Only asserted records count, and
// only events in recall and precision (displacements are scored apart); a
// record matching a must_not_assert entry is a false positive like any other
// record that matches no gold event. Scored on (source country, target
// country, root) unless `roles` also asks for the gold roles.
void score_document(const GoldDocument& gold, const std::vector<Record>& records, Score& score,
                    bool roles = false);

}  // namespace kroniek
