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
};

struct RecordActor {
  ActorCode code;
  std::string text;
};

struct Quantity {
  std::string kind;  // killed, wounded, displaced, arrested, detained
  std::optional<long long> value;
  std::optional<long long> min;
  std::string text;
};

struct Location {
  std::string name;
  std::string country;
  std::optional<double> lat;
  std::optional<double> lon;
  std::optional<long long> geonameid;
};

struct Record {
  std::string id;
  std::string type = "event";  // event | displacement
  std::string doc;
  std::string lang;
  std::string date;  // YYYY-MM-DD or empty
  std::string date_end;
  std::string date_text;
  RecordActor source;
  RecordActor target;
  std::string cameo;  // "190"
  std::string root;   // "19"
  int quad_class = 0;
  double goldstein = 0.0;
  std::string plover;
  std::string modality = "asserted";
  std::optional<Location> location;
  std::vector<Quantity> quantities;
  std::vector<Evidence> evidence;
  int mentions = 1;
  double confidence = 0.0;
};

}  // namespace kroniek
