#include "analyze/frog_nl.h"

#include <omp.h>

#include <iostream>
#include <mutex>
#include <sstream>

#include "analyze/frog_entities.h"
#include "analyze/long_sentences.h"
#include "frog/Frog-util.h"
#include "frog/FrogAPI.h"
#include "frog/FrogData.h"
#include "frog/Parser.h"
#include "frog/ucto_tokenizer_mod.h"

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

// The tokens of one sentence's units, with their offsets in `text` from
// `cursor` on; heads and relations are left to set_heads.
Sentence sentence_of(const std::vector<FrogUnit>& units, const std::string& text,
                     std::size_t& cursor) {
  Sentence sentence;
  for (const FrogUnit& unit : units) {
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
      set_derived_fields(token);
      sentence.tokens.push_back(std::move(token));
    }
  }
  if (!sentence.tokens.empty()) {
    sentence.start = sentence.tokens.front().start;
    sentence.end = sentence.tokens.back().end;
  }
  return sentence;
}

// Heads and relations from the units' parse: a unit's first word takes the
// unit's head, the other words of a multi-word unit depend on it ("mwp").
void set_heads(const std::vector<FrogUnit>& units, Sentence& sentence) {
  std::vector<int> first_token_of_unit;
  int first = 0;
  for (const FrogUnit& unit : units) {
    first_token_of_unit.push_back(first);
    first += static_cast<int>(unit.words.size());
  }
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
}

// Entity tags from the units, word by word, as sentence_of reads them.
void set_entities(const std::vector<FrogUnit>& units, Sentence& sentence) {
  std::size_t token = 0;
  for (const FrogUnit& unit : units) {
    for (std::size_t i = 0; i < unit.words.size() && token < sentence.tokens.size(); ++i) {
      sentence.tokens[token++].ner = part_or_last(unit.ners, i, "O");
    }
  }
}

void add_sentence(const std::vector<FrogUnit>& units, const std::string& text, std::size_t& cursor,
                  AnalyzedDocument& out) {
  Sentence sentence = sentence_of(units, text, cursor);
  if (sentence.tokens.empty()) return;
  set_heads(units, sentence);
  sentence.index = out.sentences.size();
  out.sentences.push_back(std::move(sentence));
}

// The units of a sentence as Frog writes them in its tabbed output: multi-word
// units joined ("Jens_Stoltenberg") where it found them.
std::vector<FrogUnit> units_of(const frog_data& sentence) {
  const std::vector<frog_record>& records =
      sentence.mw_units.empty() ? sentence.units : sentence.mw_units;
  std::vector<FrogUnit> units;
  for (const frog_record& record : records) {
    FrogUnit unit;
    unit.words = split(record.word, '_');
    unit.lemmas = split(record.lemmas.empty() ? std::string() : record.lemmas.front(), '_');
    unit.tags = split(record.tag, '_');
    std::string ner = record.ner_tag;
    for (char& c : ner) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    unit.ners = split(ner, '_');
    // Unparsed (or left without a head): the root, as Frog's own output has it.
    unit.head = record.parse_index == -1 ? 0 : record.parse_index;
    unit.rel = record.parse_index == -1 ? "ROOT" : record.parse_role;
    if (!unit.words.empty()) units.push_back(std::move(unit));
  }
  return units;
}

// ucto announces its language detection on std::cerr while loading ("ucto:
// textcat configured from ..."), past the log streams it is given. While any
// analyzer loads, std::cerr writes nowhere; kroniek's own messages go to
// stderr through C stdio (cli/), not std::cerr, so none of them is lost.
// Loads on several threads at once share the one silence.
class SilencedCerr {
 public:
  SilencedCerr() {
    std::lock_guard lock(mutex_);
    if (users_++ == 0) saved_ = std::cerr.rdbuf(&nowhere_);
  }
  ~SilencedCerr() {
    std::lock_guard lock(mutex_);
    if (--users_ == 0) std::cerr.rdbuf(saved_);
  }
  SilencedCerr(const SilencedCerr&) = delete;
  SilencedCerr& operator=(const SilencedCerr&) = delete;

 private:
  // Keeps no buffer, so threads writing at once share no state.
  struct Nowhere : std::streambuf {
    int overflow(int c) override { return traits_type::not_eof(c); }
  };
  static inline std::mutex mutex_;
  static inline int users_ = 0;
  static inline std::streambuf* saved_ = nullptr;
  static inline Nowhere nowhere_;
};

// Frog in process, one module at a time: ucto's tokenizer, then the tagger,
// lemmatizer and multi-word units (FrogAPI::frog_sentence with the entity
// tagger and the parser switched off), then the entity tagger and the
// dependency parser on their own, each only for the sentences the caller
// says need it. Morphology and chunking, which coding does not use, are not
// loaded.
class FrogAnalyzer : public Analyzer {
 public:
  FrogAnalyzer() : error_log_(log_, "frog"), debug_log_(log_, "frog-debug") {
    SilencedCerr quiet;
    try {
      load();
    } catch (const std::exception& e) {
      throw std::runtime_error(std::string("cannot load Frog: ") + e.what() + "\n" + log_.str());
    }
  }
  using Analyzer::analyze;

