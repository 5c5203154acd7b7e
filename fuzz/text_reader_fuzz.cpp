// Plain-text documents (io/readers.h): any bytes under any file name. An input
// "NAME\n%%\nTEXT" reads TEXT as the file NAME (the name gives id, date and
// language); otherwise the whole input is the text of a dated Dutch file.
#include <cstdlib>

#include "fuzz_support.h"
#include "io/readers.h"

using namespace kroniek;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = fuzz::as_text(data, size);
  const auto parts = fuzz::split_parts(input, 2);
  const bool named = parts.size() == 2 && input.size() > parts[0].size();
  const std::string name = named ? std::string(parts[0]) : "bericht-2020-02-11.nl.txt";
  const ReadBatch batch = read_plain_text(name, std::string(named ? parts[1] : input));
  // What every later stage relies on: a document's text is valid UTF-8.
  for (const Document& document : batch.documents) {
    if (first_invalid_utf8(document.text) != std::string::npos) std::abort();
  }
  first_invalid_utf8(input);
  return 0;
}
