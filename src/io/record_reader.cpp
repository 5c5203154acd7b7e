#include "io/record_reader.h"

#include <simdjson.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

namespace kroniek {
namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

[[noreturn]] void fail(const std::string& reason) { throw std::invalid_argument(reason); }

const char* type_name(element_type type) {
  switch (type) {
    case element_type::ARRAY:
      return "an array";
    case element_type::OBJECT:
      return "an object";
    case element_type::INT64:
    case element_type::UINT64:
      return "an integer";
    case element_type::DOUBLE:
      return "a number with a fraction";
    case element_type::STRING:
      return "a string";
    case element_type::BOOL:
      return "a boolean";
    case element_type::NULL_VALUE:
      return "null";
  }
  return "a JSON value";
}

// The fields of one JSON object; `path` names it in errors ("", "location.",
// "evidence[1].").
class Fields {
 public:
  Fields(object json, std::string path) : json_(json), path_(std::move(path)) {}

  // The value of `key`, or nothing when it is missing or null.
  std::optional<element> find(std::string_view key) const {
    element value;
    if (json_[key].get(value) != simdjson::SUCCESS || value.is_null()) return std::nullopt;
    return value;
  }

  std::string name(std::string_view key) const { return '"' + path_ + std::string(key) + '"'; }

  [[noreturn]] void wrong_type(std::string_view key, element value, const char* expected) const {
    fail("field " + name(key) + " is " + type_name(value.type()) + ", not " + expected);
  }

  // Missing or null leaves `out` as it is.
  void string(std::string_view key, std::string& out) const {
    std::optional<element> value = find(key);
    if (!value) return;
    std::string_view text;
    if (value->get(text) != simdjson::SUCCESS) wrong_type(key, *value, "a string");
    out.assign(text);
  }

  void required_string(std::string_view key, std::string& out) const {
    if (!find(key)) fail("missing required field " + name(key));
    string(key, out);
  }

  // An integer in [low, high]; missing or null gives nothing.
  std::optional<long long> integer(std::string_view key, long long low, long long high) const {
    std::optional<element> value = find(key);
    if (!value) return std::nullopt;
    int64_t number = 0;
    if (value->get(number) != simdjson::SUCCESS) {
      if (value->is_int64() || value->is_uint64()) {
        fail("field " + name(key) + " is out of range");
      }
      wrong_type(key, *value, "an integer");
    }
    if (number < low || number > high) fail("field " + name(key) + " is out of range");
    return static_cast<long long>(number);
  }

  void integer(std::string_view key, int& out) const {
    if (auto number =
            integer(key, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()))
      out = static_cast<int>(*number);
  }

  void integer(std::string_view key, std::optional<long long>& out) const {
    if (auto number = integer(key, std::numeric_limits<long long>::min(),
                              std::numeric_limits<long long>::max())) {
      out = *number;
    }
  }

  // A byte offset or index: a non-negative integer.
  void offset(std::string_view key, std::size_t& out) const {
    std::optional<element> value = find(key);
    if (!value) return;
    uint64_t number = 0;
    if (value->get(number) != simdjson::SUCCESS) {
      if (value->is_int64()) fail("field " + name(key) + " is negative");
      wrong_type(key, *value, "a non-negative integer");
    }
    if constexpr (sizeof(std::size_t) < sizeof(uint64_t)) {
      if (number > std::numeric_limits<std::size_t>::max()) {
        fail("field " + name(key) + " is out of range");
      }
    }
    out = static_cast<std::size_t>(number);
  }

  // A number, integer or not; missing or null gives nothing.
  std::optional<double> number(std::string_view key) const {
    std::optional<element> value = find(key);
    if (!value) return std::nullopt;
    double number = 0.0;
    if (value->get(number) != simdjson::SUCCESS) wrong_type(key, *value, "a number");
    return number;
  }

  void number(std::string_view key, double& out) const {
    if (auto value = number(key)) out = *value;
  }

  void number(std::string_view key, std::optional<double>& out) const {
    if (auto value = number(key)) out = *value;
  }

