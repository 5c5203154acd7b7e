#include "io/record_writers.h"

#include <csv.h>

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace kroniek {
namespace {

using Json = nlohmann::ordered_json;

Json string_or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

template <typename T>
Json optional_or_null(const std::optional<T>& value) {
  return value ? Json(*value) : Json(nullptr);
}

// A displacement has no target: null rather than an empty actor.
Json actor_json(const RecordActor& actor) {
  if (actor.code.code.empty() && actor.text.empty()) return nullptr;
  Json json;
  json["code"] = actor.code.code;
  json["country"] = actor.code.country;
  json["role"] = string_or_null(actor.code.role);  // a bare country has no role
  json["text"] = actor.text;
  return json;
}

Json location_json(const std::optional<Location>& location) {
  if (!location) return nullptr;
  Json json;
  json["name"] = location->name;
  json["feature"] = string_or_null(location->feature);
  json["country"] = location->country;
  json["lat"] = optional_or_null(location->lat);
  json["lon"] = optional_or_null(location->lon);
  json["geonameid"] = optional_or_null(location->geonameid);
  return json;
}

Json quantities_json(const std::vector<Quantity>& quantities) {
  Json json = Json::array();
  for (const Quantity& quantity : quantities) {
    Json item;
    item["kind"] = quantity.kind;
    item["value"] = optional_or_null(quantity.value);
    item["min"] = optional_or_null(quantity.min);
    item["max"] = optional_or_null(quantity.max);
    item["qualifier"] = string_or_null(quantity.qualifier);
    item["text"] = quantity.text;
    json.push_back(std::move(item));
  }
  return json;
}

Json evidence_json(const std::vector<Evidence>& evidence) {
  Json json = Json::array();
  for (const Evidence& item : evidence) {
    Json entry;
    entry["doc"] = item.doc;
    entry["sentence"] = item.sentence;
    entry["start"] = item.start;
    entry["end"] = item.end;
    entry["text"] = item.text;
    json.push_back(std::move(entry));
  }
  return json;
}

Json record_json(const Record& record) {
  Json json;
  json["id"] = record.id;
  json["type"] = record.type;
  json["doc"] = record.doc;
  json["lang"] = record.lang;
  json["date"] = string_or_null(record.date);
  json["date_end"] = string_or_null(record.date_end);
  json["date_text"] = string_or_null(record.date_text);
  json["date_source"] = string_or_null(record.date_source);
  json["source"] = actor_json(record.source);
  json["target"] = actor_json(record.target);
  // Displacements are not CAMEO events: their event fields are null.
  bool coded = !record.cameo.empty();
  json["cameo"] = string_or_null(record.cameo);
  json["root"] = string_or_null(record.root);
  json["quad_class"] = coded ? Json(record.quad_class) : Json(nullptr);
  json["goldstein"] = coded ? Json(record.goldstein) : Json(nullptr);
  json["plover"] = string_or_null(record.plover);
  json["modality"] = record.modality;
  json["location"] = location_json(record.location);
  json["destination"] = location_json(record.destination);
  json["quantities"] = quantities_json(record.quantities);
  json["evidence"] = evidence_json(record.evidence);
  json["mentions"] = record.mentions;
  json["confidence"] = record.confidence;
  return json;
}

// ---- TSV ----

// Phoenix-style columns first; kroniek's own after them, so scripts reading
// the first nineteen by position keep working.
constexpr std::array<const char*, 22> kTsvColumns = {"id",
                                                     "date",
                                                     "source",
                                                     "target",
                                                     "cameo",
                                                     "root",
                                                     "quad_class",
                                                     "goldstein",
                                                     "source_country",
                                                     "source_role",
                                                     "target_country",
                                                     "target_role",
                                                     "location",
                                                     "lat",
                                                     "lon",
                                                     "doc",
                                                     "modality",
                                                     "mentions",
                                                     "evidence",
                                                     "type",
                                                     "date_end",
                                                     "geonameid"};

// A field safe for TSV: tabs, newlines and carriage returns become spaces.
std::string tsv_field(std::string text) {
  std::replace_if(
      text.begin(), text.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return text;
}

// Shortest round-trip form of a number, as in the JSONL output ("-10.0", "35.93").
std::string number_text(double value) { return Json(value).dump(); }

std::string optional_number(const std::optional<double>& value) {
  return value ? number_text(*value) : "";
}

std::string compact_date(const std::string& date) {
  std::string digits = date;
  digits.erase(std::remove(digits.begin(), digits.end(), '-'), digits.end());
  return digits;
}

std::vector<std::string> tsv_fields(const Record& record) {
  const Location none;
  const Location& location = record.location ? *record.location : none;
  const std::string evidence = record.evidence.empty() ? "" : record.evidence.front().text;
  return {record.id,
          compact_date(record.date),
          record.source.code.code,
          record.target.code.code,
          record.cameo,
          record.root,
          std::to_string(record.quad_class),
          number_text(record.goldstein),
          record.source.code.country,
          record.source.code.role,
          record.target.code.country,
          record.target.code.role,
          location.name,
          optional_number(location.lat),
          optional_number(location.lon),
          record.doc,
          record.modality,
          std::to_string(record.mentions),
          evidence,
          record.type,
          compact_date(record.date_end),
          location.geonameid ? std::to_string(*location.geonameid) : ""};
}

// A CSV field, quoted by libcsv (RFC 4180: quotes doubled inside quotes).
std::string csv_field(std::string text) {
  std::string quoted(csv_write(nullptr, 0, text.data(), text.size()), '\0');
  csv_write(quoted.data(), quoted.size(), text.data(), text.size());
  return quoted;
}

// One line of delimited fields, each made safe by `escape`.
template <typename Range>
void write_delimited(std::ostream& out, const Range& fields, char separator,
                     std::string (*escape)(std::string), const char* line_end) {
  bool first = true;
  for (const auto& field : fields) {
    if (!first) out << separator;
    out << escape(field);
    first = false;
  }
  out << line_end;
}

void write_tsv_line(std::ostream& out, const auto& fields) {
  write_delimited(out, fields, '\t', tsv_field, "\n");
}

void write_csv_line(std::ostream& out, const auto& fields) {
  write_delimited(out, fields, ',', csv_field, "\r\n");
}

// A GeoJSON feature: the record as its properties, the place as a point
// (no geometry while the place is unknown).
Json feature_json(const Record& record) {
  Json feature;
  feature["type"] = "Feature";
  const std::optional<Location>& place = record.location;
  if (place && place->lat && place->lon) {
    feature["geometry"] = {{"type", "Point"}, {"coordinates", {*place->lon, *place->lat}}};
  } else {
    feature["geometry"] = nullptr;
  }
  feature["properties"] = record_json(record);
  return feature;
}

}  // namespace

void write_jsonl(std::ostream& out, const Record& record) {
  out << record_json(record).dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
}

void write_tsv_header(std::ostream& out) { write_tsv_line(out, kTsvColumns); }

void write_tsv(std::ostream& out, const Record& record) { write_tsv_line(out, tsv_fields(record)); }

void write_csv_header(std::ostream& out) { write_csv_line(out, kTsvColumns); }

void write_csv(std::ostream& out, const Record& record) { write_csv_line(out, tsv_fields(record)); }

GeoJsonWriter::GeoJsonWriter(std::ostream& out) : out_(out) {
  out_ << R"({"type":"FeatureCollection","features":[)" << '\n';
}

GeoJsonWriter::~GeoJsonWriter() { out_ << "]}\n"; }

void GeoJsonWriter::write(const Record& record) {
  if (written_++ > 0) out_ << ",\n";
  out_ << feature_json(record).dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace kroniek
