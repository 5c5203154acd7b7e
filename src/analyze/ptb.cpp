#include "analyze/ptb.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "analyze/english_lemma.h"

namespace kroniek {
namespace {

// ---------------------------------------------------------------------------
// Reading the bracketed tree

using Node = PhraseNode;

[[noreturn]] void malformed(std::size_t position, const std::string& reason) {
  throw std::invalid_argument("malformed Penn Treebank tree at byte " + std::to_string(position) +
                              ": " + reason);
}

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

class TreeReader {
 public:
  explicit TreeReader(std::string_view text) : text_(text) {}

  Node read_tree() {
    skip_space();
    if (at_end()) malformed(pos_, "the tree is empty");
    Node root = read_node(0);
    skip_space();
    if (!at_end()) {
      malformed(pos_, text_[pos_] == ')' ? "unbalanced brackets: this ')' closes nothing"
                                         : "text after the tree");
    }
    return root;
  }

 private:
  // Far deeper than any parse of a sentence; keeps hostile input from
  // exhausting the stack.
  static constexpr int kMaxDepth = 500;

  Node read_node(int depth) {
    const std::size_t open = pos_;
    if (text_[pos_] != '(') malformed(pos_, "expected '('");
    if (depth > kMaxDepth) malformed(pos_, "nested deeper than " + std::to_string(kMaxDepth));
    ++pos_;
    Node node;
    skip_space();
    if (!at_end() && text_[pos_] != '(' && text_[pos_] != ')') node.label = read_atom();
    for (skip_space(); !at_end() && text_[pos_] != ')'; skip_space()) {
      if (text_[pos_] == '(') {
        if (!node.word.empty()) malformed(pos_, "a constituent after the word '" + node.word + "'");
        node.children.push_back(read_node(depth + 1));
        continue;
      }
      const std::size_t at = pos_;
      std::string atom = read_atom();
      if (!node.children.empty() || !node.word.empty()) {
        malformed(at, "unexpected word '" + atom + "'");
      }
      node.word = std::move(atom);
    }
    if (at_end()) malformed(open, "unbalanced brackets: this '(' is never closed");
    ++pos_;  // ')'
    if (node.children.empty() && node.word.empty()) {
      malformed(open, "a node without words: '(" + node.label + ")'");
    }
    if (!node.word.empty() && node.label.empty()) {
      malformed(open, "the word '" + node.word + "' has no tag");
    }
    return node;
  }

  std::string read_atom() {
    const std::size_t start = pos_;
    while (!at_end() && !is_space(text_[pos_]) && text_[pos_] != '(' && text_[pos_] != ')') ++pos_;
    return std::string(text_.substr(start, pos_ - start));
  }

  void skip_space() {
    while (!at_end() && is_space(text_[pos_])) ++pos_;
  }
  bool at_end() const { return pos_ >= text_.size(); }