  std::optional<Fields> object_field(std::string_view key) const {
    std::optional<element> value = find(key);
    if (!value) return std::nullopt;
    object json;
    if (value->get(json) != simdjson::SUCCESS) wrong_type(key, *value, "an object");
    return Fields(json, path_ + std::string(key) + ".");
  }

  // Calls `read(item, fields)` for every object of the array `key`; missing or
  // null is an empty list.
  template <typename Read>
  void each_object(std::string_view key, Read read) const {
    std::optional<element> value = find(key);
    if (!value) return;
    array items;
    if (value->get(items) != simdjson::SUCCESS) wrong_type(key, *value, "an array");
    std::size_t index = 0;
    for (element item : items) {
      const std::string item_path = path_ + std::string(key) + "[" + std::to_string(index) + "]";
      object json;
      if (item.get(json) != simdjson::SUCCESS) {
        fail("field \"" + item_path + "\" is " + type_name(item.type()) + ", not an object");
      }
      read(Fields(json, item_path + "."));
      ++index;
    }
  }

 private:
  object json_;
  std::string path_;
};

// write_jsonl writes a missing actor (a displacement's target) as null.
RecordActor read_actor(const Fields& fields, std::string_view key) {
  RecordActor actor;
  if (std::optional<Fields> json = fields.object_field(key)) {
    json->string("code", actor.code.code);
    json->string("country", actor.code.country);
    json->string("role", actor.code.role);
    json->string("text", actor.text);
  }
  return actor;
}

std::optional<Location> read_location(const Fields& fields, std::string_view key) {
  std::optional<Fields> json = fields.object_field(key);
  if (!json) return std::nullopt;
  Location location;
  json->string("name", location.name);
  json->string("feature", location.feature);
  json->string("country", location.country);
  json->number("lat", location.lat);
  json->number("lon", location.lon);
  json->integer("geonameid", location.geonameid);
  return location;
}

Quantity read_quantity(const Fields& json) {
  Quantity quantity;
  json.string("kind", quantity.kind);
  json.integer("value", quantity.value);
  json.integer("min", quantity.min);
  json.integer("max", quantity.max);
  json.string("qualifier", quantity.qualifier);
  json.string("text", quantity.text);
  return quantity;
}

Evidence read_evidence(const Fields& json) {
  Evidence evidence;
  json.string("doc", evidence.doc);
  json.offset("sentence", evidence.sentence);
  json.offset("start", evidence.start);
  json.offset("end", evidence.end);
  json.string("text", evidence.text);
  return evidence;
}

Record read_record(const Fields& json) {
  Record record;
  json.required_string("id", record.id);
  if (record.id.empty()) fail("field \"id\" is empty");
  json.required_string("type", record.type);
  json.required_string("doc", record.doc);
  json.string("lang", record.lang);
  json.string("date", record.date);
  json.string("date_end", record.date_end);
  json.string("date_text", record.date_text);
  json.string("date_source", record.date_source);
  record.source = read_actor(json, "source");
  record.target = read_actor(json, "target");
  json.string("cameo", record.cameo);
  json.string("root", record.root);
  json.integer("quad_class", record.quad_class);
  json.number("goldstein", record.goldstein);
  json.string("plover", record.plover);
  json.string("modality", record.modality);
  record.location = read_location(json, "location");
  record.destination = read_location(json, "destination");
  json.each_object("quantities",
                   [&](const Fields& item) { record.quantities.push_back(read_quantity(item)); });
  json.each_object("evidence",
                   [&](const Fields& item) { record.evidence.push_back(read_evidence(item)); });
  json.integer("mentions", record.mentions);
  json.number("confidence", record.confidence);
  return record;
}

}  // namespace

Record read_record_json(std::string_view line) {
  // One parser per thread: its buffers are reused from line to line.
  thread_local simdjson::dom::parser parser;
  if (line.find_first_not_of(" \t\r\n") == std::string_view::npos) fail("not JSON: empty line");
  element root;
  if (auto error = parser.parse(line.data(), line.size()).get(root)) {
    fail(std::string("not JSON: ") + simdjson::error_message(error));
  }
  object json;
  if (root.get(json) != simdjson::SUCCESS) {
    fail(std::string("not a JSON object but ") + type_name(root.type()));
  }
  return read_record(Fields(json, ""));
}

}  // namespace kroniek
