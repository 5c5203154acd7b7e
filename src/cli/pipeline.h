// The coding pipeline as the subcommands run it: analyzer -> coder -> ids.
#pragma once
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <ostream>
#include <string>
#include <vector>

#include "analyze/analyzer.h"
#include "core/document.h"
#include "core/event.h"
#include "lexicon/gazetteer.h"
#include "lexicon/lexicon.h"

namespace kroniek::cli {

// More records than this from one document is a document gone wrong (a list,
// a table, generated text): the first ones are kept and the user told.
constexpr std::size_t kMaxRecordsPerDocument = 10'000;

// Where the time of coding one document went, in seconds.
struct StageTimes {
  double load = 0;     // getting an analyzer: loading one, or waiting for one
  double analyze = 0;  // the analyzer: tokens, tags, parses
  double code = 0;     // actors, clauses, events (code/)
  double resolve = 0;  // dates, places, quantities, ids (resolve/)
  StageTimes& operator+=(const StageTimes& other);
};

// One document coded: its records, what the user should know of how it was
// read, how many tokens it had and where the time went.
struct CodedDocument {
  std::vector<Record> records;
  std::vector<std::string> warnings;
  std::size_t tokens = 0;
  // Its sentences, and those the lazy analysis gave a parse and entity tags.
  std::size_t sentences = 0, parsed = 0, entity_tagged = 0;
  StageTimes times;
};

// How the pipeline analyses.
struct AnalysisSettings {
  // Analyzers of one language at most, each coding one document at a time
  // (Frog's take ~1.5 GB each): as many documents can be coded at once.
  std::size_t analyzers = 1;
  // Parse only the sentences that may give an event (code/triage.h); false
  // parses every sentence. The records are the same.
  bool lazy = true;
};

class Pipeline {
 public:
  // Loads the dictionaries of every language kroniek codes (throws
  // DictionaryError) and the gazetteer index (throws std::runtime_error); the
  // analyzers load on first use, since Frog takes seconds and 1.5 GB.
  // `extra_dirs`: the user's dictionaries added to ours (lexicon/lexicon.h,
  // extend_lexicon).
  explicit Pipeline(const std::string& data_dir, const std::vector<std::string>& extra_dirs = {},
                    AnalysisSettings settings = {});
  // Codes one document (its lang and date already set) into records of every
  // modality, dated, placed and counted, with their ids; not yet merged
  // (dedup/merge.h). Throws on a document that cannot be analysed or whose
  // language kroniek does not code. `warnings`, when given, gets what the
  // user should know of how the document was read: a stretch cut up for the
  // parsers, records over kMaxRecordsPerDocument left out.
  // Safe to call from several threads at once: each borrows an analyzer of
  // its own, waiting for one when all `settings.analyzers` are busy.
  CodedDocument code_document(const Document& document);
  // code_document's records, and its warnings when asked for.
  std::vector<Record> code(const Document& document, std::vector<std::string>* warnings = nullptr);
  // Makes one analyzer of the language now, not on first use (throws as
  // code_document would): coding processes forked afterwards share its
  // models' memory (cli/coding_processes.h).
  void preload(const std::string& lang);
  // Writes what the stages saw, sentence by sentence: tokens with lemma, tag
  // and dependency, then each clause with its arguments and modality. For
  // people writing dictionaries and patterns.
  void explain(const Document& document, std::ostream& out);

 private:
  // What coding one language takes: its dictionaries, read by every thread,
  // and its analyzers, each used by one thread at a time, made on first use.
  struct Language {
    Lexicon lexicon;
    std::unique_ptr<Analyzer> (*make)() = nullptr;
    std::vector<std::unique_ptr<Analyzer>> idle;
    std::size_t made = 0;
  };
  // An analyzer of one language, lent while in scope.
  class Lease;
  Language& language(const std::string& lang);
  Lease borrow_analyzer(const std::string& lang);
  AnalyzedDocument analyze(const Document& document, bool lazy, StageTimes& times);
  AnalysisSettings settings_;
  Gazetteer gazetteer_;
  std::map<std::string, Language> languages_;
  std::mutex analyzers_mutex_;
  std::condition_variable analyzer_returned_;
};

// The pipeline for a subcommand, or null after saying on stderr why the
// dictionaries could not be loaded (the command then exits with status 2).
std::unique_ptr<Pipeline> load_pipeline(const std::string& data_dir,
                                        const std::vector<std::string>& extra_dirs = {},
                                        AnalysisSettings settings = {});

}  // namespace kroniek::cli
