#include "lexicon/lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include "lexicon/dictionary_file.h"

namespace kroniek {

std::string default_data_dir() {
  if (const char* dir = std::getenv("KRONIEK_DATA")) return dir;
  return KRONIEK_DATA_DIR;
}

static std::vector<std::string> text_files_in(const std::filesystem::path& dir) {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") {
      files.push_back(entry.path().string());
    }
  }
  // A stable load order by name without extension: "nl.txt" before
  // "nl-codebook.txt" (a full-path sort would put '-' before '.').
  auto stem = [](const std::string& f) { return std::filesystem::path(f).stem().string(); };
  std::sort(files.begin(), files.end(),
            [&](const std::string& a, const std::string& b) { return stem(a) < stem(b); });
  return files;
}

// A pattern whose code the ontology lacks would code events nobody can read.
static void check_pattern_codes(const Lexicon& lexicon) {
  for (const Pattern& p : lexicon.patterns.all()) {
    for (const std::string& code : {p.code, p.mass_code}) {
      if (!code.empty() && !lexicon.ontology.find(code)) {
        throw DictionaryError(p.file, p.line, "CAMEO code " + code + " is not in the ontology");
      }
    }
  }
}

Lexicon load_lexicon(const std::string& data_dir, const std::string& lang) {
  std::filesystem::path root(data_dir);
  Lexicon lexicon;
  lexicon.ontology.load_file((root / "cameo" / "events.txt").string());
  for (const std::string& file : text_files_in(root / "actors")) lexicon.actors.load_file(file);
  // nl.txt, then nl-*.txt (further pattern files of the same language).
  for (const std::string& file : text_files_in(root / "patterns")) {
    std::string name = std::filesystem::path(file).stem().string();
    if (name == lang || name.rfind(lang + "-", 0) == 0) lexicon.patterns.load_file(file);
  }
  check_pattern_codes(lexicon);
  lexicon.grammar.load_file((root / "grammar" / (lang + ".txt")).string());
  std::filesystem::path displacement = root / "displacement" / (lang + ".txt");
  if (std::filesystem::exists(displacement)) lexicon.displacement.load_file(displacement.string());
  return lexicon;
}

}  // namespace kroniek
