#include "cli/record_printer.h"

#include <iostream>

namespace kroniek::cli {

RecordPrinter::RecordPrinter(const std::string& format) : format_(format) {
  if (format_ == "tsv") write_tsv_header(std::cout);
  if (format_ == "csv") write_csv_header(std::cout);
  if (format_ == "geojson") geojson_ = std::make_unique<GeoJsonWriter>(std::cout);
}

void RecordPrinter::print(const Record& r) {
  if (format_ == "tsv") {
    write_tsv(std::cout, r);
  } else if (format_ == "csv") {
    write_csv(std::cout, r);
  } else if (geojson_) {
    geojson_->write(r);
  } else {
    write_jsonl(std::cout, r);
  }
}

}  // namespace kroniek::cli
