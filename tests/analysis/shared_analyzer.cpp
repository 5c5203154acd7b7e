#include "shared_analyzer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "analyze/frog_nl.h"

namespace kroniek::testing {

Analyzer& dutch_analyzer() {
  static std::unique_ptr<Analyzer> analyzer = make_frog_analyzer();
  return *analyzer;
}

const Lexicon& dutch_lexicon() {
  static Lexicon lexicon = load_lexicon(default_data_dir(), "nl");
  return lexicon;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace kroniek::testing

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
