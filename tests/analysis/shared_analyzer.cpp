#include "shared_analyzer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "analyze/frog_nl.h"
#include "analyze/linkgrammar_en.h"
#include "code/coder.h"
#include "resolve/resolve.h"

namespace kroniek::testing {

Analyzer& dutch_analyzer() {
  static std::unique_ptr<Analyzer> analyzer = make_frog_analyzer();
  return *analyzer;
}

Lexicon lexicon_with_places(const std::string& lang) {
  Lexicon loaded = load_lexicon(default_data_dir(), lang);
  loaded.gazetteer = &gazetteer();
  return loaded;
}

const Lexicon& dutch_lexicon() {
  static Lexicon lexicon = lexicon_with_places("nl");
  return lexicon;
}

Analyzer& english_analyzer() {
  static std::unique_ptr<Analyzer> analyzer = make_linkgrammar_analyzer();
  return *analyzer;
}

const Lexicon& english_lexicon() {
  static Lexicon lexicon = lexicon_with_places("en");
  return lexicon;
}

const Gazetteer& gazetteer() {
  static Gazetteer index = Gazetteer::load(default_gazetteer_path());
  return index;
}

std::vector<Record> code_and_resolve(const Document& doc) {
  AnalyzedDocument analysis = dutch_analyzer().analyze(doc);
  std::vector<Record> records = code_events(doc, analysis, dutch_lexicon());
  resolve_records(doc, analysis, &gazetteer(), records);
  return records;
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
