#include "io/record_writers.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "io/record_id.h"

namespace kroniek {
namespace {

using Json = nlohmann::ordered_json;

Record idlib_record() {
  Record record;
  record.id = "e:0123456789abcdef";
  record.doc = "idlib-2020-02-11";
  record.lang = "nl";
  record.date = "2020-02-10";
  record.date_text = "maandag";
  record.source = {{"TURMIL", "TUR", "MIL"}, "Turkse soldaten"};
  record.target = {{"SYRMIL", "SYR", "MIL"}, "Syrische soldaten"};
  record.cameo = "190";
  record.root = "19";
  record.quad_class = 4;
  record.goldstein = -10.0;
  record.plover = "ASSAULT";
  record.location = Location{.name = "Idlib",
                             .feature = "city",
                             .country = "SYR",
                             .lat = 35.93,
                             .lon = 36.63,
                             .geonameid = 169389};
  record.quantities.push_back(
      {.kind = "killed", .min = 2, .qualifier = "vague", .text = "meerdere doden"});
  record.evidence.push_back(
      {3, 812, 880, "Maandag braken ook weer vuurgevechten uit\ttussen Turkse\nen Syrische.",
       "idlib-2020-02-11"});
  record.mentions = 1;
  record.confidence = 0.82;
  return record;
}

Json jsonl_of(const Record& record) {
  std::ostringstream out;
  write_jsonl(out, record);
  const std::string line = out.str();
  EXPECT_EQ(std::count(line.begin(), line.end(), '\n'), 1);
  EXPECT_EQ(line.back(), '\n');
  return Json::parse(line);
}

std::vector<std::string> keys_of(const Json& object) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : object.items()) keys.push_back(key);
  return keys;
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::stringstream stream(line);
  std::string field;
  while (std::getline(stream, field, '\t')) fields.push_back(field);
  if (!line.empty() && line.back() == '\t') fields.push_back("");
  return fields;
}

// True when every key of `contract` is in `keys`, in the same order: the
// record may grow fields but never loses or reorders one of DESIGN.md.
bool keeps_contract(const std::vector<std::string>& keys,
                    const std::vector<std::string>& contract) {
  auto at = keys.begin();
  for (const std::string& key : contract) {
    at = std::find(at, keys.end(), key);
    if (at == keys.end()) return false;
  }
  return true;
}

TEST(WriteJsonl, HasEveryFieldOfTheDesignInOrder) {
  const Json json = jsonl_of(idlib_record());
  const std::vector<std::string> design = {
      "id",       "type",     "doc",        "lang",     "date",       "date_end",  "date_text",
      "source",   "target",   "cameo",      "root",     "quad_class", "goldstein", "plover",
      "modality", "location", "quantities", "evidence", "mentions",   "confidence"};
  EXPECT_TRUE(keeps_contract(keys_of(json), design)) << json.dump();
  EXPECT_TRUE(keeps_contract(keys_of(json["source"]), {"code", "country", "role", "text"}));
  EXPECT_TRUE(
      keeps_contract(keys_of(json["location"]), {"name", "country", "lat", "lon", "geonameid"}));
  EXPECT_TRUE(keeps_contract(keys_of(json["quantities"][0]), {"kind", "value", "min", "text"}));
  EXPECT_TRUE(keeps_contract(keys_of(json["evidence"][0]), {"sentence", "start", "end", "text"}));
}

TEST(WriteJsonl, HasTheExtensionFields) {
  const Json json = jsonl_of(idlib_record());
  for (const char* key : {"date_source", "destination"}) EXPECT_TRUE(json.contains(key)) << key;
  EXPECT_EQ(json["location"]["feature"], "city");
  EXPECT_EQ(json["quantities"][0]["qualifier"], "vague");
  EXPECT_TRUE(json["quantities"][0]["max"].is_null());
  EXPECT_EQ(json["evidence"][0]["doc"], "idlib-2020-02-11");
}

