// A gazetteer index file (lexicon/gazetteer.h) that may be damaged: loading
// checks its header and size, and searching it must stay inside the file.
#include <stdexcept>

#include "fuzz_support.h"
#include "lexicon/gazetteer.h"

using namespace kroniek;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static fuzz::TempFile file("gazetteer.idx");
  try {
    const Gazetteer gazetteer = Gazetteer::load(file.write(fuzz::as_text(data, size)));
    gazetteer.size();
    gazetteer.name_count();
    for (const char* name : {"Khartoum", "Turkey", "", "zzz"}) gazetteer.candidates(name);
    gazetteer.country("SDN");
  } catch (const std::runtime_error&) {
    // missing, truncated, of another version, or a string outside the string block
  }
  return 0;
}
