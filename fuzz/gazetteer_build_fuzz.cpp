// The gazetteer's inputs (lexicon/gazetteer.h): "COUNTRIES\n%%\nNAMES\n%%\nCITIES",
// world-countries JSON, our country names and GeoNames TSV, built into an
// index that is then loaded and searched for a few names.
#include <stdexcept>

#include "fuzz_support.h"
#include "lexicon/dictionary_file.h"
#include "lexicon/gazetteer.h"

using namespace kroniek;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static fuzz::TempFile countries("countries.json"), names("country-names.txt"),
      cities("cities.txt"), index("gazetteer.idx");
  const auto parts = fuzz::split_parts(fuzz::as_text(data, size), 3);
  try {
    build_gazetteer_index(cities.write(parts[2]), countries.write(parts[0]), index.path(),
                          names.write(parts[1]));
  } catch (const DictionaryError&) {
    return 0;  // a bad line of the names, named with its file and line
  } catch (const std::runtime_error&) {
    return 0;  // a file that cannot be read, or a bad line of the cities
  }
  const Gazetteer gazetteer = Gazetteer::load(index.path());
  for (const char* name : {"Khartoum", "khartoem", "Turkey", "", "a"}) gazetteer.candidates(name);
  gazetteer.country("SDN");
  gazetteer.name_count();
  return 0;
}
