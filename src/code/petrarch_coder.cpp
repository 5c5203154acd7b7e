#include "code/petrarch_coder.h"

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <optional>
#include <unordered_map>
#include <utility>

#include "code/petrarch_reading.h"

namespace kroniek {

using namespace petrarch_tree;  // the tree as read: petrarch_reading.h

namespace {

// Words PETRARCH's pattern matching passes over as if they were not there:
// articles, a few pronouns and auxiliaries, numbers, and its two currency words.
bool is_transparent_word(const std::string& word) {
  static const std::vector<std::string> words = {
      "THE",     "A",        "AN",    "IT",   "HE",     "THEY",    "HER",      "HAS",
      "HAD",     "HAVE",     "SOME",  "FEW",  "THAT",   "HUNDRED", "THOUSAND", "MILLION",
      "BILLION", "TRILLION", "DOZEN", "ONE",  "TWO",    "THREE",   "FOUR",     "FIVE",
      "SIX",     "SEVEN",    "EIGHT", "NINE", "DOLLAR", "DUCAT"};
  if (std::find(words.begin(), words.end(), word) != words.end()) return true;
  int number = 0;
  const char* end = word.data() + word.size();
  return !word.empty() && std::from_chars(word.data(), end, number).ptr == end;
}

}  // namespace

// ---------------------------------------------------------------------------
// Settings and outcomes

bool PetrarchSettings::set(std::string_view option, std::string_view value) {
  const std::string v = upper(value);
  if (option == "require_dyad") {
    require_dyad = v.find("FALSE") == std::string::npos;
    return true;
  }
  int number = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (error != std::errc() || end != value.data() + value.size()) return false;
  if (option == "new_actor_length")
    new_actor_length = number;
  else if (option == "comma_min")
    comma_min = number;
  else if (option == "comma_max")
    comma_max = number;
  else if (option == "comma_bmin")
    comma_bmin = number;
  else if (option == "comma_bmax")
    comma_bmax = number;
  else if (option == "comma_emin")
    comma_emin = number;
  else if (option == "comma_emax")
    comma_emax = number;
  else
    return false;
  return true;
}

std::string_view outcome_name(PetrarchOutcome outcome) {
  switch (outcome) {
    case PetrarchOutcome::coded:
      return "coded";
    case PetrarchOutcome::sentence_discard:
      return "sentencediscard";
    case PetrarchOutcome::story_discard:
      return "storydiscard";
    case PetrarchOutcome::dateline:
      return "dateline";
  }
  return "coded";
}

// ---------------------------------------------------------------------------
// The dictionaries, indexed by first word

namespace {

struct PhraseEntry {
  const PetrarchPhrase* phrase;
  const PetrarchActor* actor = nullptr;  // or the agent:
  const PetrarchAgent* agent = nullptr;
};

struct VerbEntry {
  const PetrarchVerbBlock* block;
  const PetrarchVerb* verb;
  const PetrarchVerbPhrase* form;
};

// A pattern element, with phrases in braces and parentheses spelled out.
struct Step {
  const PetrarchPatternElement* element;
  bool adjacent;  // must follow the previous step (or the verb) at once
};

struct CompiledPattern {
  const PetrarchPattern* pattern;
  std::vector<Step> after;   // in text order
  std::vector<Step> before;  // from the verb outwards
};

void flatten_elements(const std::vector<PetrarchPatternElement>& elements,
                      std::vector<const PetrarchPatternElement*>& out) {
  for (const PetrarchPatternElement& e : elements) {
    using Kind = PetrarchPatternElement::Kind;
    if (e.kind == Kind::noun_phrase) {
      flatten_elements(e.children, out);
    } else if (e.kind == Kind::prep_phrase) {
      out.push_back(&e);  // matched as its preposition, then its object
      flatten_elements(e.children, out);
    } else {
      out.push_back(&e);
    }
  }
}

CompiledPattern compile(const PetrarchPattern& pattern) {
  CompiledPattern compiled{&pattern, {}, {}};
  std::vector<const PetrarchPatternElement*> after, before;
  flatten_elements(pattern.after_verb, after);
  flatten_elements(pattern.before_verb, before);
  for (std::size_t k = 0; k < after.size(); ++k) {
    const bool adjacent = k == 0 ? pattern.verb_joined_to_next : after[k - 1]->joined_to_next;
    compiled.after.push_back({after[k], adjacent});
  }
  for (std::size_t r = 0; r < before.size(); ++r) {
    const auto* e = before[before.size() - 1 - r];
    compiled.before.push_back({e, e->joined_to_next});
  }
  return compiled;
}

}  // namespace

struct PetrarchCoder::Index {
  const PetrarchDictionaries* dictionaries;
  std::unordered_map<std::string, std::vector<PhraseEntry>> actors, agents;
  std::unordered_map<std::string, std::vector<VerbEntry>> verbs;
  std::unordered_map<const PetrarchVerbBlock*, std::vector<CompiledPattern>> patterns;
  std::unordered_map<std::string, const PetrarchSynset*> synsets;
};

namespace {

void sort_longest_first(std::unordered_map<std::string, std::vector<PhraseEntry>>& index) {
  for (auto& [word, entries] : index) {
    std::stable_sort(entries.begin(), entries.end(),
                     [](const PhraseEntry& a, const PhraseEntry& b) {
                       return a.phrase->words.size() > b.phrase->words.size();
                     });
  }
}

std::size_t pattern_size(const CompiledPattern& p) { return p.after.size() + p.before.size(); }

}  // namespace

PetrarchCoder::PetrarchCoder(const PetrarchDictionaries& dictionaries) {
  auto* index = new Index;
  index->dictionaries = &dictionaries;
  for (const PetrarchActorDictionary& file : dictionaries.actors) {
    for (const PetrarchActor& actor : file.actors) {
      index->actors[upper(actor.name.words[0])].push_back({&actor.name, &actor, nullptr});
      for (const PetrarchPhrase& synonym : actor.synonyms) {
        index->actors[upper(synonym.words[0])].push_back({&synonym, &actor, nullptr});
      }
    }
  }
  for (const PetrarchAgent& agent : dictionaries.agents.agents) {
    for (const PetrarchPhrase& form : agent.forms) {
      index->agents[upper(form.words[0])].push_back({&form, nullptr, &agent});
    }
  }
  sort_longest_first(index->actors);
  sort_longest_first(index->agents);
  for (const PetrarchVerbBlock& block : dictionaries.verbs.blocks) {
    for (const PetrarchVerb& verb : block.verbs) {
      index->verbs[upper(verb.base.verb)].push_back({&block, &verb, &verb.base});
      for (const PetrarchVerbPhrase& form : verb.forms) {
        index->verbs[upper(form.verb)].push_back({&block, &verb, &form});
      }
    }
    auto& compiled = index->patterns[&block];
    for (const PetrarchPattern& pattern : block.patterns) compiled.push_back(compile(pattern));
    std::stable_sort(compiled.begin(), compiled.end(),
                     [](const CompiledPattern& a, const CompiledPattern& b) {
                       return pattern_size(a) > pattern_size(b);
                     });
  }
  for (const PetrarchSynset& synset : dictionaries.verbs.synsets) {
    index->synsets[upper(synset.label)] = &synset;
  }
  index_ = index;
}

PetrarchCoder::~PetrarchCoder() { delete index_; }

namespace {

using Index = PetrarchCoder::Index;

// ---------------------------------------------------------------------------
// Actors and agents in a phrase

// Where `phrase` matches `words` from `at` on: one past its last word, or 0.
// Words joined by '_' must follow each other; others may have words between.
std::size_t phrase_end(const PetrarchPhrase& phrase, const std::vector<std::string>& words,
                       std::size_t at) {
  if (upper(phrase.words[0]) != words[at]) return 0;
  std::size_t next = at + 1;
  for (std::size_t k = 1; k < phrase.words.size(); ++k) {
    const std::string wanted = upper(phrase.words[k]);
    const bool joined = phrase.joins[k - 1] == '_';
    while (next < words.size() && words[next] != wanted) {
      if (joined) return 0;
      ++next;
    }
    if (next == words.size()) return 0;
    ++next;
  }
  return next;
}

const PhraseEntry* longest_at(
    const std::unordered_map<std::string, std::vector<PhraseEntry>>& index,
    const std::vector<std::string>& words, std::size_t at, std::size_t& end) {
  const auto found = index.find(words[at]);
  if (found == index.end()) return nullptr;
  for (const PhraseEntry& entry : found->second) {
    end = phrase_end(*entry.phrase, words, at);
    if (end > 0) return &entry;
  }
  return nullptr;
}

// The first actor of the phrase, then every agent outside it: "Gondor's main
// opposition group" is GON + MOP. An agent code already present ends the list.
std::string phrase_code(const Index& index, const std::vector<std::string>& words,
                        const std::string& date) {
  std::string code;
  std::size_t actor_start = 0, actor_end = 0;
  for (std::size_t at = 0; at < words.size() && code.empty(); ++at) {
    std::size_t end = 0;
    if (const PhraseEntry* entry = longest_at(index.actors, words, at, end)) {
      code = entry->actor->code_on(date);
      actor_start = at;
      actor_end = end;
    }
  }
  std::vector<const PetrarchAgent*> agents;
  for (std::size_t at = 0; at < words.size(); ++at) {
    if (!code.empty() && at >= actor_start && at < actor_end) continue;
    std::size_t end = 0;
    if (const PhraseEntry* entry = longest_at(index.agents, words, at, end)) {
      agents.push_back(entry->agent);
      at = end - 1;
    }
  }
  if (agents.empty()) return code.empty() ? "---" : code;
  if (code.empty()) code = "---";
  for (const PetrarchAgent* agent : agents) {
    bool present = false;
    for (std::size_t k = 0; k + agent->code.size() <= code.size(); k += 3) {
      if (code.compare(k, agent->code.size(), agent->code) == 0) present = true;
    }
    if (present) break;
    code = agent->before_actor ? agent->code + code : code + agent->code;
  }
  return code;
}

// ---------------------------------------------------------------------------
// Clauses between commas

bool counts_as_word(const Item& item) {
  return item.kind == ItemKind::word && !item.word.empty() &&
         std::isalpha(static_cast<unsigned char>(item.word[0]));
}

std::size_t words_between(const std::vector<Item>& items, std::size_t from, std::size_t to) {
  std::size_t n = 0;
  for (std::size_t i = from; i < to; ++i) {
    if (!items[i].removed && counts_as_word(items[i])) ++n;
  }
  return n;
}

// The items that close a phrase opened inside [from, to) or open one closed
// there are kept, so the phrases stay whole.
void remove_clause(std::vector<Item>& items, std::size_t from, std::size_t to) {
  std::vector<std::size_t> open;
  std::vector<bool> cut(to - from, true);
  for (std::size_t i = from; i < to; ++i) {
    if (items[i].kind == ItemKind::enter) open.push_back(i);
    if (items[i].kind == ItemKind::leave) {
      if (open.empty())
        cut[i - from] = false;  // closes a phrase opened before
      else
        open.pop_back();
    }
  }
  for (std::size_t i : open) cut[i - from] = false;
  for (std::size_t i = from; i < to; ++i) {
    if (cut[i - from]) items[i].removed = true;
  }
}

bool in_range(std::size_t n, int low, int high) {
  return high != 0 && static_cast<int>(n) >= low && static_cast<int>(n) <= high;
}

void remove_comma_clauses(std::vector<Item>& items, const PetrarchSettings& s) {
  std::vector<std::size_t> commas;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].kind == ItemKind::comma) commas.push_back(i);
  }
  if (commas.empty()) return;
  if (in_range(words_between(items, 0, commas.front()), s.comma_bmin, s.comma_bmax)) {
    remove_clause(items, 0, commas.front());
  }
  std::size_t last = items.size();
  while (last > 0 && items[last - 1].kind == ItemKind::word && !counts_as_word(items[last - 1]))
    --last;  // the final full stop stays
  if (in_range(words_between(items, commas.back() + 1, last), s.comma_emin, s.comma_emax)) {
    remove_clause(items, commas.back() + 1, last);
  }
  for (std::size_t k = 0; k + 1 < commas.size(); ++k) {
    if (in_range(words_between(items, commas[k] + 1, commas[k + 1]), s.comma_min, s.comma_max)) {
      remove_clause(items, commas[k] + 1, commas[k + 1]);
    }
  }
}