  std::string_view text_;
  std::size_t pos_ = 0;
};

// Empty elements (-NONE-: traces, zero pronouns) have no words in the text;
// drops them and the constituents they leave empty. True when `node` goes.
bool drop_empty_elements(Node& node) {
  if (node.is_leaf()) return node.label == "-NONE-";
  std::erase_if(node.children, [](Node& child) { return drop_empty_elements(child); });
  return node.children.empty();
}

void collect_leaves(Node& node, std::vector<Node*>& leaves) {
  if (node.is_leaf()) {
    node.token = static_cast<int>(leaves.size());
    leaves.push_back(&node);
    return;
  }
  for (Node& child : node.children) collect_leaves(child, leaves);
}

// ---------------------------------------------------------------------------
// Labels

// "NP-SBJ-1" -> "NP"; "-LRB-" and "-NONE-" stay whole.
std::string_view category(const Node& node) {
  std::string_view label = node.label;
  if (label.empty() || label.front() == '-') return label;
  return label.substr(0, label.find_first_of("-=|"));
}

// True when the label carries the function tag `tag`: "NP-SBJ-1" has "SBJ".
bool has_function(const Node& node, std::string_view tag) {
  std::string_view label = node.label;
  if (label.empty() || label.front() == '-') return false;
  for (std::size_t dash = label.find('-'); dash != std::string_view::npos;
       dash = label.find('-', dash + 1)) {
    std::string_view rest = label.substr(dash + 1);
    if (rest.substr(0, rest.find_first_of("-=")) == tag) return true;
  }
  return false;
}

bool is_punctuation_tag(std::string_view tag) {
  static const std::unordered_set<std::string_view> kTags = {
      ".",     ",",     ":",     "``",    "''",   "-LRB-", "-RRB-",
      "-LCB-", "-RCB-", "-LSB-", "-RSB-", "HYPH", "NFP"};
  return kTags.contains(tag);
}

bool is_punctuation(const Node& node) { return node.is_leaf() && is_punctuation_tag(node.label); }
bool is_content(const Node& node) { return !is_punctuation(node); }

bool is_coordinator(const Node& node) {
  std::string_view c = category(node);
  return c == "CC" || c == "CONJP";
}

// What separates conjuncts: a coordinator, a comma, a colon or semicolon.
bool is_separator(const Node& node) {
  return is_coordinator(node) || (node.is_leaf() && (node.label == "," || node.label == ":"));
}

std::string lower_ascii(std::string_view word) {
  std::string lowered(word);
  for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lowered;
}

// ---------------------------------------------------------------------------
// Escapes and alignment with the text

// The ways the text may write a leaf: "-LRB-" is "(", "``" an opening quote,
// "n't" may have a typographic apostrophe. The first is the plain reading.
std::vector<std::string> written_forms(std::string_view leaf) {
  static const std::unordered_map<std::string_view, std::vector<std::string>> kEscapes = {
      {"-LRB-", {"(", "[", "{"}},
      {"-RRB-", {")", "]", "}"}},
      {"-LSB-", {"["}},
      {"-RSB-", {"]"}},
      {"-LCB-", {"{"}},
      {"-RCB-", {"}"}},
      {"``", {"\"", "\xE2\x80\x9C", "``", "\xC2\xAB", "\xE2\x80\x9E"}},  // " “ `` « „
      {"''", {"\"", "\xE2\x80\x9D", "''", "\xC2\xBB"}},                  // " ” '' »
      {"`", {"'", "\xE2\x80\x98", "`"}},                                 // ' ‘ `
      {"--", {"--", "\xE2\x80\x94", "\xE2\x80\x93"}},                    // -- — –
      {"...", {"...", "\xE2\x80\xA6"}},                                  // ... …
  };
  if (auto it = kEscapes.find(leaf); it != kEscapes.end()) return it->second;
  std::string plain;  // the Stanford tokenizer writes "/" and "*" as "\/" and "\*"
  for (std::size_t i = 0; i < leaf.size(); ++i) {
    if (leaf[i] == '\\' && i + 1 < leaf.size()) ++i;
    plain += leaf[i];
  }
  std::vector<std::string> forms = {plain};
  if (std::size_t quote = plain.find('\''); quote != std::string::npos) {
    std::string typographic = plain;
    typographic.replace(quote, 1, "\xE2\x80\x99");  // ’
    forms.push_back(typographic);
  }
  return forms;
}

struct Span {
  std::size_t start = 0, end = 0;
  bool found = false;
};

// Walks through the sentence text leaf by leaf. A leaf is looked for where the
// previous one ended; when the text writes it differently it is looked for a
// little further on; when it is not there it gets an empty span and the walk
// stays put.
class TextAligner {
 public:
  explicit TextAligner(std::string_view text) : text_(text) {}

  Span align(const std::vector<std::string>& forms) {
    while (cursor_ < text_.size() && is_space(text_[cursor_])) ++cursor_;
    Span best;
    for (const std::string& form : forms) {
      std::size_t at = text_.find(form, cursor_);
      if (at == std::string_view::npos || at - cursor_ > kWindow) continue;
      if (!best.found || at < best.start) best = {at, at + form.size(), true};
    }
    if (!best.found) return {cursor_, cursor_, false};
    cursor_ = best.end;
    return best;
  }