  // Frog reads the text with a blank line at each cut of a stretch too long
  // for it (analyze/long_sentences.h); the words, and so their offsets in
  // the document, stay the same.
  AnalyzedDocument analyze(const Document& document, const SentenceNeeds& needs) override {
    // Frog's modules split each word's work over OpenMP threads; documents
    // run on threads of their own, one analyzer each, so Frog keeps to one.
    omp_set_num_threads(1);
    const std::vector<std::size_t> cuts = sentence_cuts(document.text);
    std::istringstream input(
        (cuts.empty() ? document.text : with_blank_lines_at(document.text, cuts)) + "\n");
    AnalyzedDocument analysis;
    std::size_t cursor = 0;
    for (std::vector<Tokenizer::Token> tokens = tokenizer_->tokenize_stream(input); !tokens.empty();
         tokens = tokenizer_->tokenize_stream_next()) {
      frog_data tagged = api_->frog_sentence(tokens, analysis.sentences.size() + 1);
      add_sentence(tagged, document.text, cursor, needs, analysis);
    }
    if (!cuts.empty()) analysis.warnings.push_back(cut_warning(cuts.size()));
    return analysis;
  }

 private:
  void load() {
    debug_log_.setlevel(LogSilent);  // the error log tells why, should loading fail
    // Each analyzer has log streams of its own, used by one thread at a time.
    // Shared mode locks a process-wide mutex for every debug line Timbl and
    // MBT might write, silent or not: two analyzers then took turns.
    error_log_.set_single_threaded_mode();
    debug_log_.set_single_threaded_mode();
    options_.doMorph = false;
    options_.doDeepMorph = false;
    options_.doIOB = false;
    options_.doNER = false;    // our own entity_tagger_ and parser_,
    options_.doParse = false;  // asked sentence by sentence
    options_.hide_timers = true;
    options_.interactive = false;
    options_.numThreads = 1;
    config_.fill(FrogAPI::defaultConfigFile("nld"));
    api_ = std::make_unique<FrogAPI>(options_, config_, &error_log_, &debug_log_);
    // The tokenizer as FrogAPI sets up its own (its is private).
    tokenizer_ = std::make_unique<UctoTokenizer>(&error_log_, &debug_log_);
    if (!tokenizer_->init(config_)) throw std::runtime_error("the tokenizer did not load");
    tokenizer_->setPassThru(!options_.doTok);
    tokenizer_->setDocID(options_.docid);
    tokenizer_->setSentencePerLineInput(options_.doSentencePerLine);
    tokenizer_->setQuoteDetection(options_.doQuoteDetection);
    tokenizer_->setInputEncoding(options_.encoding);
    tokenizer_->setInputXml(false);
    tokenizer_->setUttMarker(options_.uttmark);
    tokenizer_->setInputClass(options_.inputclass);
    tokenizer_->setOutputClass(options_.outputclass);
    tokenizer_->setTextRedundancy(options_.textredundancy);
    entity_tagger_ = std::make_unique<FrogEntityTagger>(&error_log_, &debug_log_, config_);
    parser_ = std::make_unique<Parser>(&error_log_, &debug_log_);
    if (!parser_->init(config_)) throw std::runtime_error("the parser did not load");
    error_log_.setlevel(LogSilent);  // loaded: nothing it says reaches the user
    log_.str("");
  }

  // Adds one tagged sentence, with its entities when it needs them, and
  // parsed when it needs it and is short enough: longer ones keep their tags
  // and are all roots, as Frog leaves them.
  void add_sentence(frog_data& tagged, const std::string& text, std::size_t& cursor,
                    const SentenceNeeds& needs, AnalyzedDocument& out) {
    Sentence sentence = sentence_of(units_of(tagged), text, cursor);
    if (sentence.tokens.empty()) return;
    sentence.index = out.sentences.size();
    if (needs.entities && !needs.entities(sentence)) {
      sentence.entities_tagged = false;
    } else {
      entity_tagger_->tag(tagged);
      set_entities(units_of(tagged), sentence);
    }
    if (needs.parse && !needs.parse(sentence)) {
      sentence.parsed = false;
    } else {
      if (tagged.size() <= kMaxParserTokens) parser_->Parse(tagged, timers_);
      set_heads(units_of(tagged), sentence);
    }
    out.sentences.push_back(std::move(sentence));
  }

  static constexpr std::size_t kMaxParserTokens = 150;
  FrogOptions options_;
  TiCC::Configuration config_;  // FrogAPI keeps a reference to it
  // Frog's modules log here, not to std::cerr: another analyzer may be
  // loading on another thread meanwhile, with std::cerr silenced; and should
  // loading fail, what the error log said goes into the message.
  std::ostringstream log_;
  TiCC::LogStream error_log_;
  TiCC::LogStream debug_log_;
  std::unique_ptr<FrogAPI> api_;
  std::unique_ptr<UctoTokenizer> tokenizer_;
  std::unique_ptr<FrogEntityTagger> entity_tagger_;
  std::unique_ptr<Parser> parser_;
  TimerBlock timers_;
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
