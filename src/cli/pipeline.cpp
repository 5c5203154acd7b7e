#include "cli/pipeline.h"

#include <stdexcept>

#include "analyze/frog_nl.h"
#include "code/coder.h"
#include "io/record_id.h"

namespace kroniek::cli {
namespace {

void assign_id(Record& r) {
  const Evidence& e = r.evidence.front();
  r.id = record_id(r.doc, e.start, e.end, r.source.code.code, r.target.code.code, r.cameo, r.type);
}

}  // namespace

Pipeline::Pipeline(const std::string& data_dir) : lexicon_(load_lexicon(data_dir, "nl")) {}

std::vector<Record> Pipeline::code(const Document& document) {
  if (document.lang != "nl") {
    throw std::runtime_error("language '" + document.lang + "' is not supported yet (only nl)");
  }
  if (!dutch_) dutch_ = make_frog_analyzer();
  std::vector<Record> records = code_events(document, dutch_->analyze(document), lexicon_);
  for (Record& r : records) assign_id(r);
  return records;
}

}  // namespace kroniek::cli