 private:
  static constexpr std::size_t kWindow = 64;
  std::string_view text_;
  std::size_t cursor_ = 0;
};

// ---------------------------------------------------------------------------
// Coordination

// The conjuncts that end at the coordinator children[separator]: walking left
// from it, a conjunct, and further conjuncts as long as separators come
// between. Returns their indexes from left to right, the final one excluded.
std::vector<std::size_t> conjuncts_before(const Node& node, std::size_t separator) {
  std::vector<std::size_t> found;
  std::size_t i = separator;
  while (i > 0) {
    while (i > 0 && is_separator(node.children[i - 1])) --i;  // ", and"
    if (i == 0 || !is_content(node.children[i - 1])) break;
    found.push_back(--i);
    if (i == 0 || !is_separator(node.children[i - 1])) break;
  }
  std::reverse(found.begin(), found.end());
  return found;
}

std::vector<std::size_t> content_children(const Node& node) {
  std::vector<std::size_t> content;
  for (std::size_t i = 0; i < node.children.size(); ++i) {
    if (is_content(node.children[i])) content.push_back(i);
  }
  return content;
}

// The last coordinator between two content children, or npos.
std::size_t last_inner_coordinator(const Node& node) {
  std::vector<std::size_t> content = content_children(node);
  if (content.size() < 3) return std::string::npos;
  for (std::size_t k = content.size() - 1; k-- > 1;) {
    if (is_coordinator(node.children[content[k]])) return content[k];
  }
  return std::string::npos;
}

struct Coordination {
  std::size_t coordinator = 0;  // the last one: it heads the coordination
  std::vector<std::size_t> conjuncts;
};

// A phrase that is a coordination as a whole: its last coordinator is followed
// by one conjunct and nothing else but punctuation ("A, B and C").
std::optional<Coordination> find_coordination(const Node& node) {
  std::size_t coordinator = last_inner_coordinator(node);
  if (coordinator == std::string::npos) return std::nullopt;
  std::vector<std::size_t> after;
  for (std::size_t i = coordinator + 1; i < node.children.size(); ++i) {
    if (is_content(node.children[i])) after.push_back(i);
  }
  if (after.size() != 1) return std::nullopt;
  Coordination coordination{coordinator, conjuncts_before(node, coordinator)};
  if (coordination.conjuncts.empty()) return std::nullopt;
  coordination.conjuncts.push_back(after.front());
  return coordination;
}

// The phrase label for coordinated words of this tag: JJ and JJ make an ADJP.
std::string phrase_label_for(const Node& conjunct) {
  if (!conjunct.is_leaf()) return std::string(category(conjunct));
  std::string_view tag = conjunct.label;
  if (tag.starts_with("JJ")) return "ADJP";
  if (tag.starts_with("NN")) return "NML";
  if (tag.starts_with("RB")) return "ADVP";
  if (tag.starts_with("VB")) return "VP";
  if (tag == "CD") return "QP";
  return std::string(tag);
}

// A flat phrase may coordinate words before its head: "(NP (JJ Turkish) (CC
// and) (JJ Syrian) (NNS troops))". Wraps the conjuncts and their coordinator
// in a phrase of their own, so that the coordinator heads the conjuncts and
// the noun stays the head of the whole.
void group_inner_coordinations(Node& node) {
  for (Node& child : node.children) group_inner_coordinations(child);
  while (!find_coordination(node)) {
    std::size_t coordinator = last_inner_coordinator(node);
    if (coordinator == std::string::npos) return;
    std::vector<std::size_t> left = conjuncts_before(node, coordinator);
    std::size_t right = coordinator + 1;
    if (left.empty() || right >= node.children.size() || !is_content(node.children[right]) ||
        is_coordinator(node.children[right])) {
      return;
    }
    Node group;
    group.label = phrase_label_for(node.children[right]);
    auto first = node.children.begin() + static_cast<std::ptrdiff_t>(left.front());
    auto last = node.children.begin() + static_cast<std::ptrdiff_t>(right) + 1;
    group.children.assign(std::make_move_iterator(first), std::make_move_iterator(last));
    node.children.erase(first + 1, last);
    *first = std::move(group);
  }
}

// ---------------------------------------------------------------------------
// Head rules: for each phrase, passes over its children; a pass looks from
// the left or the right for the first child of one of its categories. In a
// priority pass the categories are tried in order; in an any-of pass the
// nearest child of any of them wins. An empty list takes the first child.

struct HeadPass {
  bool from_right = false;
  bool any_of = false;
  std::vector<std::string_view> categories;
};

using HeadTable = std::unordered_map<std::string_view, std::vector<HeadPass>>;

const HeadTable& head_table() {
  static const HeadTable kTable = [] {
    constexpr bool kLeft = false, kRight = true, kPriority = false, kAnyOf = true;
    // The noun phrase rule of Collins: the rightmost noun, else the leftmost
    // noun phrase, else ... A possessive 's never heads (it depends on its owner).
    std::vector<HeadPass> noun_phrase = {
        {kRight, kAnyOf, {"NN", "NNP", "NNPS", "NNS", "NML", "NX", "JJR"}},
        {kLeft, kAnyOf, {"NP"}},
        {kRight, kAnyOf, {"$", "ADJP", "PRN"}},
        {kRight, kAnyOf, {"CD"}},
        {kRight, kAnyOf, {"JJ", "JJS", "RB", "QP"}},
        {kRight, kPriority, {}}};
    std::vector<HeadPass> clause_root = {
        {kLeft, kPriority, {"S", "SINV", "SBARQ", "SQ", "SBAR", "FRAG", "VP", "NP"}}};
    HeadTable table = {
        {"ADJP",
         {{kLeft,
           kPriority,
           {"NNS", "QP", "NN", "$", "ADVP", "JJ", "VBN", "VBG", "ADJP", "JJR", "NP", "JJS", "DT",
            "FW", "RBR", "RBS", "SBAR", "RB"}}}},
        {"ADVP",
         {{kRight,
           kPriority,
           {"RB", "RBR", "RBS", "FW", "ADVP", "TO", "CD", "JJR", "JJ", "IN", "NP", "JJS", "NN"}}}},
        {"CONJP", {{kRight, kPriority, {"CC", "RB", "IN"}}}},
        {"FRAG", {{kRight, kPriority, {}}}},
        {"INTJ", {{kLeft, kPriority, {}}}},
        {"LST", {{kRight, kPriority, {"LS", ":"}}}},
        {"NAC",
         {{kLeft,
           kPriority,
           {"NN", "NNS", "NNP", "NNPS", "NP", "NAC", "EX", "$", "CD", "QP", "PRP", "VBG", "JJ",
            "JJS", "JJR", "ADJP", "FW"}}}},
        {"NP", noun_phrase},
        {"NML", noun_phrase},
        {"NX", noun_phrase},
        {"PP", {{kLeft, kPriority, {"IN", "TO", "VBG", "VBN", "RP", "FW"}}}},
        {"PRN", {{kLeft, kPriority, {}}}},
        {"PRT", {{kRight, kPriority, {"RP"}}}},
        // The number heads a quantity ("at least 25"), not its first word.
        {"QP",
         {{kRight, kAnyOf, {"CD"}},
          {kLeft, kPriority, {"$", "NNS", "NN", "JJ", "RB", "DT", "QP", "JJR", "JJS", "IN"}}}},
        {"RRC", {{kRight, kPriority, {"VP", "NP", "ADVP", "ADJP", "PP"}}}},
        {"S", {{kLeft, kPriority, {"VP", "S", "SBAR", "ADJP", "UCP", "NP", "TO", "IN"}}}},
        {"SBAR",
         {{kLeft,
           kPriority,
           {"WHNP", "WHPP", "WHADVP", "WHADJP", "IN", "DT", "S", "SQ", "SINV", "SBAR", "FRAG"}}}},
        {"SBARQ", {{kLeft, kPriority, {"SQ", "S", "SINV", "SBARQ", "FRAG"}}}},
        {"SINV",
         {{kLeft, kPriority, {"VBZ", "VBD", "VBP", "VB", "MD", "VP", "S", "SINV", "ADJP", "NP"}}}},
        {"SQ", {{kLeft, kPriority, {"VBZ", "VBD", "VBP", "VB", "MD", "VP", "SQ"}}}},
        {"UCP", {{kRight, kPriority, {}}}},
        // Auxiliaries and modals head the verb chain, as in Alpino.
        {"VP",
         {{kLeft,
           kPriority,
           {"TO", "VBD", "VBN", "MD", "VBZ", "VB", "VBG", "VBP", "VP", "ADJP", "NN", "NNS",
            "NP"}}}},
        {"WHADJP", {{kLeft, kPriority, {"CC", "WRB", "JJ", "ADJP"}}}},
        {"WHADVP", {{kRight, kPriority, {"CC", "WRB"}}}},
        {"WHNP", {{kLeft, kPriority, {"WDT", "WP", "WP$", "WHADJP", "WHPP", "WHNP"}}}},
        {"WHPP", {{kLeft, kPriority, {"IN", "TO", "FW"}}}},
        {"X", {{kRight, kPriority, {}}}},
        {"ROOT", clause_root},
        {"", clause_root},
    };
    return table;
  }();
  return kTable;
}

// The nearest content child from one side, or npos.
std::size_t first_content(const Node& node, bool from_right) {
  const std::size_t n = node.children.size();
  for (std::size_t k = 0; k < n; ++k) {
    std::size_t i = from_right ? n - 1 - k : k;
    if (is_content(node.children[i])) return i;
  }
  return std::string::npos;
}

std::size_t apply_pass(const Node& node, const HeadPass& pass) {
  if (pass.categories.empty()) return first_content(node, pass.from_right);
  const std::size_t n = node.children.size();
  auto matches = [&](std::size_t i, std::string_view wanted) {
    return category(node.children[i]) == wanted;
  };
  auto scan = [&](auto&& accept) {
    for (std::size_t k = 0; k < n; ++k) {
      std::size_t i = pass.from_right ? n - 1 - k : k;
      if (accept(i)) return i;
    }
    return std::string::npos;
  };
  if (pass.any_of) {
    return scan([&](std::size_t i) {
      return std::any_of(pass.categories.begin(), pass.categories.end(),
                         [&](std::string_view wanted) { return matches(i, wanted); });
    });
  }
  for (std::string_view wanted : pass.categories) {
    std::size_t found = scan([&](std::size_t i) { return matches(i, wanted); });
    if (found != std::string::npos) return found;
  }
  return std::string::npos;
}

std::size_t head_child(const Node& node) {
  if (node.children.size() == 1) return 0;
  const HeadTable& table = head_table();
  auto rules = table.find(category(node));
  bool from_right = false;
  if (rules != table.end()) {
    for (const HeadPass& pass : rules->second) {
      std::size_t found = apply_pass(node, pass);
      if (found != std::string::npos) return found;
    }
    from_right = rules->second.front().from_right;
  }
  std::size_t fallback = first_content(node, from_right);
  return fallback == std::string::npos ? 0 : fallback;
}

// ---------------------------------------------------------------------------
// Relations

bool is_copula(const Token& verb) {
  static const std::unordered_set<std::string_view> kCopulas = {
      "be", "become", "remain", "seem", "appear", "stay", "prove", "look", "sound"};
  return verb.pos.starts_with("VB") && kCopulas.contains(verb.lemma);
}

bool is_time_word(const Token& word) {
  static const std::unordered_set<std::string_view> kTimeWords = {
      "monday",  "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "today",   "tonight", "yesterday", "tomorrow", "week",   "month",    "year",
      "morning", "evening", "night",     "weekend",  "day",    "afternoon"};
  return kTimeWords.contains(lower_ascii(word.word)) || kTimeWords.contains(word.lemma);
}

// A phrase being attached: its children's head words and its own head child.
struct Phrase {
  const Node& node;
  const std::vector<int>& heads;  // head token of each child
  const std::vector<Token>& tokens;
  std::size_t head;  // the head child