// ---------------------------------------------------------------------------
// The words on either side of a verb, in the order patterns read them

struct Seq {
  std::vector<Item> items;     // enter/leave as met in reading order
  std::vector<int> enclosing;  // the innermost phrase around each position
};

void add_enclosing(Seq& seq) {
  std::vector<int> open;
  for (const Item& item : seq.items) {
    if (item.kind == ItemKind::enter) open.push_back(item.phrase);
    seq.enclosing.push_back(open.empty() ? kNone : open.back());
    if (item.kind == ItemKind::leave && !open.empty()) open.pop_back();
  }
}

Seq lower_sequence(const Reading& r, std::size_t from, std::size_t to) {
  Seq seq;
  for (std::size_t i = from; i < to && i < r.items.size(); ++i) {
    if (!r.items[i].removed) seq.items.push_back(r.items[i]);
  }
  add_enclosing(seq);
  return seq;
}

bool in_conjunct(const VerbSite& site, std::size_t i) {
  return std::any_of(site.conjuncts_before.begin(), site.conjuncts_before.end(),
                     [i](const auto& range) { return i >= range.first && i < range.second; });
}

// From the verb back to the start of the sentence or a comma.
Seq upper_sequence(const Reading& r, const VerbSite& site, std::size_t before) {
  Seq seq;
  for (std::size_t i = before; i-- > 0;) {
    const Item& item = r.items[i];
    if (item.removed || in_conjunct(site, i)) continue;
    if (item.kind == ItemKind::comma) break;
    Item copy = item;
    if (item.kind == ItemKind::enter) copy.kind = ItemKind::leave;
    if (item.kind == ItemKind::leave) copy.kind = ItemKind::enter;
    seq.items.push_back(std::move(copy));
  }
  add_enclosing(seq);
  return seq;
}

