// Coded records: the output contract of DESIGN.md.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/actor.h"

namespace kroniek {

struct Evidence {
  std::size_t sentence = 0;
  std::size_t start = 0;  // byte offsets in the document text
  std::size_t end = 0;
  std::string text;
  std::string doc;  // the document it is in: merged records hold several
};

struct RecordActor {
  ActorCode code;
  std::string text;
};

// A count the text gives for an event: "zeker 700.000 Syriërs", "meerdere doden".
struct Quantity {
  std::string kind;  // killed, wounded, displaced, arrested, detained
  std::optional<long long> value =
      std::nullopt;  // the number written ("700.000", "zeven"); null if vague
  std::optional<long long> min =
      std::nullopt;  // lower bound: "zeker 700" 700, "meer dan 50" 51, "tientallen" 20
  std::optional<long long> max = std::nullopt;  // upper bound: "hoogstens 30" 30, "bijna 100" 99
  std::string qualifier;                        // exact, approximate, at_least, at_most, vague
  std::string text;                             // the words of the count, as written
};

struct Location {
  std::string name;     // as the gazetteer names it ("Moscow" for "Moskou"), or the text's region
  std::string feature;  // city, region, country
  std::string country;
  std::optional<double> lat = std::nullopt;
  std::optional<double> lon = std::nullopt;
  std::optional<long long> geonameid = std::nullopt;
};

// How precise a place is: a country 0, a region 1, a city 2.
inline int place_precision(const Location& l) {
  return l.feature == "country" ? 0 : l.feature == "region" ? 1 : 2;
}
// A country or a region: a place other places lie within.
inline bool is_area(const Location& l) { return place_precision(l) < 2; }

struct Record {
  std::string id;
  std::string type = "event";  // event | displacement
  std::string doc;
  std::string lang;
  std::string date;  // YYYY-MM-DD or empty
  std::string date_end;
  std::string date_text;
  // "text" (the sentence dates it), "context" (an earlier sentence about the
  // same event does), "document" (fallback), or empty
  std::string date_source;
  RecordActor source;
  RecordActor target;
  std::string cameo;  // "190"
  std::string root;   // "19"
  int quad_class = 0;
  double goldstein = 0.0;
  std::string plover;
  std::string modality = "asserted";
  std::optional<Location> location;
  std::optional<Location> destination;  // displacement: where people fled to
  std::vector<Quantity> quantities;
  std::vector<Evidence> evidence;
  int mentions = 1;
  double confidence = 0.0;
  // Not output: the token of the event word in the evidence sentence, and
  // the clause's tokens, for the resolvers (dates, places, quantities).
  int trigger = -1;
  int clause_first = -1;
  int clause_last = -1;
  // Not output: the sentence of the earlier event a definite noun refers
  // back to ("Bij de aanval vielen …"), whose date and place it shares.
  int antecedent = -1;
};

}  // namespace kroniek
