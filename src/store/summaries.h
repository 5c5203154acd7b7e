// What the store adds up for a dashboard: counts by place, day, actor, country
// and dyad, and the documents it holds. Computed in the store, so a page never
// fetches every record.
#pragma once
#include <array>
#include <cstddef>
#include <optional>
#include <string>

namespace kroniek {

struct StoreStats {
  std::size_t records = 0, documents = 0;
  std::string date_min, date_max;  // of the dated records; empty when none
};

// Records at one place with coordinates.
struct PlaceCount {
  std::string name, country;
  double lat = 0, lon = 0;
  std::size_t count = 0;
  std::array<std::size_t, 4> by_quad{};  // events of quad class 1..4
  int quad_class = 0;                    // the most frequent of them; 0 when none is an event
};

// Records of one CAMEO root on one day (root empty: displacement).
struct DayCount {
  std::string date, root;
  std::size_t count = 0;
};

struct ActorCount {
  std::string code, country;
  std::size_t as_source = 0, as_target = 0;
};

struct CountryCount {
  std::string country;
  std::size_t as_source = 0, as_target = 0;
};

// Who acts on whom: the events from one actor to another.
struct DyadCount {
  std::string source, target;
  std::size_t count = 0;
  double goldstein = 0;  // mean
  int quad_class = 0;    // the most frequent
};

struct DocumentSummary {
  std::string id, lang, date, title;
  std::size_t records = 0;  // records with evidence in it
};

}  // namespace kroniek