  const Node& child(std::size_t i) const { return node.children[i]; }
  std::string_view category_of(std::size_t i) const { return category(child(i)); }
  const Token& head_word(std::size_t i) const { return tokens[heads[i]]; }

  // The nearest content child before / after child i, or npos.
  std::size_t content_before(std::size_t i) const {
    while (i-- > 0) {
      if (is_content(child(i))) return i;
    }
    return std::string::npos;
  }
  std::size_t content_after(std::size_t i) const {
    for (++i; i < node.children.size(); ++i) {
      if (is_content(child(i))) return i;
    }
    return std::string::npos;
  }
  bool is_category(std::size_t i, std::string_view wanted) const {
    return i != std::string::npos && category_of(i) == wanted;
  }
  bool comma_before(std::size_t i) const {
    return i > 0 && child(i - 1).is_leaf() && child(i - 1).label == ",";
  }
};

bool is_noun_phrase(std::string_view c) { return c == "NP" || c == "WHNP" || c == "NML"; }

// "(NP (NNP Russia) (POS 's))": a possessor, the determiner of its noun.
bool is_possessive(const Node& node) {
  return !node.is_leaf() && !node.children.empty() && node.children.back().is_leaf() &&
         node.children.back().label == "POS";
}

// A clause with its own subject: "(S (NP Russia) (VP denied it))".
bool has_subject(const Node& clause) {
  bool noun_phrase_seen = false;
  for (const Node& child : clause.children) {
    std::string_view c = category(child);
    if (is_noun_phrase(c)) noun_phrase_seen = true;
    if (c == "VP") return noun_phrase_seen;
  }
  return false;
}

// A clause that completes a verb ("said that ...", "asked whether ...",
// "said what ...", "said Russia ..."), not one that modifies it ("because").
bool is_complement_clause(const Node& clause) {
  std::size_t first = first_content(clause, false);
  if (first == std::string::npos) return false;
  const Node& opener = clause.children[first];
  std::string_view c = category(opener);
  if (c == "WHNP" || c == "S" || c == "SQ" || c == "SINV") return true;
  if (c != "IN" || !opener.is_leaf()) return false;
  std::string word = lower_ascii(opener.word);
  return word == "that" || word == "whether" || word == "if";
}

// The relation of a noun phrase after a verb: the first of two adjacent noun
// phrases is the indirect object ("gave Kyiv weapons"), unless the second
// names a time ("attacked Idlib Monday").
std::string object_relation(const Phrase& p, std::size_t i) {
  std::size_t next = p.content_after(i);
  std::size_t previous = p.content_before(i);
  if (p.is_category(next, "NP") && previous == p.head && !is_time_word(p.head_word(next))) {
    return "obj2";
  }
  if (p.is_category(previous, "NP") && is_time_word(p.head_word(i))) return "mod";
  return "obj1";
}

std::string verb_phrase_relation(const Phrase& p, std::size_t i) {
  const Node& dependent = p.child(i);
  std::string_view c = category(dependent);
  if (c == "PRT" || c == "RP") return "svp";
  if (c == "VP") return "vc";
  if (i < p.head) return "mod";
  const bool copula = is_copula(p.head_word(p.head));
  if (c == "NP") return copula ? "predc" : object_relation(p, i);
  if (c == "ADJP" || c == "JJ" || c == "PP") return copula ? "predc" : "mod";
  const bool after_object_or_comma = p.comma_before(i) || p.is_category(p.content_before(i), "NP");
  if (c == "S") return after_object_or_comma ? "mod" : "vc";
  if (c == "SBAR") return !p.comma_before(i) && is_complement_clause(dependent) ? "vc" : "mod";
  if (c == "SQ" || c == "SBARQ") return "vc";
  return "mod";
}

// Children of a clause (S, SINV, SQ): the noun phrase nearest before the verb
// phrase is the subject, or the one after the verb in an inverted clause.
std::string clause_relation(const Phrase& p, std::size_t i) {
  const Node& dependent = p.child(i);
  std::string_view c = category(dependent);
  std::string_view clause = category(p.node);
  const bool verbal_head = p.head_word(p.head).pos.starts_with("VB") ||
                           p.head_word(p.head).pos == "MD" || p.head_word(p.head).pos == "TO";
  if (is_noun_phrase(c)) {
    if (i < p.head) {
      for (std::size_t k = i + 1; k < p.head; ++k) {
        if (is_noun_phrase(p.category_of(k))) return "mod";  // "Monday, Turkey attacked"
      }
      return "su";
    }
    return clause == "SINV" || clause == "SQ" ? "su" : "mod";
  }
  // "Russia denied it, the ministry said": the reported clause completes "said".
  if (c == "S" && verbal_head && has_subject(dependent)) return "vc";
  return "mod";
}

std::string noun_phrase_relation(const Phrase& p, std::size_t i) {
  const Node& dependent = p.child(i);
  std::string_view c = category(dependent);
  const bool before = i < p.head;
  if (before && (c == "DT" || c == "PDT" || c == "PRP$" || c == "WDT" || c == "WP$")) return "det";
  if (before && (c == "CD" || c == "QP")) return "det";
  if (is_noun_phrase(c) && is_possessive(dependent)) return "det";
  if (!before && c == "NP" && p.comma_before(i)) return "app";
  return "mod";
}

std::string relation(const Phrase& p, std::size_t i) {
  const Node& dependent = p.child(i);
  if (is_punctuation(dependent)) return "punct";
  if (has_function(dependent, "SBJ")) return "su";
  if (has_function(dependent, "PRD")) return "predc";
  std::string_view c = category(p.node);
  if (c == "S" || c == "SINV" || c == "SQ") return clause_relation(p, i);
  if (c == "VP") return verb_phrase_relation(p, i);
  if (c == "SBAR" || c == "SBARQ") {
    std::string_view d = category(dependent);
    return i > p.head && (d == "S" || d == "SQ" || d == "SINV" || d == "FRAG") ? "body" : "mod";
  }
  if (c == "PP" || c == "WHPP") return i > p.head ? "obj1" : "mod";
  if (is_noun_phrase(c) || c == "NX" || c == "NAC") return noun_phrase_relation(p, i);
  return "mod";
}

// ---------------------------------------------------------------------------
// Dependencies from constituents

class DependencyBuilder {
 public:
  explicit DependencyBuilder(std::vector<Token>& tokens) : tokens_(tokens) {}

