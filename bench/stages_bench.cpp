// The stages after analysis, on real analyzed sentences: synthetic news
// (news_corpus.h) analyzed once per process by the real analyzers (Frog for
// Dutch, link-grammar for English), then each stage timed alone on the same
// sentences: actor finding, place finding, clause extraction, coding (all of
// code_events: actors, places, clauses, patterns, discourse), the resolvers
// (dates, places, counts), record ids, dedup and the writers; and all of them
// in the order `kroniek code` runs them after analysis (cli/pipeline.cpp,
// cli/code.cpp): code_events, resolve_records and ids per document, then
// merge_duplicates over the batch and the asserted records written as JSONL.
//
// Every benchmark counts the documents' tokens as items (news_corpus.h's
// count_tokens, the count bench/corpus_throughput.sh uses), so items_per_second
// is tokens/s on one core. KRONIEK_BENCH_DOCUMENTS sets the number of
// documents a language (default 100; Frog takes a few seconds to load and
// about a second per 1,000 tokens, done once per process).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <iterator>
#include <map>
#include <memory>
#include <ostream>
#include <set>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <vector>

#include "analyze/frog_nl.h"
#include "analyze/linkgrammar_en.h"
#include "code/actors.h"
#include "code/clauses.h"
#include "code/coder.h"
#include "code/places.h"
#include "dedup/merge.h"
#include "io/record_id.h"
#include "io/record_writers.h"
#include "lexicon/gazetteer.h"
#include "lexicon/lexicon.h"
#include "news_corpus.h"
#include "resolve/resolve.h"

namespace {

using kroniek::ActorMention;
using kroniek::AnalyzedDocument;
using kroniek::Document;
using kroniek::Record;
using kroniek::Sentence;

const kroniek::Gazetteer& gazetteer() {
  static const kroniek::Gazetteer g = kroniek::Gazetteer::load(kroniek::default_gazetteer_path());
  return g;
}

// Each language's dictionaries, as the pipeline loads them.
const kroniek::Lexicon& lexicon(const std::string& lang) {
  static std::map<std::string, kroniek::Lexicon> lexicons;
  auto found = lexicons.find(lang);
  if (found == lexicons.end()) {
    found = lexicons.emplace(lang, kroniek::load_lexicon(kroniek::default_data_dir(), lang)).first;
    found->second.gazetteer = &gazetteer();
  }
  return found->second;
}

// The documents of one language, analyzed, and what each stage makes of them
// (the input of the next stage).
struct Sample {
  std::vector<Document> documents;
  std::vector<AnalyzedDocument> analyses;
  long long tokens = 0;           // count_tokens over the texts
  long long analyzer_tokens = 0;  // the analyzer's tokens
  long long sentences = 0;
  std::vector<std::vector<std::vector<ActorMention>>> mentions;  // document, sentence
  std::vector<std::set<std::string>> countries;                  // each document's
  std::vector<std::vector<Record>> coded;                        // code_events
  std::vector<std::vector<Record>> resolved;                     // resolve_records + ids
  std::vector<Record> batch;                                     // every resolved record
  std::vector<Record> shown;  // merged, asserted: what `kroniek code` prints
};

int sample_documents() {
  const char* n = std::getenv("KRONIEK_BENCH_DOCUMENTS");
  return n && std::atoi(n) > 0 ? std::atoi(n) : 100;
}

void assign_id(Record& r) {
  const kroniek::Evidence& e = r.evidence.front();
  r.id = kroniek::record_id(r.doc, e.start, e.end, r.source.code.code, r.target.code.code, r.cameo,
                            r.type);
}

Sample make_sample(const std::string& lang) {
  Sample s;
  kroniek::bench::NewsCorpus corpus(lang, 7);
  for (int i = 0; i < sample_documents(); ++i) {
    const kroniek::bench::NewsDocument news = corpus.next();
    Document doc;
    doc.id = news.id;
    doc.lang = news.lang;
    doc.date = news.date;
    doc.title = news.title;
    doc.text = news.text();
    s.tokens += kroniek::bench::count_tokens(doc.text);
    s.documents.push_back(std::move(doc));
  }
  {
    // Loaded once per language and process, and let go once the sample is analyzed.
    std::unique_ptr<kroniek::Analyzer> analyzer =
        lang == "nl" ? kroniek::make_frog_analyzer() : kroniek::make_linkgrammar_analyzer();
    for (const Document& doc : s.documents) s.analyses.push_back(analyzer->analyze(doc));
  }
  const kroniek::Lexicon& lex = lexicon(lang);
  for (std::size_t d = 0; d < s.documents.size(); ++d) {
    const Document& doc = s.documents[d];
    const AnalyzedDocument& analysis = s.analyses[d];
    auto& mentions = s.mentions.emplace_back();
    auto& countries = s.countries.emplace_back();
    for (const Sentence& sentence : analysis.sentences) {
      ++s.sentences;
      s.analyzer_tokens += static_cast<long long>(sentence.tokens.size());
      mentions.push_back(kroniek::find_actor_mentions(sentence, lex.actors, doc.date, doc.text));
      for (const ActorMention& m : mentions.back())
        if (!m.actor.country.empty() && m.actor.country != "IGO") countries.insert(m.actor.country);
    }
    s.coded.push_back(kroniek::code_events(doc, analysis, lex));
    std::vector<Record> records = s.coded.back();
    kroniek::resolve_records(doc, analysis, &gazetteer(), records);
    for (Record& r : records) assign_id(r);
    s.resolved.push_back(records);
    s.batch.insert(s.batch.end(), records.begin(), records.end());
  }
  for (Record& r : kroniek::merge_duplicates(s.batch))
    if (r.modality == "asserted") s.shown.push_back(std::move(r));
  return s;
}

const Sample& sample(const std::string& lang) {
  static std::map<std::string, Sample> samples;
  auto found = samples.find(lang);
  if (found == samples.end()) found = samples.emplace(lang, make_sample(lang)).first;
  return found->second;
}

// A stream that formats into a buffer and drops it, counting the bytes: the
// writers' own work, as when `kroniek code` writes to /dev/null.
class CountingBuffer : public std::streambuf {
 public:
  CountingBuffer() { setp(buffer_, buffer_ + sizeof buffer_); }
  long long bytes() const { return bytes_ + (pptr() - pbase()); }

