// PETRARCH XML (io/petrarch_xml.h): the sentences, options and environment of
// a validation file, then the documents they make.
#include <cstdlib>

#include "fuzz_support.h"
#include "io/petrarch_xml.h"

using namespace kroniek;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  PetrarchXmlInput input;
  try {
    input = parse_petrarch_xml(fuzz::as_text(data, size), "validatie.xml");
  } catch (const PetrarchXmlError&) {
    return 0;  // not well-formed: reported, as documented
  }
  const ReadBatch batch = petrarch_documents(input);
  for (const Document& document : batch.documents) {
    if (first_invalid_utf8(document.text) != std::string::npos) std::abort();
  }
  return 0;
}
