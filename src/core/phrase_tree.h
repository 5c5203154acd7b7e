// A constituency tree (Penn Treebank style): phrases with their labels, words at
// the leaves. Pre-parsed input (PETRARCH XML) gives one per sentence; the
// PETRARCH-compatible coder reads it directly, because the dictionaries of that
// format are written against noun and verb phrases, not dependencies.
#pragma once
#include <string>
#include <vector>

namespace kroniek {

struct PhraseNode {
  std::string label;  // as written: "NP-SBJ-1", "NNP", "-LRB-"; empty for an unlabelled root
  std::string word;   // a leaf's word as the tree writes it
  std::vector<PhraseNode> children;
  int token = -1;  // a leaf's index in its sentence, once numbered
  bool is_leaf() const { return children.empty(); }
};

}  // namespace kroniek
