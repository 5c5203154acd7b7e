#include "cli/pipeline.h"

#include <iostream>
#include <stdexcept>

#include "analyze/frog_nl.h"
#include "analyze/linkgrammar_en.h"
#include "analyze/ptb.h"
#include "cli/stopwatch.h"
#include "code/actors.h"
#include "code/clauses.h"
#include "code/coder.h"
#include "code/places.h"
#include "code/triage.h"
#include "io/record_id.h"
#include "lexicon/dictionary_file.h"
#include "resolve/resolve.h"

namespace kroniek::cli {
namespace {

void assign_id(Record& r) {
  const Evidence& e = r.evidence.front();
  r.id = record_id(r.doc, e.start, e.end, r.source.code.code, r.target.code.code, r.cameo, r.type);
}

}  // namespace

StageTimes& StageTimes::operator+=(const StageTimes& other) {
  load += other.load;
  analyze += other.analyze;
  code += other.code;
  resolve += other.resolve;
  return *this;
}

std::unique_ptr<Pipeline> load_pipeline(const std::string& data_dir,
                                        const std::vector<std::string>& extra_dirs,
                                        AnalysisSettings settings) {
  try {
    return std::make_unique<Pipeline>(data_dir, extra_dirs, settings);
  } catch (const DictionaryError& e) {
    std::cerr << "kroniek: cannot load dictionaries: " << e.what() << "\n";
    return nullptr;
  } catch (const std::runtime_error& e) {
    std::cerr << "kroniek: cannot load the gazetteer: " << e.what()
              << " (`make build` makes it; KRONIEK_GAZETTEER names another)\n";
    return nullptr;
  }
}

// The languages kroniek codes, each with the analyzer that reads it.
const std::map<std::string, std::unique_ptr<Analyzer> (*)()>& analyzers() {
  static const std::map<std::string, std::unique_ptr<Analyzer> (*)()> kAnalyzers = {
      {"nl", &make_frog_analyzer},
      {"en", [] { return make_linkgrammar_analyzer(); }},
  };
  return kAnalyzers;
}

Pipeline::Pipeline(const std::string& data_dir, const std::vector<std::string>& extra_dirs,
                   AnalysisSettings settings)
    : settings_(settings), gazetteer_(Gazetteer::load(default_gazetteer_path())) {
  if (settings_.analyzers == 0) settings_.analyzers = 1;
  for (const auto& [lang, make] : analyzers()) {
    Language& language = languages_[lang];
    language.lexicon = load_lexicon(data_dir, lang);
    for (const std::string& dir : extra_dirs) extend_lexicon(language.lexicon, dir, lang);
    language.lexicon.gazetteer = &gazetteer_;
    language.make = make;
  }
}

Pipeline::Language& Pipeline::language(const std::string& lang) {
  auto found = languages_.find(lang);
  if (found == languages_.end()) {
    std::string coded;
    for (const auto& [known, unused] : languages_) coded += (coded.empty() ? "" : ", ") + known;
    throw std::runtime_error("language '" + lang + "' is not coded (only " + coded + ")");
  }
  return found->second;
}

class Pipeline::Lease {
 public:
  Lease(Pipeline& pipeline, Language& language, std::unique_ptr<Analyzer> analyzer)
      : pipeline_(pipeline), language_(language), analyzer_(std::move(analyzer)) {}
  Lease(Lease&& other) = default;
  ~Lease() {
    if (!analyzer_) return;
    {
      std::lock_guard lock(pipeline_.analyzers_mutex_);
      language_.idle.push_back(std::move(analyzer_));
    }
    pipeline_.analyzer_returned_.notify_one();
  }
  Analyzer& operator*() const { return *analyzer_; }