 protected:
  int overflow(int c) override {
    bytes_ += pptr() - pbase();
    setp(buffer_, buffer_ + sizeof buffer_);
    if (c != traits_type::eof()) {
      *pptr() = static_cast<char>(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }

 private:
  char buffer_[1 << 14];
  long long bytes_ = 0;
};

// Loads the sample (or says why it could not be) before the timing starts.
const Sample* setup(benchmark::State& state, const std::string& lang) {
  try {
    return &sample(lang);
  } catch (const std::exception& e) {
    state.SkipWithError(e.what());
    return nullptr;
  }
}

void count(benchmark::State& state, const Sample& s) {
  state.SetItemsProcessed(state.iterations() * s.tokens);
  state.counters["documents"] = static_cast<double>(s.documents.size());
  state.counters["tokens"] = static_cast<double>(s.tokens);
  state.counters["sentences"] = static_cast<double>(s.sentences);
  state.counters["records"] = static_cast<double>(s.batch.size());
}

void BM_StageActors(benchmark::State& state, const std::string& lang) {
  const Sample* s = setup(state, lang);
  if (!s) return;
  const kroniek::Lexicon& lex = lexicon(lang);
  for (auto _ : state) {
    for (std::size_t d = 0; d < s->documents.size(); ++d) {
      const Document& doc = s->documents[d];
      for (const Sentence& sentence : s->analyses[d].sentences) {
        auto mentions = kroniek::find_actor_mentions(sentence, lex.actors, doc.date, doc.text);
        benchmark::DoNotOptimize(mentions.data());
      }
    }
  }
  count(state, *s);
}

void BM_StagePlaces(benchmark::State& state, const std::string& lang) {
  const Sample* s = setup(state, lang);
  if (!s) return;
  for (auto _ : state) {
    for (std::size_t d = 0; d < s->documents.size(); ++d) {
      const Document& doc = s->documents[d];
      for (const Sentence& sentence : s->analyses[d].sentences) {
        auto places = kroniek::find_places(sentence, doc.text, gazetteer(), s->countries[d]);
        benchmark::DoNotOptimize(places.data());
      }
    }
  }
  count(state, *s);
}

void BM_StageClauses(benchmark::State& state, const std::string& lang) {
  const Sample* s = setup(state, lang);
  if (!s) return;
  const kroniek::Lexicon& lex = lexicon(lang);
  for (auto _ : state) {
    for (std::size_t d = 0; d < s->documents.size(); ++d) {
      const auto& sentences = s->analyses[d].sentences;
      for (std::size_t i = 0; i < sentences.size(); ++i) {
        auto clauses = kroniek::extract_clauses(sentences[i], s->mentions[d][i], lex.grammar);
        benchmark::DoNotOptimize(clauses.data());
      }
    }
  }
  count(state, *s);
}

void BM_StageCoding(benchmark::State& state, const std::string& lang) {
  const Sample* s = setup(state, lang);
  if (!s) return;
  const kroniek::Lexicon& lex = lexicon(lang);
  for (auto _ : state) {
    for (std::size_t d = 0; d < s->documents.size(); ++d) {
      auto records = kroniek::code_events(s->documents[d], s->analyses[d], lex);
      benchmark::DoNotOptimize(records.data());
    }
  }
  count(state, *s);
}

// resolve_records works in place: each document's coded records are copied
// first, with the clock stopped.
void BM_StageResolve(benchmark::State& state, const std::string& lang) {
  const Sample* s = setup(state, lang);
  if (!s) return;
  std::vector<std::vector<Record>> records;
  for (auto _ : state) {
    state.PauseTiming();
    records = s->coded;
    state.ResumeTiming();
    for (std::size_t d = 0; d < s->documents.size(); ++d)
      kroniek::resolve_records(s->documents[d], s->analyses[d], &gazetteer(), records[d]);
    benchmark::DoNotOptimize(records.data());
  }
  count(state, *s);
}

void BM_StageRecordIds(benchmark::State& state, const std::string& lang) {
  const Sample* s = setup(state, lang);
  if (!s) return;
  std::vector<Record> records = s->batch;
  for (auto _ : state) {
    for (Record& r : records) assign_id(r);
    benchmark::DoNotOptimize(records.data());
  }
  count(state, *s);
}

// merge_duplicates takes the batch by value, as `kroniek code` hands it over;
// the copy is timed with it (as in merge_bench.cpp).
void BM_StageDedup(benchmark::State& state, const std::string& lang) {
  const Sample* s = setup(state, lang);
  if (!s) return;
  for (auto _ : state) {
    auto merged = kroniek::merge_duplicates(s->batch);
    benchmark::DoNotOptimize(merged.data());
  }
  count(state, *s);
}

enum class Format { jsonl, tsv, csv, geojson };

void BM_StageWrite(benchmark::State& state, const std::string& lang, Format format) {
  const Sample* s = setup(state, lang);
  if (!s) return;
  CountingBuffer buffer;
  std::ostream out(&buffer);
  for (auto _ : state) {
    switch (format) {
      case Format::jsonl:
        for (const Record& r : s->shown) kroniek::write_jsonl(out, r);
        break;
      case Format::tsv:
        kroniek::write_tsv_header(out);
        for (const Record& r : s->shown) kroniek::write_tsv(out, r);
        break;
      case Format::csv:
        kroniek::write_csv_header(out);
        for (const Record& r : s->shown) kroniek::write_csv(out, r);
        break;
      case Format::geojson: {
        kroniek::GeoJsonWriter writer(out);
        for (const Record& r : s->shown) writer.write(r);
        break;
      }
    }
  }
  count(state, *s);
  state.counters["printed"] = static_cast<double>(s->shown.size());
  state.counters["bytes_per_second"] =
      benchmark::Counter(static_cast<double>(buffer.bytes()), benchmark::Counter::kIsRate);
}

// Everything `kroniek code` does after analysis: per document code_events,
// resolve_records and ids (Pipeline::code), then the batch merged and the
// asserted records written as JSONL (CodeCommand).
void BM_StagesAfterAnalysis(benchmark::State& state, const std::string& lang) {
  const Sample* s = setup(state, lang);
  if (!s) return;
  const kroniek::Lexicon& lex = lexicon(lang);
  CountingBuffer buffer;
  std::ostream out(&buffer);
  for (auto _ : state) {
    std::vector<Record> batch;
    for (std::size_t d = 0; d < s->documents.size(); ++d) {
      std::vector<Record> records = kroniek::code_events(s->documents[d], s->analyses[d], lex);
      kroniek::resolve_records(s->documents[d], s->analyses[d], &gazetteer(), records);
      for (Record& r : records) assign_id(r);
      std::move(records.begin(), records.end(), std::back_inserter(batch));
    }
    for (const Record& r : kroniek::merge_duplicates(std::move(batch)))
      if (r.modality == "asserted") kroniek::write_jsonl(out, r);
  }
  count(state, *s);
}

// The registrations: each stage in both languages, Dutch first (Frog's sample
// is made when the first Dutch benchmark runs).
void register_all() {
  for (const std::string lang : {"nl", "en"}) {
    auto add = [&](const std::string& name, auto function) {
      benchmark::RegisterBenchmark((name + "/" + lang).c_str(), function, lang)
          ->Unit(benchmark::kMillisecond);
    };
    add("BM_StageActors", BM_StageActors);
    add("BM_StagePlaces", BM_StagePlaces);
    add("BM_StageClauses", BM_StageClauses);
    add("BM_StageCoding", BM_StageCoding);
    add("BM_StageResolve", BM_StageResolve);
    add("BM_StageRecordIds", BM_StageRecordIds);
    add("BM_StageDedup", BM_StageDedup);
    for (auto [format, name] :
         {std::pair{Format::jsonl, "jsonl"}, std::pair{Format::tsv, "tsv"},
          std::pair{Format::csv, "csv"}, std::pair{Format::geojson, "geojson"}}) {
      benchmark::RegisterBenchmark(("BM_StageWrite/" + std::string(name) + "/" + lang).c_str(),
                                   BM_StageWrite, lang, format)
          ->Unit(benchmark::kMillisecond);
    }
    add("BM_StagesAfterAnalysis", BM_StagesAfterAnalysis);
  }
}

const bool registered = (register_all(), true);

}  // namespace