TEST(WriteJsonl, ValuesRoundTrip) {
  const Record record = idlib_record();
  const Json json = jsonl_of(record);
  EXPECT_EQ(json["id"], record.id);
  EXPECT_EQ(json["type"], "event");
  EXPECT_EQ(json["date"], "2020-02-10");
  EXPECT_TRUE(json["date_end"].is_null());
  EXPECT_EQ(json["date_text"], "maandag");
  EXPECT_EQ(json["source"]["code"], "TURMIL");
  EXPECT_EQ(json["target"]["country"], "SYR");
  EXPECT_EQ(json["target"]["text"], "Syrische soldaten");
  EXPECT_EQ(json["cameo"], "190");
  EXPECT_EQ(json["root"], "19");
  EXPECT_EQ(json["quad_class"], 4);
  EXPECT_DOUBLE_EQ(json["goldstein"].get<double>(), -10.0);
  EXPECT_EQ(json["plover"], "ASSAULT");
  EXPECT_EQ(json["modality"], "asserted");
  EXPECT_EQ(json["location"]["name"], "Idlib");
  EXPECT_DOUBLE_EQ(json["location"]["lat"].get<double>(), 35.93);
  EXPECT_EQ(json["location"]["geonameid"], 169389);
  EXPECT_TRUE(json["quantities"][0]["value"].is_null());
  EXPECT_EQ(json["quantities"][0]["min"], 2);
  EXPECT_EQ(json["evidence"][0]["start"], 812);
  EXPECT_EQ(json["evidence"][0]["text"], record.evidence[0].text);  // JSON keeps tabs/newlines
  EXPECT_EQ(json["mentions"], 1);
  EXPECT_DOUBLE_EQ(json["confidence"].get<double>(), 0.82);
}

TEST(WriteJsonl, MissingValuesAreNullOrEmpty) {
  Record record;
  record.id = "e:1";
  const Json json = jsonl_of(record);
  EXPECT_TRUE(json["date"].is_null());
  EXPECT_TRUE(json["date_end"].is_null());
  EXPECT_TRUE(json["location"].is_null());
  EXPECT_TRUE(json["quantities"].is_array());
  EXPECT_TRUE(json["quantities"].empty());
  EXPECT_TRUE(json["evidence"].is_array());
  EXPECT_TRUE(json["destination"].is_null());
  EXPECT_TRUE(json["date_source"].is_null());
}

TEST(WriteJsonl, LocationWithoutCoordinatesHasNulls) {
  Record record = idlib_record();
  record.location = Location{.name = "Saraqeb", .feature = "city", .country = "SYR"};
  const Json json = jsonl_of(record);
  EXPECT_TRUE(json["location"]["lat"].is_null());
  EXPECT_TRUE(json["location"]["lon"].is_null());
  EXPECT_TRUE(json["location"]["geonameid"].is_null());
}

TEST(WriteTsv, HeaderAndRowsHaveTheSameColumns) {
  std::ostringstream header_out;
  write_tsv_header(header_out);
  std::ostringstream full_out;
  write_tsv(full_out, idlib_record());
  std::ostringstream empty_out;
  write_tsv(empty_out, Record{});

  const std::string header = header_out.str();
  ASSERT_EQ(header.back(), '\n');
  const auto header_fields = split_tabs(header.substr(0, header.size() - 1));
  EXPECT_EQ(header_fields.size(), 22u);
  for (const std::string& row : {full_out.str(), empty_out.str()}) {
    ASSERT_EQ(std::count(row.begin(), row.end(), '\n'), 1) << row;
    EXPECT_EQ(split_tabs(row.substr(0, row.size() - 1)).size(), header_fields.size()) << row;
  }
}

TEST(WriteTsv, ColumnsHoldTheRecord) {
  std::ostringstream out;
  write_tsv(out, idlib_record());
  const std::string row = out.str();
  const auto fields = split_tabs(row.substr(0, row.size() - 1));
  ASSERT_EQ(fields.size(), 22u);
  EXPECT_EQ(fields[0], "e:0123456789abcdef");
  EXPECT_EQ(fields[1], "20200210");
  EXPECT_EQ(fields[2], "TURMIL");
  EXPECT_EQ(fields[3], "SYRMIL");
  EXPECT_EQ(fields[4], "190");
  EXPECT_EQ(fields[5], "19");
  EXPECT_EQ(fields[6], "4");
  EXPECT_EQ(fields[7], "-10.0");
  EXPECT_EQ(fields[8], "TUR");
  EXPECT_EQ(fields[9], "MIL");
  EXPECT_EQ(fields[10], "SYR");
  EXPECT_EQ(fields[11], "MIL");
  EXPECT_EQ(fields[12], "Idlib");
  EXPECT_EQ(fields[13], "35.93");
  EXPECT_EQ(fields[14], "36.63");
  EXPECT_EQ(fields[15], "idlib-2020-02-11");
  EXPECT_EQ(fields[16], "asserted");
  EXPECT_EQ(fields[17], "1");
  EXPECT_EQ(fields[18], "Maandag braken ook weer vuurgevechten uit tussen Turkse en Syrische.");
  EXPECT_EQ(fields[19], "event");
  EXPECT_EQ(fields[20], "");
  EXPECT_EQ(fields[21], "169389");
}

