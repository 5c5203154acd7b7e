#include "analyze/frog_nl.h"

#include <sstream>

#include "analyze/long_sentences.h"
#include "frog/FrogAPI.h"

namespace kroniek {
namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(s);
  while (std::getline(in, part, sep)) parts.push_back(part);
  if (!s.empty() && s.back() == sep) parts.emplace_back();
  return parts;
}

// One line of Frog's tabbed output: index, word, lemma, morph, tag, confidence,
// NER, ..., head, relation. The middle columns vary with the modules switched
// on, so head and relation are read from the end.
struct FrogUnit {
  std::vector<std::string> words, lemmas, tags, ners;
  int head = 0;  // 1-based, 0 = root
  std::string rel;
};

FrogUnit parse_unit(const std::string& line) {
  std::vector<std::string> cols = split(line, '\t');
  FrogUnit unit;
  if (cols.size() < 7) return unit;
  unit.words = split(cols[1], '_');
  unit.lemmas = split(cols[2], '_');
  unit.tags = split(cols[4], '_');
  unit.ners = split(cols[6], '_');
  if (cols.size() >= 10) {
    unit.rel = cols.back();
    try {
      unit.head = std::stoi(cols[cols.size() - 2]);
    } catch (const std::exception&) {
      unit.head = 0;
    }
  }
  return unit;
}

const std::string& part_or_last(const std::vector<std::string>& parts, std::size_t i,
                                const std::string& fallback) {
  if (parts.empty()) return fallback;
  return i < parts.size() ? parts[i] : parts.back();
}

// Finds `word` in `text` at or after `cursor`; Frog's tokenizer keeps words as
// written, so a forward search aligns them. Returns npos when it is not near.
std::size_t find_near(const std::string& text, const std::string& word, std::size_t cursor) {
  constexpr std::size_t kWindow = 400;
  std::size_t pos = text.find(word, cursor);
  if (pos == std::string::npos || pos - cursor > kWindow) return std::string::npos;
  return pos;
}

void add_sentence(const std::vector<FrogUnit>& units, const std::string& text, std::size_t& cursor,
                  AnalyzedDocument& out) {
  Sentence sentence;
  sentence.index = out.sentences.size();
  std::vector<int> first_token_of_unit;
  for (const FrogUnit& unit : units) {
    first_token_of_unit.push_back(static_cast<int>(sentence.tokens.size()));
    for (std::size_t i = 0; i < unit.words.size(); ++i) {
      Token token;
      token.word = unit.words[i];
      token.lemma = part_or_last(unit.lemmas, i, token.word);
      token.pos = part_or_last(unit.tags, i, "");
      token.ner = part_or_last(unit.ners, i, "O");
      std::size_t pos = find_near(text, token.word, cursor);
      token.start = pos == std::string::npos ? cursor : pos;
      token.end = pos == std::string::npos ? cursor : pos + token.word.size();
      cursor = token.end;
      sentence.tokens.push_back(std::move(token));
    }
  }
  // Second pass: heads, now that every unit's first token index is known.
  for (std::size_t u = 0; u < units.size(); ++u) {
    int first = first_token_of_unit[u];
    int head = units[u].head;
    sentence.tokens[first].head =
        head >= 1 && head <= static_cast<int>(units.size()) ? first_token_of_unit[head - 1] : -1;
    sentence.tokens[first].rel = units[u].rel;
    for (std::size_t i = 1; i < units[u].words.size(); ++i) {
      sentence.tokens[first + i].head = first;
      sentence.tokens[first + i].rel = "mwp";
    }
  }
  if (sentence.tokens.empty()) return;
  sentence.start = sentence.tokens.front().start;
  sentence.end = sentence.tokens.back().end;
  out.sentences.push_back(std::move(sentence));
}

// Frog and ucto announce their configuration on std::cerr while loading; keep
// that off the user's terminal unless loading fails.
class CapturedStderr {
 public:
  CapturedStderr() : saved_(std::cerr.rdbuf(captured_.rdbuf())) {}
  ~CapturedStderr() { std::cerr.rdbuf(saved_); }
  std::string text() const { return captured_.str(); }

 private:
  std::ostringstream captured_;
  std::streambuf* saved_;
};

class FrogAnalyzer : public Analyzer {
 public:
  FrogAnalyzer() : error_log_(std::cerr, "frog"), debug_log_(std::cerr, "frog-debug") {
    CapturedStderr quiet;
    try {
      load();
    } catch (const std::exception& e) {
      throw std::runtime_error(std::string("cannot load Frog: ") + e.what() + "\n" + quiet.text());
    }
  }

  // Frog reads the text with a blank line at each cut of a stretch too long
  // for it (analyze/long_sentences.h); the words, and so their offsets in
  // the document, stay the same.
  AnalyzedDocument analyze(const Document& document) override {
    const std::vector<std::size_t> cuts = sentence_cuts(document.text);
    const std::string cut_text = cuts.empty() ? "" : with_blank_lines_at(document.text, cuts);
    const std::string& input = cuts.empty() ? document.text : cut_text;
    AnalyzedDocument analysis = parse_frog_columns(api_->Frogtostring(input), document.text);
    if (!cuts.empty()) analysis.warnings.push_back(cut_warning(cuts.size()));
    return analysis;
  }

 private:
  void load() {
    error_log_.setlevel(LogSilent);
    debug_log_.setlevel(LogSilent);
    // Morphology and chunking are not used by coding; skipping them saves time.
    options_.doMorph = false;
    options_.doDeepMorph = false;
    options_.doIOB = false;
    options_.hide_timers = true;
    options_.interactive = false;
    options_.maxParserTokens = 150;  // longer sentences keep tags but get no tree
    TiCC::Configuration config;
    config.fill(FrogAPI::defaultConfigFile("nld"));
    api_ = std::make_unique<FrogAPI>(options_, config, &error_log_, &debug_log_);
  }

  FrogOptions options_;
  TiCC::LogStream error_log_;
  TiCC::LogStream debug_log_;
  std::unique_ptr<FrogAPI> api_;
};

}  // namespace

AnalyzedDocument parse_frog_columns(const std::string& columns, const std::string& text) {
  AnalyzedDocument out;
  std::vector<FrogUnit> units;
  std::size_t cursor = 0;
  std::istringstream in(columns);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) {
      add_sentence(units, text, cursor, out);
      units.clear();
      continue;
    }
    FrogUnit unit = parse_unit(line);
    if (!unit.words.empty()) units.push_back(std::move(unit));
  }
  add_sentence(units, text, cursor, out);
  return out;
}

std::unique_ptr<Analyzer> make_frog_analyzer() { return std::make_unique<FrogAnalyzer>(); }

}  // namespace kroniek
