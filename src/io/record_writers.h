// Record sinks for text streams: JSONL (the contract of DESIGN.md), TSV and CSV
// (PETRARCH/Phoenix columns) and GeoJSON.
#pragma once
#include <ostream>

#include "core/event.h"

namespace kroniek {

// One line: the record of DESIGN.md, fields in its order; null for what is unknown.
void write_jsonl(std::ostream& out, const Record& record);

// Column names for write_tsv, tab-separated, one line.
void write_tsv_header(std::ostream& out);

// One tab-separated line: id, date (YYYYMMDD), source, target, cameo, root, quad_class,
// goldstein, source country/role, target country/role, location name, lat, lon, doc,
// modality, mentions, evidence text (first evidence; tabs and newlines become spaces).
void write_tsv(std::ostream& out, const Record& record);

// The TSV columns as CSV (RFC 4180, every field quoted, CRLF line ends).
void write_csv_header(std::ostream& out);
void write_csv(std::ostream& out, const Record& record);

// One GeoJSON FeatureCollection: a Feature per record, with the record as its
// properties and its place as a Point (null geometry while unknown). The
// collection opens on construction and closes on destruction.
class GeoJsonWriter {
 public:
  explicit GeoJsonWriter(std::ostream& out);
  ~GeoJsonWriter();
  GeoJsonWriter(const GeoJsonWriter&) = delete;
  GeoJsonWriter& operator=(const GeoJsonWriter&) = delete;
  void write(const Record& record);

 private:
  std::ostream& out_;
  int written_ = 0;
};

}  // namespace kroniek
