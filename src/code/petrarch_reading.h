// How the PETRARCH-compatible coder (petrarch_coder.h) reads a constituency
// tree: the words of the sentence in order, with its actor phrases marked
// (PETRARCH's NE: a noun phrase whose actor and agents make one code; NEC: a
// compound of them, each member its own phrase) and its verb phrases that start
// with their verb.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/phrase_tree.h"

namespace kroniek::petrarch_tree {

constexpr int kNone = -1;

// A word, the start or end of an actor phrase, or a comma between clauses.
enum class ItemKind { word, enter, leave, comma };

struct Item {
  ItemKind kind = ItemKind::word;
  std::string word;      // upper case
  std::string tag;       // the word's part of speech ("VBN")
  int phrase = kNone;    // enter/leave: which phrase
  bool removed = false;  // in a clause left out between commas
};

// A noun phrase that can be an actor (PETRARCH's NE), or a compound of them (NEC).
struct ActorPhrase {
  std::vector<std::string> words;
  std::vector<int> members;  // a compound's phrases
  std::string code = "---";
  bool compound() const { return !members.empty(); }
};

// A verb phrase that starts with its verb.
struct VerbSite {
  std::size_t verb = 0;  // item of the verb (of the participle, in a passive)
  std::size_t end = 0;   // one past the phrase's last item
  bool passive = false;
  // Earlier verb phrases of the same coordination ("condemned ... and promised"):
  // not part of what comes before this verb.
  std::vector<std::pair<std::size_t, std::size_t>> conjuncts_before;
};

struct Reading {
  std::vector<Item> items;
  std::vector<ActorPhrase> phrases;
  std::vector<VerbSite> verbs;
};

// Upper case, as the dictionaries write words.
std::string upper(std::string_view word);
// "NP-SBJ-1" -> "NP"; "-LRB-" stays.
std::string_view category(std::string_view label);
bool is_category(const PhraseNode& node, std::string_view cat);
bool has_descendant_category(const PhraseNode& node, std::string_view cat);

// The tree read: noun phrases as actor phrases (possessives, "the government of
// X" and compounds as PETRARCH joins them), relative clauses inside noun phrases
// as plain words, passives ("was opposed by X") marked on their verb phrase.
Reading read_tree(const PhraseNode& tree);

}  // namespace kroniek::petrarch_tree
