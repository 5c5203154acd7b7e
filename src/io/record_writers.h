// Record sinks for text streams: JSONL (the contract of DESIGN.md) and TSV (PETRARCH/Phoenix).
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

}  // namespace kroniek
