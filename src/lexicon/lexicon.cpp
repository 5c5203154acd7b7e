#include "lexicon/lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include "lexicon/dictionary_file.h"
#include "lexicon/petrarch_actors.h"

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

namespace {

bool is_country_code(const std::string& code) {
  return code.size() == 3 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::vector<std::string> lower_words(const PetrarchPhrase& phrase) {
  std::vector<std::string> words;
  for (const std::string& w : phrase.words) {
    std::string lower = w;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    words.push_back(std::move(lower));
  }
  return words;
}

// Dated codes first, so that on the same phrase the one of the day is found
// before the open-ended one.
void add_petrarch_actors(ActorDictionary& actors, const PetrarchActorDictionary& file) {
  for (const PetrarchActor& actor : file.actors) {
    std::vector<const PetrarchDatedCode*> codes;
    for (const auto& c : actor.codes)
      if (c.dated()) codes.push_back(&c);
    for (const auto& c : actor.codes)
      if (!c.dated()) codes.push_back(&c);
    std::vector<const PetrarchPhrase*> phrases{&actor.name};
    for (const auto& synonym : actor.synonyms) phrases.push_back(&synonym);
    for (const PetrarchDatedCode* code : codes) {
      if (code->code == "---" || code->code.empty()) continue;
      for (const PetrarchPhrase* phrase : phrases) {
        ActorEntry entry;
        entry.code = code->code;
        entry.lang = "en";
        entry.kind = is_country_code(code->code) ? ActorKind::name : ActorKind::person;
        entry.words = lower_words(*phrase);
        entry.from = code->from;
        entry.to = code->to;
        actors.add(std::move(entry));
      }
    }
  }
}

// Agents written "NGO~" put their code before the actor's, which kroniek's
// role agents do not; those are left out.
void add_petrarch_agents(ActorDictionary& actors, const PetrarchAgentDictionary& file) {
  for (const PetrarchAgent& agent : file.agents) {
    if (agent.before_actor || agent.code.size() != 3) continue;
    for (const PetrarchPhrase& form : agent.forms) {
      ActorEntry entry;
      entry.code = agent.code;
      entry.lang = "en";
      entry.kind = ActorKind::agent;
      entry.words = lower_words(form);
      actors.add(std::move(entry));
    }
  }
}

bool ends_with(const std::string& name, const std::string& suffix) {
  return name.size() >= suffix.size() &&
         name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

void extend_lexicon(Lexicon& lexicon, const std::string& dir, const std::string& lang) {
  std::filesystem::path root(dir);
  if (!std::filesystem::is_directory(root)) {
    throw DictionaryError(dir, 0, "no such dictionary directory");
  }
  if (std::filesystem::is_directory(root / "actors")) {
    for (const std::string& file : text_files_in(root / "actors")) lexicon.actors.load_file(file);
  }
  if (std::filesystem::is_directory(root / "patterns")) {
    for (const std::string& file : text_files_in(root / "patterns")) {
      std::string name = std::filesystem::path(file).stem().string();
      if (name == lang || name.rfind(lang + "-", 0) == 0) lexicon.patterns.load_file(file);
    }
    check_pattern_codes(lexicon);
  }
  if (lang != "en") return;
  for (const std::string& file : text_files_in(root)) {
    if (ends_with(file, ".actors.txt"))
      add_petrarch_actors(lexicon.actors, load_petrarch_actors(file));
    if (ends_with(file, ".agents.txt"))
      add_petrarch_agents(lexicon.actors, load_petrarch_agents(file));
  }
}

}  // namespace kroniek
