// Penn Treebank trees as PETRARCH XML carries them (analyze/ptb.h): a tree,
// and "TREE\n%%\nTEXT" a tree aligned to its sentence text.
#include <stdexcept>

#include "analyze/ptb.h"
#include "fuzz_support.h"

using namespace kroniek;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto parts = fuzz::split_parts(fuzz::as_text(data, size), 2);
  try {
    read_ptb_tree(parts[0]);
    ptb_words_text(parts[0]);
    std::vector<PtbSentence> sentences = {{std::string(parts[1]), std::string(parts[0])}};
    const std::string text = ptb_document_text(sentences);
    parse_ptb_document(sentences, text);
  } catch (const std::invalid_argument&) {
    // a malformed tree or a text it does not match, as documented
  }
  return 0;
}