// ---------------------------------------------------------------------------
// Matching a pattern

struct Capture {
  int source = kNone, target = kNone;
};

bool transparent(const Item& item) {
  return item.kind == ItemKind::enter || item.kind == ItemKind::leave ||
         (item.kind == ItemKind::word && is_transparent_word(item.word));
}

class PatternMatcher {
 public:
  PatternMatcher(const Index& index, const Reading& reading) : index_(index), reading_(reading) {}

  // `backwards`: `seq` runs from the verb back to the start of the sentence, so
  // the words of a synset member are met last to first.
  bool match(const std::vector<Step>& steps, const Seq& seq, bool backwards,
             Capture& capture) const {
    backwards_ = backwards;
    return match_from(steps, 0, seq, 0, capture);
  }

 private:
  bool match_from(const std::vector<Step>& steps, std::size_t j, const Seq& seq, std::size_t i,
                  Capture& capture) const {
    if (j == steps.size()) return true;
    for (std::size_t p = i; p < seq.items.size(); ++p) {
      const Capture saved = capture;
      std::size_t next = 0;
      if (match_step(*steps[j].element, seq, p, capture, next) &&
          match_from(steps, j + 1, seq, next, capture)) {
        return true;
      }
      capture = saved;
      if (steps[j].adjacent && !transparent(seq.items[p])) return false;
    }
    return false;
  }

