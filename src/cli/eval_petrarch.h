// `kroniek eval --petrarch FILE.xml`: scoring against a PETRARCH validation file.
#pragma once
#include <functional>
#include <string>
#include <string_view>

#include "core/phrase_tree.h"

namespace kroniek::cli {

struct PetrarchEvalOptions {
  std::string file;
  bool from_text = false;    // parse every <Text> instead of using the <Parse> trees
  bool quiet = false;        // print only the total, not each failed record
  double require_share = 0;  // exit status 1 when fewer records pass
};

// Parses a sentence's text when there is no tree to use (link-grammar).
using TreeSource = std::function<PhraseNode(std::string_view text)>;

// Prints every record that did not come out as expected, then the total.
int run_petrarch_eval(const PetrarchEvalOptions& options, const TreeSource& parse_text);

}  // namespace kroniek::cli
