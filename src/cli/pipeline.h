// The coding pipeline as the subcommands run it: analyzer -> coder -> ids.
#pragma once
#include <map>
#include <memory>
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

class Pipeline {
 public:
  // Loads the dictionaries of every language kroniek codes (throws
  // DictionaryError) and the gazetteer index (throws std::runtime_error); the
  // analyzers load on first use, since Frog takes seconds and 1.5 GB.
  // `extra_dirs`: the user's dictionaries added to ours (lexicon/lexicon.h,
  // extend_lexicon).
  explicit Pipeline(const std::string& data_dir, const std::vector<std::string>& extra_dirs = {});
  // Codes one document (its lang and date already set) into records of every
  // modality, dated, placed and counted, with their ids; not yet merged
  // (dedup/merge.h). Throws on a document that cannot be analysed or whose
  // language kroniek does not code. `warnings`, when given, gets what the
  // user should know of how the document was read: a stretch cut up for the
  // parsers, records over kMaxRecordsPerDocument left out.
  std::vector<Record> code(const Document& document, std::vector<std::string>* warnings = nullptr);
  // Writes what the stages saw, sentence by sentence: tokens with lemma, tag
  // and dependency, then each clause with its arguments and modality. For
  // people writing dictionaries and patterns.
  void explain(const Document& document, std::ostream& out);

 private:
  // What coding one language takes: its dictionaries and its analyzer.
  struct Language {
    Lexicon lexicon;
    std::unique_ptr<Analyzer> analyzer;  // made on first use
  };
  Language& language(const std::string& lang);
  AnalyzedDocument analyze(const Document& document);
  Gazetteer gazetteer_;
  std::map<std::string, Language> languages_;
};

// The pipeline for a subcommand, or null after saying on stderr why the
// dictionaries could not be loaded (the command then exits with status 2).
std::unique_ptr<Pipeline> load_pipeline(const std::string& data_dir,
                                        const std::vector<std::string>& extra_dirs = {});

}  // namespace kroniek::cli