  bool match_step(const PetrarchPatternElement& e, const Seq& seq, std::size_t p, Capture& capture,
                  std::size_t& next) const {
    using Kind = PetrarchPatternElement::Kind;
    const Item& item = seq.items[p];
    switch (e.kind) {
      case Kind::word:
      case Kind::prep_phrase:
        next = p + 1;
        // After the verb, PETRARCH passes over articles before it compares; before
        // the verb it compares first ("% HAVE *").
        return item.kind == ItemKind::word && (backwards_ || !is_transparent_word(item.word)) &&
               item.word == upper(e.text);
      case Kind::synset:
        return match_synset(upper(e.text), seq, p, next, 0);
      case Kind::source:
      case Kind::target: {
        const int phrase = seq.enclosing[p];
        if (phrase == kNone) return false;
        (e.kind == Kind::source ? capture.source : capture.target) = phrase;
        next = p;
        return item.kind != ItemKind::leave;
      }
      case Kind::skip:
        return skip_phrase(seq, p, next);
      case Kind::compound: {
        const int phrase = seq.enclosing[p];
        if (phrase == kNone || item.kind != ItemKind::enter) return false;
        if (!reading_.phrases[phrase].compound()) return false;
        // Before the verb its members act on each other; after it ("agrees with %")
        // they are the targets.
        if (backwards_) capture.source = phrase;
        capture.target = phrase;
        next = p + 1;
        return true;
      }
      case Kind::noun_phrase:
        return false;  // spelled out by compile()
    }
    return false;
  }