  // Attaches every word under `node` but its head word, and returns that.
  int attach(const Node& node) {
    if (node.is_leaf()) return node.token;
    std::vector<int> heads;
    for (const Node& child : node.children) heads.push_back(attach(child));
    if (std::optional<Coordination> coordination = find_coordination(node)) {
      return attach_coordination(node, heads, *coordination);
    }
    Phrase phrase{node, heads, tokens_, head_child(node)};
    for (std::size_t i = 0; i < node.children.size(); ++i) {
      if (i != phrase.head) link(heads[i], heads[phrase.head], relation(phrase, i));
    }
    return heads[phrase.head];
  }

 private:
  // The coordinator heads its conjuncts (as Frog gives Dutch); further
  // coordinators and punctuation hang from it; words before the first
  // conjunct ("the soldiers and police") belong to that conjunct.
  int attach_coordination(const Node& node, const std::vector<int>& heads,
                          const Coordination& coordination) {
    const int head = heads[coordination.coordinator];
    const std::size_t first = coordination.conjuncts.front();
    Phrase to_first{node, heads, tokens_, first};
    for (std::size_t i = 0; i < node.children.size(); ++i) {
      if (i == coordination.coordinator) continue;
      const Node& child = node.children[i];
      bool conjunct = std::find(coordination.conjuncts.begin(), coordination.conjuncts.end(), i) !=
                      coordination.conjuncts.end();
      if (conjunct) {
        link(heads[i], head, "cnj");
      } else if (is_punctuation(child)) {
        link(heads[i], head, "punct");
      } else if (i > first && is_coordinator(child)) {
        link(heads[i], head, "crd");
      } else {
        link(heads[i], heads[first], relation(to_first, i));
      }
    }
    return head;
  }

