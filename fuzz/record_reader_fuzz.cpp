// Records read back from JSON lines (io/record_reader.h). A line that reads
// must also survive the round trip: written again and read again, it gives
// the same line.
#include <cstdlib>
#include <sstream>
#include <stdexcept>

#include "fuzz_support.h"
#include "io/record_reader.h"
#include "io/record_writers.h"

using namespace kroniek;

namespace {

std::string written(const Record& record) {
  std::ostringstream out;
  write_jsonl(out, record);
  return out.str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Record record;
  try {
    record = read_record_json(fuzz::as_text(data, size));
  } catch (const std::invalid_argument&) {
    return 0;  // rejected with a reason, as documented
  }
  const std::string line = written(record);
  if (written(read_record_json(line)) != line) std::abort();
  return 0;
}