  bool skip_phrase(const Seq& seq, std::size_t p, std::size_t& next) const {
    if (seq.enclosing[p] == kNone) return false;
    const int phrase = seq.enclosing[p];
    for (std::size_t k = p; k < seq.items.size(); ++k) {
      if (seq.items[k].kind == ItemKind::leave && seq.items[k].phrase == phrase) {
        next = k + 1;
        return true;
      }
    }
    return false;
  }

  bool match_synset(const std::string& label, const Seq& seq, std::size_t p, std::size_t& next,
                    int depth) const {
    const auto found = index_.synsets.find(label);
    if (found == index_.synsets.end() || depth > 8) return false;
    for (const PetrarchSynsetMember& member : found->second->members) {
      if (match_words(member.words, seq, p, next, depth)) return true;
      if (!member.plural.empty() && match_words(member.plural, seq, p, next, depth)) return true;
    }
    return false;
  }

  // Consecutive words (the articles and numbers PETRARCH passes over may come between).
  bool match_words(const std::vector<std::string>& words, const Seq& seq, std::size_t p,
                   std::size_t& next, int depth) const {
    std::size_t at = p;
    for (std::size_t k = 0; k < words.size(); ++k) {
      const std::string& wanted = words[backwards_ ? words.size() - 1 - k : k];
      if (k > 0) {
        while (at < seq.items.size() && transparent(seq.items[at])) ++at;
      }
      if (at >= seq.items.size()) return false;
      if (wanted[0] == '&') {
        if (!match_synset(upper(wanted), seq, at, at, depth + 1)) return false;
        continue;
      }
      const Item& item = seq.items[at];
      if (item.kind != ItemKind::word || item.word != upper(wanted)) return false;
      ++at;
    }
    next = at;
    return true;
  }

  const Index& index_;
  const Reading& reading_;
  mutable bool backwards_ = false;
};

// ---------------------------------------------------------------------------
// Coding one verb

// A verb found in the dictionary, with the words that make it up ("WIRE TAPPED").
// A word may be a verb of several blocks; their patterns are tried together.
struct VerbMatch {
  std::vector<const VerbEntry*> entries;
  std::size_t first = 0, last = 0;  // items of the verb's words
};

