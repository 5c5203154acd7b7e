// Dictionaries with invalid UTF-8 are refused with file, line and byte, in
// kroniek's format and in PETRARCH's: no broken text reaches the coder.
#include <gtest/gtest.h>

#include "lexicon/dictionary_file.h"
#include "lexicon/petrarch_actors.h"
#include "temp_files.h"

namespace kroniek {
namespace {

std::string error_of(const std::function<void()>& load) {
  try {
    load();
  } catch (const DictionaryError& e) {
    return e.what();
  }
  return "";
}

TEST(DictionaryUtf8, AKroniekDictionaryLineWithInvalidUtf8IsRefused) {
  const std::string path =
      test_files::write_temp("countries.txt", "SYR nl name Syrië\nTUR nl name Turk\xffije\n");
  const std::string error = error_of([&] { for_each_entry(path, [](int, const std::string&) {}); });
  EXPECT_EQ(error, path + ":2: invalid UTF-8 at byte 16");
}

TEST(DictionaryUtf8, APetrarchDictionaryWithInvalidUtf8IsRefused) {
  const std::string path =
      test_files::write_temp("mine.actors.txt", "TURKEY [TUR]\n\nSYRI\xe9 [SYR]\n");
  const std::string error = error_of([&] { load_petrarch_actors(path); });
  EXPECT_EQ(error, path + ":3: invalid UTF-8 at byte 4");
}

}  // namespace
}  // namespace kroniek
