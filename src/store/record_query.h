// What a reader of the store asks for: filters on records, the same for the
// command line (`kroniek query`) and the HTTP API (`kroniek serve`), checked
// by one function so both give the same clear message for a bad value.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace kroniek {

// Filters of a record query; empty ones do not filter. Every filter must hold.
struct RecordQuery {
  std::string date_from, date_to;  // YYYY-MM-DD, both days included
  std::string actor;           // an actor code ("TURMIL") or its start ("TUR") as source or target
  std::string country;         // the source's or the target's country
  std::string source, target;  // an actor code or its start, on that side only
  std::string root;            // CAMEO root, "19"
  std::string code;            // CAMEO code or its start, "19" or "190"
  std::string place;           // the location's name or country
  std::string text;            // words in the evidence (all of them, any order)
  std::string type;            // "event" or "displacement"
  std::string modality;        // "asserted", "negated", ...
  std::string doc;             // a document id
  std::size_t limit = 100;     // at most this many records ...
  std::size_t offset = 0;      // ... after skipping this many, by date (undated first), then id
};

// The filters by the names users give them: "from", "to", "actor", "source",
// "target", "country", "root", "code", "place", "text", "type", "modality",
// "doc" (not limit and offset, whose bounds differ between callers).
const std::vector<std::string>& record_filter_names();

// A one-line description of the filter, for --help and API errors.
std::string record_filter_help(const std::string& name);

// Checks `value` for the filter `name` and sets it in `query`. Returns "" when
// set, else why not ("'2020-13-01' is not a date YYYY-MM-DD"); an unknown name
// is an error too.
std::string set_record_filter(RecordQuery& query, const std::string& name,
                              const std::string& value);

}  // namespace kroniek