// The next (or previous) word that is not passed over, from `i` on.
std::optional<std::size_t> next_word(const Reading& r, std::size_t i, int direction) {
  for (auto k = static_cast<std::ptrdiff_t>(i);
       k >= 0 && k < static_cast<std::ptrdiff_t>(r.items.size()); k += direction) {
    const Item& item = r.items[static_cast<std::size_t>(k)];
    if (item.removed || item.kind != ItemKind::word || is_transparent_word(item.word)) continue;
    return static_cast<std::size_t>(k);
  }
  return std::nullopt;
}

// Where the verb's words around it ("HAND OVER", "RE ARM") start and end, or
// nothing when they are not there.
std::optional<std::pair<std::size_t, std::size_t>> verb_span(const Reading& r, std::size_t verb,
                                                             const PetrarchVerbPhrase& form) {
  std::size_t first = verb, last = verb;
  for (const std::string& word : form.after) {
    auto at = next_word(r, last + 1, +1);
    if (!at || r.items[*at].word != upper(word)) return std::nullopt;
    last = *at;
  }
  for (auto it = form.before.rbegin(); it != form.before.rend(); ++it) {
    if (first == 0) return std::nullopt;
    auto at = next_word(r, first - 1, -1);
    if (!at || r.items[*at].word != upper(*it)) return std::nullopt;
    first = *at;
  }
  return std::make_pair(first, last);
}

// The longest verb phrase of the dictionary at the site.
std::optional<VerbMatch> find_verb(const Index& index, const Reading& r, const VerbSite& site) {
  const auto found = index.verbs.find(r.items[site.verb].word);
  if (found == index.verbs.end()) return std::nullopt;
  std::optional<VerbMatch> best;
  std::size_t best_words = 0;
  for (const VerbEntry& entry : found->second) {
    const auto span = verb_span(r, site.verb, *entry.form);
    if (!span) continue;
    const std::size_t words = entry.form->before.size() + entry.form->after.size() + 1;
    if (best && words < best_words) continue;
    if (!best || words > best_words) best = VerbMatch{{}, span->first, span->second};
    best->entries.push_back(&entry);
    best_words = words;
  }
  return best;
}

// The verb's own code: the last block that gives one (a later block of the same
// verb overrides an earlier one).
PetrarchEventCode verb_code(const VerbMatch& verb) {
  PetrarchEventCode code{"---", ""};
  for (const VerbEntry* entry : verb.entries) {
    const PetrarchEventCode own = entry->verb->code.value_or(entry->block->code);
    if (!(own.code == "---" && own.reverse_code.empty())) code = own;
  }
  return code;
}

struct Placed {
  PetrarchEventCode code;
  Capture capture;
  bool matched = false;
};

Placed match_patterns(const Index& index, const Reading& r, const VerbMatch& verb, const Seq& lower,
                      const Seq& upper_seq) {
  std::vector<const CompiledPattern*> patterns;
  for (const VerbEntry* entry : verb.entries) {
    for (const CompiledPattern& p : index.patterns.at(entry->block)) patterns.push_back(&p);
  }
  std::stable_sort(patterns.begin(), patterns.end(), [](const auto* a, const auto* b) {
    return pattern_size(*a) > pattern_size(*b);
  });
  PatternMatcher matcher(index, r);
  for (const CompiledPattern* pattern : patterns) {
    Capture capture;
    if (!matcher.match(pattern->after, lower, false, capture)) continue;
    Capture upper_capture;
    if (!matcher.match(pattern->before, upper_seq, true, upper_capture)) continue;
    if (upper_capture.source != kNone) capture.source = upper_capture.source;
    if (upper_capture.target != kNone) capture.target = upper_capture.target;
    return {pattern->pattern->code, capture, true};
  }
  return {};
}

const std::string& code_of(const Reading& r, int phrase) { return r.phrases[phrase].code; }

bool is_marker(const Item& item) {
  return item.kind == ItemKind::enter || item.kind == ItemKind::leave;
}

// The phrases of a sequence in the order met. A phrase is met at either end:
// when a verb's own words cut into a noun phrase ("Soldiers from Gondor wire
// tapped"), only its start is left before the verb.
std::vector<int> phrases_met(const Seq& seq) {
  std::vector<int> met;
  for (const Item& item : seq.items) {
    if (is_marker(item) && std::find(met.begin(), met.end(), item.phrase) == met.end()) {
      met.push_back(item.phrase);
    }
  }
  return met;
}

