// The coding pipeline as the subcommands run it: analyzer -> coder -> ids.
#pragma once
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "analyze/analyzer.h"
#include "core/document.h"
#include "core/event.h"
#include "lexicon/lexicon.h"
#include "lexicon/gazetteer.h"

namespace kroniek::cli {

class Pipeline {
 public:
  // Loads the dictionaries (throws DictionaryError) and the gazetteer index
  // (throws std::runtime_error); Frog loads on first use.
  explicit Pipeline(const std::string& data_dir);
  // Codes one document (its lang and date already set) into records of every
  // modality, dated, placed and counted, with their ids; not yet merged
  // (dedup/merge.h). Throws on a document that cannot be analysed.
  std::vector<Record> code(const Document& document);
  // Writes what the stages saw, sentence by sentence: tokens with lemma, tag
  // and dependency, then each clause with its arguments and modality. For
  // people writing dictionaries and patterns.
  void explain(const Document& document, std::ostream& out);

 private:
  AnalyzedDocument analyze(const Document& document);
  Lexicon lexicon_;
  Gazetteer gazetteer_;
  std::unique_ptr<Analyzer> dutch_;
};

// The pipeline for a subcommand, or null after saying on stderr why the
// dictionaries could not be loaded (the command then exits with status 2).
std::unique_ptr<Pipeline> load_pipeline(const std::string& data_dir);

}  // namespace kroniek::cli
