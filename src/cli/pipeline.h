// The coding pipeline as the subcommands run it: analyzer -> coder -> ids.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "analyze/analyzer.h"
#include "core/document.h"
#include "core/event.h"
#include "lexicon/lexicon.h"

namespace kroniek::cli {

class Pipeline {
 public:
  // Loads the dictionaries (throws DictionaryError); Frog loads on first use.
  explicit Pipeline(const std::string& data_dir);
  // Codes one document (its lang and date already set) into records of every
  // modality, with their ids. Throws on a document that cannot be analysed.
  std::vector<Record> code(const Document& document);

 private:
  Lexicon lexicon_;
  std::unique_ptr<Analyzer> dutch_;
};

}  // namespace kroniek::cli
