// The gazetteer: GeoNames places (cities1000) and countries (world-countries)
// in one binary index file that loads in a few milliseconds and is searched
// in place by case-folded name.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/event.h"

namespace kroniek {

// Reads GeoNames cities1000 (TSV) and world-countries countries.json, and our
// own further country names (data/places/country-names.txt; none when
// `names_path` is empty), and writes the index `Gazetteer::load` reads. Throws
// std::runtime_error naming the file when one cannot be read or written, and
// DictionaryError for a bad line of the names.
void build_gazetteer_index(const std::string& cities_path, const std::string& countries_path,
                           const std::string& out_path, const std::string& names_path = "");

// One place a name can mean, with what disambiguation weighs.
struct GazetteerPlace {
  Location location;
  long long population = 0;  // 0 for countries (world-countries gives none)
  bool capital = false;      // GeoNames PPLC: the capital of its country
};

// The folded form names are compared in: ICU full case folding, diacritics kept.
std::string fold_case(std::string_view text);

class Gazetteer {
 public:
  // Reads the index file in one go. Throws std::runtime_error naming the path
  // and the reason when it is missing, truncated or of another format version.
  static Gazetteer load(const std::string& path);

  // Every place the name can mean (case-insensitive), in index order.
  std::vector<GazetteerPlace> candidates(std::string_view name) const;

  // A country by ISO 3166 alpha-3 code: feature "country", its centroid.
  std::optional<Location> country(std::string_view iso3) const;

  std::size_t size() const;        // places (cities and countries)
  std::size_t name_count() const;  // lookup names

 private:
  explicit Gazetteer(std::vector<std::uint64_t> data) : data_(std::move(data)) {}
  const char* bytes() const { return reinterpret_cast<const char*>(data_.data()); }
  GazetteerPlace place(std::uint32_t index) const;
  std::string_view text(std::uint32_t offset, std::uint32_t length) const;
  std::string_view key(std::uint32_t name_index) const;

  std::vector<std::uint64_t> data_;  // the whole file; 8-byte words keep the records aligned
};

// The index to use: $KRONIEK_GAZETTEER when set, else the one the build made.
std::string default_gazetteer_path();

}  // namespace kroniek