TEST(RecordId, HasTheContractedFormAndIsStable) {
  const std::string id = record_id("idlib", 812, 880, "TURMIL", "SYRMIL", "190", "event");
  EXPECT_TRUE(std::regex_match(id, std::regex("e:[0-9a-f]{16}"))) << id;
  EXPECT_EQ(id, record_id("idlib", 812, 880, "TURMIL", "SYRMIL", "190", "event"));
  // Pinned: XXH3 is the same on every machine, so a change here changes every stored id.
  EXPECT_EQ(id, "e:e88a45da9286077b");
}

TEST(RecordId, ChangesWithEveryField) {
  std::set<std::string> ids = {
      record_id("idlib", 812, 880, "TURMIL", "SYRMIL", "190", "event"),
      record_id("idlib2", 812, 880, "TURMIL", "SYRMIL", "190", "event"),
      record_id("idlib", 813, 880, "TURMIL", "SYRMIL", "190", "event"),
      record_id("idlib", 812, 881, "TURMIL", "SYRMIL", "190", "event"),
      record_id("idlib", 812, 880, "RUSMIL", "SYRMIL", "190", "event"),
      record_id("idlib", 812, 880, "TURMIL", "SYRGOV", "190", "event"),
      record_id("idlib", 812, 880, "TURMIL", "SYRMIL", "193", "event"),
      record_id("idlib", 812, 880, "TURMIL", "SYRMIL", "190", "displacement"),
      // Field boundaries matter: moving a character between fields is a different id.
      record_id("idlib", 812, 880, "TURMI", "LSYRMIL", "190", "event"),
      record_id("idlib", 81, 2880, "TURMIL", "SYRMIL", "190", "event"),
  };
  EXPECT_EQ(ids.size(), 10u);
}

}  // namespace
}  // namespace kroniek

namespace kroniek {
namespace {

Record record_with_evidence(const std::string& text) {
  Record r;
  r.id = "e:0000000000000001";
  r.doc = "doc";
  r.cameo = "190";
  r.root = "19";
  r.evidence.push_back({0, 0, text.size(), text, r.doc});
  return r;
}

TEST(CsvWriter, QuotesFieldsWithCommasQuotesAndNewlines) {
  std::ostringstream out;
  write_csv(out, record_with_evidence("Hij zei: \"nee, nooit\"\nklaar."));
  std::string line = out.str();
  EXPECT_NE(line.find("\"Hij zei: \"\"nee, nooit\"\"\nklaar.\""), std::string::npos) << line;
  EXPECT_TRUE(line.ends_with("\r\n"));
}

TEST(CsvWriter, HeaderHasTheTsvColumns) {
  std::ostringstream csv, tsv;
  write_csv_header(csv);
  write_tsv_header(tsv);
  auto count = [](const std::string& s, char c) { return std::count(s.begin(), s.end(), c); };
  EXPECT_EQ(count(csv.str(), ','), count(tsv.str(), '\t'));
}

TEST(GeoJsonWriter, WritesOneCollectionWithAPointPerPlacedRecord) {
  std::ostringstream out;
  {
    GeoJsonWriter writer(out);
    Record placed = record_with_evidence("a");
    placed.location = Location{.name = "Idlib",
                               .feature = "city",
                               .country = "SYR",
                               .lat = 35.93,
                               .lon = 36.63,
                               .geonameid = 169389};
    writer.write(placed);
    writer.write(record_with_evidence("b"));
  }
  auto collection = nlohmann::json::parse(out.str());
  ASSERT_EQ(collection["features"].size(), 2u);
  EXPECT_EQ(collection["features"][0]["geometry"]["coordinates"][0], 36.63);  // lon first
  EXPECT_EQ(collection["features"][0]["geometry"]["coordinates"][1], 35.93);
  EXPECT_TRUE(collection["features"][1]["geometry"].is_null());
  EXPECT_EQ(collection["features"][1]["properties"]["cameo"], "190");
}

TEST(GeoJsonWriter, AnEmptyCollectionIsStillValid) {
  std::ostringstream out;
  { GeoJsonWriter writer(out); }
  EXPECT_TRUE(nlohmann::json::parse(out.str())["features"].empty());
}

}  // namespace
}  // namespace kroniek
