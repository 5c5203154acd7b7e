// A document as readers produce it and every later stage sees it.
#pragma once
#include <string>
#include <vector>

namespace kroniek {

// A sentence that comes parsed (PETRARCH XML <Parse>): its text and its Penn
// Treebank tree, e.g. "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)))))".
struct ParsedSentence {
  std::string text;  // may be empty: the tree's words stand in
  std::string tree;
};

struct Document {
  std::string id;    // from the JSONL "id", or the file name
  std::string lang;  // "nl", "en" or empty (use the --lang default)
  std::string date;  // YYYY-MM-DD, or empty when unknown
  std::string title;
  std::string text;  // valid UTF-8
  // When every sentence came parsed: the trees, which then replace the analyzer
  // (src/analyze/ptb.h); `text` is their texts joined by one space.
  std::vector<ParsedSentence> parsed = {};
};

}  // namespace kroniek