  void link(int dependent, int head, std::string rel) {
    tokens_[dependent].head = head;
    tokens_[dependent].rel = std::move(rel);
  }

  std::vector<Token>& tokens_;
};

Token make_token(const Node& leaf, std::string_view text, std::size_t text_offset,
                 TextAligner& aligner) {
  std::vector<std::string> forms = written_forms(leaf.word);
  Span span = aligner.align(forms);
  Token token;
  token.word = span.found ? std::string(text.substr(span.start, span.end - span.start)) : forms[0];
  token.pos = leaf.label;
  token.lemma = is_punctuation_tag(token.pos) ? token.word : english_lemma(token.word, token.pos);
  token.ner = "O";
  token.start = text_offset + span.start;
  token.end = text_offset + span.end;
  set_derived_fields(token);
  return token;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace

PhraseNode read_ptb_tree(std::string_view tree) {
  Node root = TreeReader(tree).read_tree();
  if (drop_empty_elements(root)) malformed(0, "the tree has no words, only empty elements");
  return root;
}

Sentence parse_ptb_sentence(std::string_view tree, std::string_view text, std::size_t text_offset) {
  Node root = read_ptb_tree(tree);
  group_inner_coordinations(root);  // moves nodes: before taking pointers to leaves
  std::vector<Node*> leaves;
  collect_leaves(root, leaves);

  Sentence sentence;
  TextAligner aligner(text);
  for (const Node* leaf : leaves) {
    sentence.tokens.push_back(make_token(*leaf, text, text_offset, aligner));
  }
  DependencyBuilder builder(sentence.tokens);
  int root_token = builder.attach(root);
  sentence.tokens[root_token].head = -1;
  sentence.tokens[root_token].rel = "ROOT";

  std::string_view trimmed = trim(text);
  const auto leading = static_cast<std::size_t>(trimmed.data() - text.data());
  sentence.start = text_offset + (trimmed.empty() ? 0 : leading);
  sentence.end = sentence.start + trimmed.size();
  return sentence;
}

std::string ptb_words_text(std::string_view tree) {
  Node root = read_ptb_tree(tree);
  std::vector<Node*> leaves;
  collect_leaves(root, leaves);
  std::string text;
  for (const Node* leaf : leaves) {
    if (!text.empty()) text += ' ';
    text += written_forms(leaf->word).front();
  }
  return text;
}

namespace {

std::string sentence_text(const PtbSentence& sentence) {
  std::string_view text = trim(sentence.text);
  return text.empty() ? ptb_words_text(sentence.tree) : std::string(text);
}

}  // namespace

std::string ptb_document_text(const std::vector<PtbSentence>& sentences) {
  std::string document;
  for (const PtbSentence& sentence : sentences) {
    if (!document.empty()) document += ' ';
    document += sentence_text(sentence);
  }
  return document;
}

AnalyzedDocument parse_ptb_document(const std::vector<PtbSentence>& sentences,
                                    const std::string& document_text) {
  AnalyzedDocument document;
  std::size_t cursor = 0;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const std::string where = "sentence " + std::to_string(i + 1) + ": ";
    try {
      std::string text = sentence_text(sentences[i]);
      std::size_t at = document_text.find(text, cursor);
      if (at == std::string::npos) {
        throw std::invalid_argument("its text is not in the document text (after byte " +
                                    std::to_string(cursor) + ")");
      }
      Sentence sentence = parse_ptb_sentence(sentences[i].tree, text, at);
      sentence.index = i;
      cursor = at + text.size();
      document.sentences.push_back(std::move(sentence));
    } catch (const std::invalid_argument& e) {
      throw std::invalid_argument(where + e.what());
    }
  }
  return document;
}

}  // namespace kroniek
