#include "code/petrarch_reading.h"

#include <algorithm>
#include <optional>

namespace kroniek::petrarch_tree {

std::string upper(std::string_view word) {
  std::string out(word);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string_view category(std::string_view label) {
  const std::size_t cut = label.find_first_of("-=", 1);
  return cut == std::string_view::npos ? label : label.substr(0, cut);
}

bool is_category(const PhraseNode& node, std::string_view cat) {
  return category(node.label) == cat;
}

namespace {

template <class Pred>
bool has_descendant(const PhraseNode& node, Pred pred) {
  for (const PhraseNode& child : node.children) {
    if (pred(child) || has_descendant(child, pred)) return true;
  }
  return false;
}

// Alternatives for one position of a phrase: a word, or the members of a compound.
using Slot = std::vector<std::vector<std::string>>;

constexpr std::size_t kMaxCombinations = 64;

bool is_noun_like(const PhraseNode& node) { return !node.label.empty() && node.label[0] == 'N'; }

std::size_t count_noun_like(const PhraseNode& node) {
  std::size_t n = is_noun_like(node) ? 1 : 0;
  for (const PhraseNode& child : node.children) n += count_noun_like(child);
  return n;
}

// "Gondor and Osgiliath", "Minas Tirith and Osgiliath": a noun phrase coordinating
// nouns, not clauses.
bool is_compound_np(const PhraseNode& node) {
  if (!is_category(node, "NP")) return false;
  const auto coordinators = std::count_if(node.children.begin(), node.children.end(),
                                          [](const PhraseNode& c) { return is_category(c, "CC"); });
  if (coordinators != 1) return false;
  const bool clausal = has_descendant(node, [](const PhraseNode& c) {
    return is_category(c, "VP") || category(c.label).starts_with("S");
  });
  return !clausal && count_noun_like(node) >= 3;
}

void collect_words(const PhraseNode& node, std::vector<std::string>& words) {
  if (node.is_leaf()) {
    if (!is_category(node, "POS")) words.push_back(upper(node.word));
    return;
  }
  for (const PhraseNode& child : node.children) collect_words(child, words);
}

// The members of a compound, each with the adjectives that precede the first
// member when it is a bare noun ("the evil Arnor and Gondor").
Slot compound_members(const PhraseNode& node) {
  Slot members;
  std::vector<std::string> adjectives;
  bool seen_noun = false;
  for (const PhraseNode& child : node.children) {
    const std::string_view cat = category(child.label);
    if (!seen_noun && cat.starts_with("JJ")) collect_words(child, adjectives);
    if (cat == "NP") {
      seen_noun = true;
      members.emplace_back();
      collect_words(child, members.back());
    } else if (cat.starts_with("NN")) {
      seen_noun = true;
      members.push_back(adjectives);
      members.back().push_back(upper(child.word));
    }
  }
  return members;
}

void collect_slots(const PhraseNode& node, std::vector<Slot>& slots) {
  if (node.is_leaf()) {
    if (!is_category(node, "POS")) slots.push_back({{upper(node.word)}});
    return;
  }
  if (is_compound_np(node)) {
    Slot members = compound_members(node);
    if (!members.empty()) slots.push_back(std::move(members));
    return;
  }
  for (const PhraseNode& child : node.children) collect_slots(child, slots);
}

// "the government of Gondor": NP (NP ...) (PP (IN of) (NP ...)) is one phrase;
// what else the outer phrase holds is dropped, as PETRARCH does.
std::optional<std::vector<Slot>> prepositional_slots(const PhraseNode& np) {
  if (np.children.size() < 2 || !is_category(np.children[0], "NP")) return std::nullopt;
  const auto pp = std::find_if(np.children.begin() + 1, np.children.end(),
                               [](const PhraseNode& c) { return is_category(c, "PP"); });
  if (pp == np.children.end() || pp->children.size() < 2 || !pp->children[0].is_leaf()) {
    return std::nullopt;
  }
  const auto object = std::find_if(pp->children.begin() + 1, pp->children.end(),
                                   [](const PhraseNode& c) { return is_category(c, "NP"); });
  if (object == pp->children.end()) return std::nullopt;
  if (has_descendant(*object, [](const PhraseNode& c) { return is_category(c, "PP"); })) {
    return std::nullopt;
  }
  std::vector<Slot> slots;
  collect_slots(np.children[0], slots);
  slots.push_back({{upper(pp->children[0].word)}});
  collect_slots(*object, slots);
  for (auto it = pp + 1; it != np.children.end(); ++it) {
    if (is_category(*it, "SBAR")) collect_slots(*it, slots);
  }
  return slots;
}

// The slots of a noun phrase that is one actor phrase; nothing for one that is
// read part by part.
std::optional<std::vector<Slot>> noun_phrase_slots(const PhraseNode& np) {
  std::vector<Slot> slots;
  if (has_descendant(np, [](const PhraseNode& c) { return is_category(c, "POS"); })) {
    collect_slots(np, slots);
    return slots;
  }
  if (has_descendant(np, [](const PhraseNode& c) { return is_category(c, "PP"); })) {
    return prepositional_slots(np);
  }
  if (has_descendant(np, [](const PhraseNode& c) { return is_category(c, "NP"); })) {
    return std::nullopt;
  }
  collect_slots(np, slots);
  return slots;
}

// Every combination of the alternatives: "lawmakers and officials in Fornost and
// Gondor" gives four phrases.
std::vector<std::vector<std::string>> combinations(const std::vector<Slot>& slots) {
  std::vector<std::vector<std::string>> out(1);
  for (const Slot& slot : slots) {
    std::vector<std::vector<std::string>> next;
    for (const auto& prefix : out) {
      for (const auto& alternative : slot) {
        if (next.size() == kMaxCombinations) break;
        next.push_back(prefix);
        next.back().insert(next.back().end(), alternative.begin(), alternative.end());
      }
    }
    out = std::move(next);
  }
  return out;
}

bool is_passive_auxiliary(const std::string& word) {
  return word == "WAS" || word == "IS" || word == "BEEN" || word == "WERE" || word == "ARE" ||
         word == "BE" || word == "BEING";
}

class ActorPhraseReader {
 public:
  Reading read(const PhraseNode& root) {
    visit(root);
    return std::move(reading_);
  }

 private:
  void visit(const PhraseNode& node) {
    if (node.is_leaf()) return add_leaf(node);
    const std::string_view cat = category(node.label);
    // "(NP-TMP (NN today))" names a time, never an actor.
    if (cat == "NP" && node.label.find("-TMP") != std::string::npos) return add_words(node);
    if (cat == "NP") return add_noun_phrase(node);
    if (cat == "VP") return add_verb_phrase(node);
    for (const PhraseNode& child : node.children) visit(child);
  }

  void add_leaf(const PhraseNode& leaf) {
    Item item;
    item.kind = is_category(leaf, ",") ? ItemKind::comma : ItemKind::word;
    item.word = upper(leaf.word);
    item.tag = std::string(category(leaf.label));
    reading_.items.push_back(std::move(item));
  }

  void add_words(const PhraseNode& node) {
    if (node.is_leaf()) return add_leaf(node);
    for (const PhraseNode& child : node.children) add_words(child);
  }

  void add_noun_phrase(const PhraseNode& np) {
    if (is_compound_np(np)) {
      add_phrases(combinations({compound_members(np)}), true);
      return;
    }
    if (auto slots = noun_phrase_slots(np)) {
      auto phrases = combinations(*slots);
      // Read the size before the vector is moved into the by-value parameter:
      // the order in which arguments are evaluated is unspecified.
      const bool compound = phrases.size() > 1;
      add_phrases(std::move(phrases), compound);
      return;
    }
    // A relative clause inside a noun phrase is only words, as in PETRARCH.
    for (const PhraseNode& child : np.children) {
      if (is_category(child, "SBAR")) {
        add_words(child);
      } else {
        visit(child);
      }
    }
  }

  int new_phrase(ActorPhrase phrase) {
    reading_.phrases.push_back(std::move(phrase));
    return static_cast<int>(reading_.phrases.size()) - 1;
  }

  void mark(ItemKind kind, int phrase) {
    Item item;
    item.kind = kind;
    item.phrase = phrase;
    reading_.items.push_back(item);
  }

  int add_phrase(std::vector<std::string> words) {
    ActorPhrase phrase;
    phrase.words = std::move(words);
    const std::vector<std::string> copy = phrase.words;
    const int id = new_phrase(std::move(phrase));
    mark(ItemKind::enter, id);
    for (const std::string& w : copy) {
      Item item;
      item.word = w;
      reading_.items.push_back(std::move(item));
    }
    mark(ItemKind::leave, id);
    return id;
  }

  void add_phrases(std::vector<std::vector<std::string>> phrases, bool compound) {
    if (!compound) {
      if (!phrases.empty()) add_phrase(std::move(phrases.front()));
      return;
    }
    const int id = new_phrase(ActorPhrase{});
    mark(ItemKind::enter, id);
    std::vector<int> members;
    for (auto& words : phrases) members.push_back(add_phrase(std::move(words)));
    reading_.phrases[id].members = std::move(members);
    mark(ItemKind::leave, id);
  }

  void add_verb_phrase(const PhraseNode& vp) {
    const bool starts_with_verb = !vp.children.empty() && vp.children[0].is_leaf() &&
                                  category(vp.children[0].label).starts_with("VB");
    std::size_t site = 0;
    if (starts_with_verb) {
      site = reading_.verbs.size();
      reading_.verbs.push_back(VerbSite{});
      reading_.verbs[site].verb = reading_.items.size();
      reading_.verbs[site].conjuncts_before = conjuncts_before_;
    }
    const bool coordinated = std::any_of(vp.children.begin(), vp.children.end(),
                                         [](const PhraseNode& c) { return is_category(c, "CC"); });
    const std::size_t outer_conjuncts = conjuncts_before_.size();
    for (const PhraseNode& child : vp.children) {
      const std::size_t start = reading_.items.size();
      visit(child);
      if (coordinated && is_category(child, "VP")) {
        conjuncts_before_.emplace_back(start, reading_.items.size());
      }
    }
    conjuncts_before_.resize(outer_conjuncts);
    if (starts_with_verb) {
      reading_.verbs[site].end = reading_.items.size();
      find_passive(reading_.verbs[site]);
    }
  }

  // "was opposed by Osgiliath": the participle is the verb, and its source and
  // target change places.
  void find_passive(VerbSite& site) {
    const auto& items = reading_.items;
    if (!is_passive_auxiliary(items[site.verb].word)) return;
    for (std::size_t p = site.verb + 1; p < site.end; ++p) {
      if (items[p].tag != "VBN") continue;
      for (std::size_t i = p + 1; i < site.end; ++i) {
        if (items[i].kind == ItemKind::word && items[i].word == "BY") {
          site.verb = p;
          site.passive = true;
          return;
        }
      }
      return;
    }
  }

  Reading reading_;
  std::vector<std::pair<std::size_t, std::size_t>> conjuncts_before_;
};

}  // namespace

bool has_descendant_category(const PhraseNode& node, std::string_view cat) {
  return has_descendant(node, [&](const PhraseNode& c) { return is_category(c, cat); });
}

Reading read_tree(const PhraseNode& tree) { return ActorPhraseReader().read(tree); }

}  // namespace kroniek::petrarch_tree
