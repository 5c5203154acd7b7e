// Printing records on standard output in the format the user chose, for the
// subcommands that print them (code, query).
#pragma once
#include <memory>
#include <string>

#include "core/event.h"
#include "io/record_writers.h"

namespace kroniek::cli {

// Prints records in the chosen format; a GeoJSON collection closes when the
// printer goes.
class RecordPrinter {
 public:
  // "jsonl", "tsv", "csv" or "geojson"; writes the header the format has.
  explicit RecordPrinter(const std::string& format);
  void print(const Record& r);

 private:
  std::string format_;
  std::unique_ptr<GeoJsonWriter> geojson_;
};

}  // namespace kroniek::cli