bool is_coded(const Reading& r, int phrase) {
  return r.phrases[phrase].compound() || code_of(r, phrase) != "---";
}

// The first coded phrase after the verb, else the first phrase.
int find_target(const Reading& r, const Seq& lower) {
  const std::vector<int> met = phrases_met(lower);
  for (int phrase : met) {
    if (is_coded(r, phrase)) return phrase;
  }
  return met.empty() ? kNone : met.front();
}

// The nearest coded phrase before the verb that is not the target's actor, else
// the nearest phrase.
int find_source(const Reading& r, const Seq& upper_seq, int target) {
  const std::string target_code = target == kNone ? "" : code_of(r, target);
  auto differs = [&](int phrase) {
    return r.phrases[phrase].compound() || target_code.empty() ||
           !code_of(r, phrase).ends_with(target_code);
  };
  const std::vector<int> met = phrases_met(upper_seq);
  for (int phrase : met) {
    if (differs(phrase) && is_coded(r, phrase)) return phrase;
  }
  for (int phrase : met) {
    if (differs(phrase)) return phrase;
  }
  return kNone;
}

std::string quoted_phrase(const ActorPhrase& phrase, const PetrarchSettings& s) {
  if (s.new_actor_length <= 0 || static_cast<int>(phrase.words.size()) > s.new_actor_length)
    return "---";
  std::string text;
  for (const std::string& w : phrase.words) text += (text.empty() ? "" : " ") + w;
  return "\"" + text + "\"";
}

// A phrase's codes: a compound's members that have one; "A/B" stands for both.
std::vector<std::string> codes_of(const Reading& r, int phrase, const PetrarchSettings& s) {
  std::vector<int> members = r.phrases[phrase].members;
  if (members.empty()) members.push_back(phrase);
  std::vector<std::string> codes;
  for (int m : members) {
    std::string code = code_of(r, m);
    if (code == "---") code = quoted_phrase(r.phrases[m], s);
    if (code == "---") continue;
    std::size_t start = 0;
    for (std::size_t slash; (slash = code.find('/', start)) != std::string::npos;
         start = slash + 1) {
      codes.push_back(code.substr(start, slash - start));
    }
    codes.push_back(code.substr(start));
  }
  if (codes.empty()) codes.push_back("---");
  return codes;
}

void add_events(std::vector<PetrarchEvent>& events, const std::vector<std::string>& sources,
                const std::vector<std::string>& targets, const std::string& code, bool passive) {
  if (code.empty()) return;
  for (const std::string& source : sources) {
    for (const std::string& target : targets) {
      if (source == target) continue;
      PetrarchEvent e =
          passive ? PetrarchEvent{target, source, code} : PetrarchEvent{source, target, code};
      events.push_back(std::move(e));
    }
  }
}

std::vector<PetrarchEvent> make_events(const Reading& r, int source, int target,
                                       const PetrarchEventCode& code, bool passive,
                                       const PetrarchSettings& s) {
  std::vector<std::string> sources = codes_of(r, source, s), targets = codes_of(r, target, s);
  std::vector<PetrarchEvent> events;
  if (!code.reverse_code.empty()) {
    if (targets.front() == "---")
      targets = sources;
    else if (sources.front() == "---")
      sources = targets;
    add_events(events, sources, targets, code.code, passive);
    add_events(events, targets, sources, code.reverse_code, passive);
  } else {
    add_events(events, sources, targets, code.code, passive);
  }
  if (s.require_dyad) {
    std::erase_if(events,
                  [](const PetrarchEvent& e) { return e.source == "---" || e.target == "---"; });
  }
  return events;
}

bool is_null(const PetrarchEventCode& code) {
  return code.code == "---" && code.reverse_code.empty();
}

