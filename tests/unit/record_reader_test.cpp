#include "io/record_reader.h"

#include <gtest/gtest.h>

#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

#include "io/record_writers.h"

namespace kroniek {
namespace {

// An event with every written field set, the DESIGN.md example and more.
Record full_event() {
  Record record;
  record.id = "e:0123456789abcdef";
  record.type = "event";
  record.doc = "idlib-2020-02-11";
  record.lang = "nl";
  record.date = "2020-02-10";
  record.date_end = "2020-02-12";
  record.date_text = "maandag";
  record.date_source = "text";
  record.source = {{"TURMIL", "TUR", "MIL"}, "Turkse soldaten"};
  record.target = {{"SYRMIL", "SYR", "MIL"}, "Syrische \"soldaten\""};
  record.cameo = "190";
  record.root = "19";
  record.quad_class = 4;
  record.goldstein = -10.0;
  record.plover = "ASSAULT";
  record.modality = "reported";
  record.location = Location{.name = "Idlib",
                             .feature = "city",
                             .country = "SYR",
                             .lat = 35.93,
                             .lon = -0.1275,
                             .geonameid = 169389};
  record.quantities.push_back({.kind = "killed",
                               .value = 700000,
                               .min = 700000,
                               .max = 700000,
                               .qualifier = "exact",
                               .text = "700.000"});
  record.quantities.push_back({.kind = "wounded",
                               .value = std::nullopt,
                               .min = 20,
                               .max = 99,
                               .qualifier = "approximate",
                               .text = "tientallen gewonden"});
  record.evidence.push_back(
      {3, 812, 880, "Maandag braken ook weer vuurgevechten uit\ttussen Turkse\nen Syrische.",
       "idlib-2020-02-11"});
  record.evidence.push_back(
      {0, 0, 41, "Syriërs vluchten — ‘zeker’ \\ 700.000", "idlib-2020-02-12"});
  record.evidence.push_back({12, 4000000000, 4000000077, "Een derde zin.", "nos-2020-02-13"});
  record.mentions = 3;
  record.confidence = 0.82;
  return record;
}

// A displacement: no CAMEO fields, no target, a destination.
Record displacement() {
  Record record;
  record.id = "e:fedcba9876543210";
  record.type = "displacement";
  record.doc = "idlib-2020-02-11";
  record.lang = "nl";
  record.date = "2020-02-11";
  record.date_source = "document";
  record.source = {{"SYRCVL", "SYR", "CVL"}, "Syriërs"};
  record.location = Location{.name = "Idlib", .feature = "region", .country = "SYR"};
  record.destination = Location{.name = "Turkey",
                                .feature = "country",
                                .country = "TUR",
                                .lat = 39.0,
                                .lon = 35.0,
                                .geonameid = 298795};
  record.quantities.push_back({.kind = "displaced",
                               .value = 700000,
                               .min = 700000,
                               .qualifier = "at_least",
                               .text = "zeker 700.000 Syriërs"});
  record.evidence.push_back({5, 1200, 1290, "Zeker 700.000 Syriërs zijn op de vlucht.", ""});
  record.confidence = 0.5;
  return record;
}

std::string jsonl(const Record& record) {
  std::ostringstream out;
  write_jsonl(out, record);
  return out.str();
}

// Writes, reads back, writes again: the two lines must be the same bytes.
Record round_trip(const Record& record) {
  const std::string first = jsonl(record);
  const Record read = read_record_json(first);
  EXPECT_EQ(jsonl(read), first);
  return read;
}

// The message of the std::invalid_argument `line` throws ("" when none).
std::string error_of(std::string_view line) {
  try {
    read_record_json(line);
  } catch (const std::invalid_argument& error) {
    return error.what();
  }
  ADD_FAILURE() << "no std::invalid_argument for: " << line;
  return "";
}

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

void expect_same_location(const std::optional<Location>& read,
                          const std::optional<Location>& original) {
  ASSERT_EQ(read.has_value(), original.has_value());
  if (!original) return;
  EXPECT_EQ(read->name, original->name);
  EXPECT_EQ(read->feature, original->feature);
  EXPECT_EQ(read->country, original->country);
  EXPECT_EQ(read->lat, original->lat);
  EXPECT_EQ(read->lon, original->lon);
  EXPECT_EQ(read->geonameid, original->geonameid);
}

TEST(RecordJsonRoundTrip, EventWithEveryField) {
  const Record original = full_event();
  const Record read = round_trip(original);
  EXPECT_EQ(read.id, original.id);
  EXPECT_EQ(read.type, "event");
  EXPECT_EQ(read.doc, original.doc);
  EXPECT_EQ(read.lang, "nl");
  EXPECT_EQ(read.date, "2020-02-10");
  EXPECT_EQ(read.date_end, "2020-02-12");
  EXPECT_EQ(read.date_text, "maandag");
  EXPECT_EQ(read.date_source, "text");
  EXPECT_EQ(read.source.code.code, "TURMIL");
  EXPECT_EQ(read.source.code.country, "TUR");
  EXPECT_EQ(read.source.code.role, "MIL");
  EXPECT_EQ(read.source.text, "Turkse soldaten");
  EXPECT_EQ(read.target.code.code, "SYRMIL");
  EXPECT_EQ(read.target.text, original.target.text);
  EXPECT_EQ(read.cameo, "190");
  EXPECT_EQ(read.root, "19");
  EXPECT_EQ(read.quad_class, 4);
  EXPECT_EQ(read.goldstein, -10.0);
  EXPECT_EQ(read.plover, "ASSAULT");
  EXPECT_EQ(read.modality, "reported");
  expect_same_location(read.location, original.location);
  EXPECT_FALSE(read.destination);
  ASSERT_EQ(read.quantities.size(), 2u);
  for (std::size_t i = 0; i < read.quantities.size(); ++i) {
    EXPECT_EQ(read.quantities[i].kind, original.quantities[i].kind);
    EXPECT_EQ(read.quantities[i].value, original.quantities[i].value);
    EXPECT_EQ(read.quantities[i].min, original.quantities[i].min);
    EXPECT_EQ(read.quantities[i].max, original.quantities[i].max);
    EXPECT_EQ(read.quantities[i].qualifier, original.quantities[i].qualifier);
    EXPECT_EQ(read.quantities[i].text, original.quantities[i].text);
  }
  ASSERT_EQ(read.evidence.size(), 3u);
  for (std::size_t i = 0; i < read.evidence.size(); ++i) {
    EXPECT_EQ(read.evidence[i].doc, original.evidence[i].doc);
    EXPECT_EQ(read.evidence[i].sentence, original.evidence[i].sentence);
    EXPECT_EQ(read.evidence[i].start, original.evidence[i].start);
    EXPECT_EQ(read.evidence[i].end, original.evidence[i].end);
    EXPECT_EQ(read.evidence[i].text, original.evidence[i].text);
  }
  EXPECT_EQ(read.mentions, 3);
  EXPECT_EQ(read.confidence, 0.82);
}

TEST(RecordJsonRoundTrip, DisplacementWithNullTargetAndDestination) {
  const Record original = displacement();
  ASSERT_TRUE(contains(jsonl(original), R"("target":null)"));
  ASSERT_TRUE(contains(jsonl(original), R"("quad_class":null)"));
  const Record read = round_trip(original);
  EXPECT_EQ(read.type, "displacement");
  EXPECT_EQ(read.source.code.code, "SYRCVL");
  EXPECT_EQ(read.source.text, "Syriërs");
  EXPECT_TRUE(read.target.code.code.empty());
  EXPECT_TRUE(read.target.code.country.empty());
  EXPECT_TRUE(read.target.code.role.empty());
  EXPECT_TRUE(read.target.text.empty());
  EXPECT_TRUE(read.cameo.empty());
  EXPECT_TRUE(read.root.empty());
  EXPECT_EQ(read.quad_class, 0);
  EXPECT_EQ(read.goldstein, 0.0);
  EXPECT_TRUE(read.plover.empty());
  expect_same_location(read.location, original.location);
  EXPECT_FALSE(read.location->lat);
  EXPECT_FALSE(read.location->geonameid);
  expect_same_location(read.destination, original.destination);
  ASSERT_EQ(read.quantities.size(), 1u);
  EXPECT_EQ(read.quantities[0].kind, "displaced");
  EXPECT_EQ(read.quantities[0].min, 700000);
  EXPECT_FALSE(read.quantities[0].max);
  ASSERT_EQ(read.evidence.size(), 1u);
  EXPECT_TRUE(read.evidence[0].doc.empty());
  EXPECT_EQ(read.evidence[0].start, 1200u);
}

TEST(RecordJsonRoundTrip, NullsEverywhereOptional) {
  Record original;
  original.id = "e:1";
  const Record read = round_trip(original);
  EXPECT_EQ(read.id, "e:1");
  EXPECT_EQ(read.type, "event");
  EXPECT_TRUE(read.doc.empty());
  EXPECT_TRUE(read.lang.empty());
  EXPECT_TRUE(read.date.empty());
  EXPECT_TRUE(read.date_end.empty());
  EXPECT_TRUE(read.date_text.empty());
  EXPECT_TRUE(read.date_source.empty());
  EXPECT_TRUE(read.source.code.code.empty());
  EXPECT_TRUE(read.target.text.empty());
  EXPECT_TRUE(read.cameo.empty());
  EXPECT_EQ(read.quad_class, 0);
  EXPECT_EQ(read.modality, "asserted");
  EXPECT_FALSE(read.location);
  EXPECT_FALSE(read.destination);
  EXPECT_TRUE(read.quantities.empty());
  EXPECT_TRUE(read.evidence.empty());
  EXPECT_EQ(read.mentions, 1);
  EXPECT_EQ(read.confidence, 0.0);
}

TEST(RecordJsonRoundTrip, ABareCountryActorHasNoRole) {
  Record original = full_event();
  original.target = {{"SYR", "SYR", ""}, "Syrië"};
  ASSERT_TRUE(contains(jsonl(original), R"("role":null)"));
  const Record read = round_trip(original);
  EXPECT_EQ(read.target.code.code, "SYR");
  EXPECT_EQ(read.target.code.country, "SYR");
  EXPECT_TRUE(read.target.code.role.empty());
}

TEST(RecordJsonRoundTrip, FieldsNotWrittenKeepTheirDefaults) {
  Record original = full_event();
  original.trigger = 4;
  original.clause_first = 2;
  original.clause_last = 9;
  original.antecedent = 1;
  const Record read = round_trip(original);
  EXPECT_EQ(read.trigger, -1);
  EXPECT_EQ(read.clause_first, -1);
  EXPECT_EQ(read.clause_last, -1);
  EXPECT_EQ(read.antecedent, -1);
}

TEST(RecordJsonReader, IgnoresUnknownFields) {
  std::string line = jsonl(full_event());
  line.insert(1, R"("note":{"by":"script","tags":[1,2]},"flag":true,)");
  const std::size_t location = line.find(R"("location":{)");
  ASSERT_NE(location, std::string::npos);
  line.insert(location + 12, R"("admin1":"Idlib",)");
  const Record read = read_record_json(line);
  EXPECT_EQ(jsonl(read), jsonl(full_event()));
}

TEST(RecordJsonReader, MissingOptionalFieldsGiveTheDefaults) {
  const Record read = read_record_json(
      R"({"id":"e:2","type":"event","doc":"d","modality":null,"mentions":null,"goldstein":-10})");
  EXPECT_EQ(read.id, "e:2");
  EXPECT_EQ(read.doc, "d");
  EXPECT_EQ(read.modality, "asserted");
  EXPECT_EQ(read.mentions, 1);
  EXPECT_EQ(read.goldstein, -10.0);  // an integer where a number is written
  EXPECT_FALSE(read.location);
  EXPECT_TRUE(read.quantities.empty());
}

TEST(RecordJsonErrors, NotJson) {
  EXPECT_THROW(read_record_json("id: e:1"), std::invalid_argument);
  EXPECT_TRUE(contains(error_of("id: e:1"), "not JSON")) << error_of("id: e:1");
  EXPECT_TRUE(contains(error_of(R"({"id":"e:1")"), "not JSON"));
  EXPECT_TRUE(contains(error_of(""), "not JSON"));
}

TEST(RecordJsonErrors, NotAnObject) {
  EXPECT_THROW(read_record_json("[]"), std::invalid_argument);
  const std::string message = error_of("[]");
  EXPECT_TRUE(contains(message, "not a JSON object")) << message;
  EXPECT_TRUE(contains(message, "array")) << message;
}

TEST(RecordJsonErrors, MissingId) {
  const std::string message = error_of(R"({"type":"event","doc":"d"})");
  EXPECT_TRUE(contains(message, "missing required field")) << message;
  EXPECT_TRUE(contains(message, "\"id\"")) << message;
  EXPECT_TRUE(contains(error_of(R"({"id":null,"type":"event","doc":"d"})"), "\"id\""));
  EXPECT_TRUE(contains(error_of(R"({"id":"","type":"event","doc":"d"})"), "\"id\""));
}

TEST(RecordJsonErrors, MissingTypeOrDoc) {
  EXPECT_TRUE(contains(error_of(R"({"id":"e:1","doc":"d"})"), "\"type\""));
  EXPECT_TRUE(contains(error_of(R"({"id":"e:1","type":"event"})"), "\"doc\""));
}

TEST(RecordJsonErrors, QuadClassAsAString) {
  std::string line = jsonl(full_event());
  const std::size_t at = line.find(R"("quad_class":4)");
  ASSERT_NE(at, std::string::npos);
  line.replace(at, 14, R"("quad_class":"four")");
  EXPECT_THROW(read_record_json(line), std::invalid_argument);
  const std::string message = error_of(line);
  EXPECT_TRUE(contains(message, "\"quad_class\"")) << message;
  EXPECT_TRUE(contains(message, "a string, not an integer")) << message;
}

TEST(RecordJsonErrors, WrongTypesInsideNamesTheirPath) {
  const std::string base = R"({"id":"e:1","type":"event","doc":"d",)";
  EXPECT_TRUE(contains(error_of(base + R"("location":{"lat":"north"}})"), "\"location.lat\""));
  EXPECT_TRUE(contains(error_of(base + R"("source":"TURMIL"})"), "\"source\""));
  EXPECT_TRUE(contains(error_of(base + R"("quantities":[{"kind":"killed","min":2.5}]})"),
                       "\"quantities[0].min\""));
  EXPECT_TRUE(contains(error_of(base + R"("evidence":[{"start":0},{"start":-3}]})"),
                       "\"evidence[1].start\""));
  EXPECT_TRUE(contains(error_of(base + R"("evidence":[3]})"), "\"evidence[0]\""));
  EXPECT_TRUE(contains(error_of(base + R"("quantities":{}})"), "\"quantities\""));
  EXPECT_TRUE(contains(error_of(base + R"("mentions":99999999999})"), "\"mentions\""));
  EXPECT_TRUE(contains(error_of(base + R"("confidence":"high"})"), "\"confidence\""));
}

}  // namespace
}  // namespace kroniek