 private:
  Pipeline& pipeline_;
  Language& language_;
  std::unique_ptr<Analyzer> analyzer_;
};

// An idle analyzer of the language, else a new one while there are fewer
// than settings_.analyzers, else the first one given back.
Pipeline::Lease Pipeline::borrow_analyzer(const std::string& lang) {
  Language& lang_data = language(lang);
  std::unique_lock lock(analyzers_mutex_);
  analyzer_returned_.wait(
      lock, [&] { return !lang_data.idle.empty() || lang_data.made < settings_.analyzers; });
  if (!lang_data.idle.empty()) {
    std::unique_ptr<Analyzer> analyzer = std::move(lang_data.idle.back());
    lang_data.idle.pop_back();
    return Lease(*this, lang_data, std::move(analyzer));
  }
  ++lang_data.made;
  lock.unlock();
  try {
    return Lease(*this, lang_data, lang_data.make());  // seconds: not under the lock
  } catch (...) {
    lock.lock();
    --lang_data.made;
    analyzer_returned_.notify_one();
    throw;
  }
}

void Pipeline::preload(const std::string& lang) { borrow_analyzer(lang); }

// The text the trees' offsets point into: a sentence given only as a parse
// reads as its tree's words.
static Document with_tree_text(Document document) {
  if (!document.parsed.empty()) document.text = ptb_document_text(document.parsed);
  return document;
}

// A parsed document skips the analyzer: its trees give the sentences. The
// time to get an analyzer (waiting for one, or loading it) goes to
// times.load, the analysis itself to times.analyze.
AnalyzedDocument Pipeline::analyze(const Document& document, bool lazy, StageTimes& times) {
  if (!document.parsed.empty()) {
    Stopwatch analyzing(times.analyze);
    return parse_ptb_document(document.parsed, document.text);
  }
  const Lexicon& lexicon = language(document.lang).lexicon;
  SentenceNeeds needs;
  if (lazy) {
    needs.entities = [&](const Sentence& s) {
      return lexicon.gazetteer && entity_tags_may_matter(s, document.text, *lexicon.gazetteer);
    };
    needs.parse = [&](const Sentence& s) {
      return may_yield_event(s, lexicon, document.date, document.text);
    };
  }
  Stopwatch loading(times.load);
  Lease analyzer = borrow_analyzer(document.lang);
  loading.stop();
  Stopwatch analyzing(times.analyze);
  return (*analyzer).analyze(document, needs);
}

CodedDocument Pipeline::code_document(const Document& given) {
  const Document document = with_tree_text(given);
  CodedDocument coded;
  AnalyzedDocument analysis = analyze(document, settings_.lazy, coded.times);
  Stopwatch coding(coded.times.code);
  for (const Sentence& s : analysis.sentences) {
    coded.tokens += s.tokens.size();
    coded.parsed += s.parsed;
    coded.entity_tagged += s.entities_tagged;
  }
  coded.sentences = analysis.sentences.size();
  coded.records = code_events(document, analysis, language(document.lang).lexicon);
  coded.warnings = std::move(analysis.warnings);
  if (coded.records.size() > kMaxRecordsPerDocument) {
    coded.warnings.push_back(
        std::to_string(coded.records.size()) + " records, more than the limit of " +
        std::to_string(kMaxRecordsPerDocument) + " per document; the first ones are kept");
    coded.records.resize(kMaxRecordsPerDocument);
  }
  coding.stop();
  Stopwatch resolving(coded.times.resolve);
  resolve_records(document, analysis, &gazetteer_, coded.records);
  for (Record& r : coded.records) assign_id(r);
  resolving.stop();
  return coded;
}

std::vector<Record> Pipeline::code(const Document& document, std::vector<std::string>* warnings) {
  CodedDocument coded = code_document(document);
  if (warnings) warnings->insert(warnings->end(), coded.warnings.begin(), coded.warnings.end());
  return std::move(coded.records);
}

void Pipeline::explain(const Document& given, std::ostream& out) {
  const Document document = with_tree_text(given);
  StageTimes unused;
  for (const Sentence& s : analyze(document, settings_.lazy, unused).sentences) {
    out << "sentence " << s.index
        << (s.entities_tagged ? "" : " (no entity tags: they change nothing, by code/places.h)")
        << (s.parsed ? "" : " (not parsed: no event in it, by code/triage.h)") << "\n";
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      const Token& t = s.tokens[i];
      out << "  " << i << "\t" << t.word << "\t" << t.lemma << "\t" << t.pos << "\t" << t.ner
          << "\t" << t.head << "\t" << t.rel << "\n";
    }
    const Lexicon& lexicon = language(document.lang).lexicon;
    auto mentions = find_actor_mentions(s, lexicon.actors, document.date, document.text);
    add_place_actors(s, document.text, find_places(s, document.text, gazetteer_, {}), mentions);
    for (const Clause& c : extract_clauses(s, mentions, lexicon.grammar)) {
      out << "  clause " << c.first << ".." << c.last << " " << modality_name(c.modality)
          << (c.reciprocal ? " reciprocal" : "") << "\n";
      for (const Argument& a : c.arguments) {
        out << "    argument [" << (a.preposition.empty() ? "-" : a.preposition) << "]"
            << (a.pronoun ? " pronoun" : "");
        for (const ActorMention& m : a.actors)
          out << " " << m.actor.code << "=\"" << m.text << "\"";
        out << "\n";
      }
    }
  }
}

}  // namespace kroniek::cli