// Codes the verb at `site`; false when the verb (or its patterns) codes nothing,
// so that the verb phrases inside it are tried.
bool code_verb(const Index& index, const Reading& r, const VerbSite& site,
               const PetrarchSettings& s, std::vector<PetrarchEvent>& events) {
  const std::optional<VerbMatch> verb = find_verb(index, r, site);
  if (!verb) return false;
  const Seq lower = lower_sequence(r, verb->last + 1, site.end);
  const Seq upper_seq = upper_sequence(r, site, verb->first);
  Placed placed = match_patterns(index, r, *verb, lower, upper_seq);
  if (!placed.matched || is_null(placed.code)) {
    placed.code = verb_code(*verb);
    placed.capture = {};
    if (is_null(placed.code)) return false;
  }
  int target = placed.capture.target;
  if (target == kNone) target = find_target(r, lower);
  if (target == kNone) return true;
  int source = placed.capture.source;
  if (source == kNone) source = find_source(r, upper_seq, target);
  if (source == kNone) return true;
  for (PetrarchEvent& e : make_events(r, source, target, placed.code, site.passive, s)) {
    if (std::find(events.begin(), events.end(), e) == events.end()) events.push_back(std::move(e));
  }
  return true;
}

// ---------------------------------------------------------------------------
// Discards and datelines

bool discard_matches(const PetrarchDiscard& d, const std::vector<std::string>& words,
                     std::size_t at) {
  if (at + d.words.size() > words.size()) return false;
  for (std::size_t k = 0; k < d.words.size(); ++k) {
    const std::string wanted = upper(d.words[k]);
    const bool last = k + 1 == d.words.size();
    const std::string& word = words[at + k];
    if (last && !d.whole_word ? !word.starts_with(wanted) : word != wanted) return false;
  }
  return true;
}

std::optional<PetrarchOutcome> discard(const PetrarchDiscardList& list, std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!word.empty()) words.push_back(upper(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(upper(word));
  std::optional<PetrarchOutcome> outcome;
  for (const PetrarchDiscard& d : list.discards) {
    for (std::size_t at = 0; at < words.size(); ++at) {
      if (!discard_matches(d, words, at)) continue;
      if (d.whole_story) return PetrarchOutcome::story_discard;
      outcome = PetrarchOutcome::sentence_discard;
    }
  }
  return outcome;
}

const PhraseNode& top_phrase(const PhraseNode& root) {
  const PhraseNode* node = &root;
  while ((node->label.empty() || node->label == "ROOT") && node->children.size() == 1) {
    node = &node->children[0];
  }
  return *node;
}

// "CEBU CITY: -- Cordova Mayor ... filed on Thursday a suit": the parser read a
// dateline and the sentence after it as one noun phrase, verb and all.
bool is_dateline(const PhraseNode& root) {
  const PhraseNode& top = top_phrase(root);
  return is_category(top, "NP") && has_descendant_category(top, "VP");
}

}  // namespace

PetrarchCoding PetrarchCoder::code(const PhraseNode& tree, std::string_view text,
                                   const std::string& date,
                                   const PetrarchSettings& settings) const {
  PetrarchCoding coding;
  if (auto discarded = discard(index_->dictionaries->discards, text)) {
    coding.outcome = *discarded;
    return coding;
  }
  if (is_dateline(tree)) {
    coding.outcome = PetrarchOutcome::dateline;
    return coding;
  }
  Reading reading = read_tree(tree);
  remove_comma_clauses(reading.items, settings);
  for (ActorPhrase& phrase : reading.phrases) {
    if (!phrase.compound()) phrase.code = phrase_code(*index_, phrase.words, date);
  }
  std::size_t coded_until = 0;
  for (const VerbSite& site : reading.verbs) {
    if (site.verb < coded_until || reading.items[site.verb].removed) continue;
    if (code_verb(*index_, reading, site, settings, coding.events)) coded_until = site.end;
  }
  return coding;
}

}  // namespace kroniek
