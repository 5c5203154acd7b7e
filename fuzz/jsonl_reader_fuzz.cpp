// JSONL documents (io/readers.h): one {"id","text","date","lang","title"} a line.
#include <cstdlib>

#include "fuzz_support.h"
#include "io/readers.h"

using namespace kroniek;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const ReadBatch batch = read_jsonl("berichten.jsonl", fuzz::as_text(data, size));
  // What every later stage relies on: a document's text is valid UTF-8.
  for (const Document& document : batch.documents) {
    if (first_invalid_utf8(document.text) != std::string::npos) std::abort();
  }
  return 0;
}
