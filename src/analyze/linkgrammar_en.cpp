#include "analyze/linkgrammar_en.h"

#include <link-grammar/link-includes.h>
#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/localpointer.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cmath>
#include <iterator>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <unordered_set>
#include <utility>

#include "analyze/english_lemma.h"
#include "analyze/english_words.h"
#include "analyze/long_sentences.h"

namespace kroniek {
namespace {

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

// [start, end) of `text` without surrounding white space.
std::pair<std::size_t, std::size_t> trimmed_range(std::string_view text, std::size_t start,
                                                  std::size_t end) {
  while (start < end && is_space(text[start])) ++start;
  while (end > start && is_space(text[end - 1])) --end;
  return {start, end};
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() &&
         std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) ==
                  std::tolower(static_cast<unsigned char>(b));
         });
}

// ---------------------------------------------------------------------------
// Words of a linkage

bool is_wall_word(std::string_view word) { return word == "LEFT-WALL" || word == "RIGHT-WALL"; }

// What link-grammar writes after a word: "attacked.v-d" has the subscript
// "v-d", "Idlib[!<CAPITALIZED-WORDS>]" the guessed class "CAPITALIZED-WORDS".
struct WordMarks {
  std::string subscript;
  std::string guess;
};

WordMarks read_word_marks(std::string_view written, std::string_view surface) {
  WordMarks marks;
  if (written.size() > 2 && written.front() == '[' && written.back() == ']' &&
      !starts_with_ignoring_case(written, surface)) {
    written = written.substr(1, written.size() - 2);  // "[he]": a word left without links
  }
  std::string_view rest;
  if (starts_with_ignoring_case(written, surface)) {
    rest = written.substr(surface.size());
  } else if (std::size_t bracket = written.find('['); bracket != std::string_view::npos) {
    rest = written.substr(bracket);
  } else if (std::size_t dot = written.rfind('.'); dot != std::string_view::npos && dot > 0) {
    rest = written.substr(dot);
  }
  if (rest.starts_with("[")) {
    std::size_t close = rest.find(']');
    std::string_view inside = rest.substr(1, close == std::string_view::npos ? 0 : close - 1);
    if (inside.starts_with("!<") && inside.ends_with(">")) {
      marks.guess = std::string(inside.substr(2, inside.size() - 3));
    }
    rest = close == std::string_view::npos ? std::string_view() : rest.substr(close + 1);
  }
  if (rest.size() > 1 && rest.front() == '.') marks.subscript = std::string(rest.substr(1));
  return marks;
}

struct WordInfo {
  std::string surface;  // as the text writes it
  std::string lower;    // plain_lower(surface)
  WordMarks marks;
  std::size_t start = 0, end = 0;  // in the sentence text
  bool wall = false;
  bool first = false;  // the sentence's first word
};

// A link's type is its leading capitals ("MV" of "MVp", "S" of "Ss*s"); the
// rest are subscripts. Internal links ("_IBWL") keep their whole label.
struct Link {
  std::string type;
  std::string sub;
  std::size_t left = 0, right = 0;
};

Link read_link(const LinkGrammarLink& raw) {
  Link link{raw.label, "", raw.left, raw.right};
  if (raw.label.starts_with("_")) return link;
  std::size_t capitals = 0;
  while (capitals < raw.label.size() &&
         std::isupper(static_cast<unsigned char>(raw.label[capitals]))) {
    ++capitals;
  }
  link.type = raw.label.substr(0, capitals);
  link.sub = raw.label.substr(capitals);
  return link;
}

enum class End { kLeft, kRight };  // which end of a link a word is

class LinkageView {
 public:
  LinkageView(const std::vector<LinkGrammarWord>& words, const std::vector<LinkGrammarLink>& links,
              std::string_view text)
      : text_(text) {
    bool first_seen = false;
    for (const LinkGrammarWord& raw : words) {
      WordInfo info;
      info.wall = is_wall_word(raw.word);
      const std::size_t end = std::min(raw.end, text.size());
      const std::size_t start = std::min(raw.start, end);
      info.start = start;
      info.end = end;
      info.surface = std::string(text.substr(start, end - start));
      info.lower = plain_lower(info.surface);
      if (!info.wall) info.marks = read_word_marks(raw.word, info.surface);
      info.first = !info.wall && !info.surface.empty() && !first_seen;
      first_seen = first_seen || info.first;
      words_.push_back(std::move(info));
    }
    for (const LinkGrammarLink& raw : links) {
      if (raw.left < words_.size() && raw.right < words_.size()) links_.push_back(read_link(raw));
    }
  }

  std::size_t size() const { return words_.size(); }
  const WordInfo& word(std::size_t w) const { return words_[w]; }
  const std::vector<Link>& links() const { return links_; }
  std::string_view text() const { return text_; }
  bool is_word(std::size_t w) const { return !words_[w].wall && !words_[w].surface.empty(); }

  // The word at the other end of a link of `type` that has `w` at `end`.
  std::optional<std::size_t> other(std::size_t w, std::string_view type, End end) const {
    for (const Link& link : links_) {
      if (link.type != type) continue;
      if (end == End::kLeft && link.left == w) return link.right;
      if (end == End::kRight && link.right == w) return link.left;
    }
    return std::nullopt;
  }
  bool has(std::size_t w, std::string_view type, End end) const {
    return other(w, type, end).has_value();
  }
  bool has_any(std::size_t w, std::initializer_list<std::string_view> types, End end) const {
    return std::any_of(types.begin(), types.end(),
                       [&](std::string_view type) { return has(w, type, end); });
  }

 private:
  std::string_view text_;
  std::vector<WordInfo> words_;
  std::vector<Link> links_;
};

// ---------------------------------------------------------------------------
// Tags

bool is_verb_tag(std::string_view tag) { return tag.starts_with("VB") || tag == "MD"; }
bool is_noun_tag(std::string_view tag) {
  return tag.starts_with("NN") || tag == "PRP" || tag == "CD";
}

// The subscript's class and form: "v-d" -> "v", "d"; "a-c" -> "a", "c".
std::pair<std::string_view, std::string_view> subscript_parts(std::string_view subscript) {
  std::size_t dash = subscript.find('-');
  if (dash == std::string_view::npos) return {subscript, {}};
  return {subscript.substr(0, dash), subscript.substr(dash + 1)};
}

bool is_proper_guess(std::string_view guess) {
  return guess == "CAPITALIZED-WORDS" || guess == "ALL-UPPER" || guess == "INITIALS" ||
         guess == "PL-CAPITALIZED-WORDS";
}

bool is_number_guess(std::string_view guess) {
  return guess == "NUMBERS" || guess == "YEAR-DATE" || guess == "FRACTION" || guess == "HMS-TIME" ||
         guess == "DECADE-DATE" || guess == "ROMAN-NUMERAL-WORDS";
}

// Links that only a verb has at that end.
bool has_verb_links(const LinkageView& v, std::size_t w) {
  return v.has_any(w, {"S", "SX", "SF", "I", "PP", "P", "CV", "RS", "WV"}, End::kRight) ||
         v.has_any(w, {"O", "MV", "K", "TH", "TO", "SI", "PP", "P"}, End::kLeft);
}

bool has_noun_links(const LinkageView& v, std::size_t w) {
  return v.has_any(w, {"D", "DD", "DG", "DT", "A", "AN", "J", "JT", "O", "ON"}, End::kRight) ||
         v.has_any(w, {"S", "SX", "M", "MX", "R", "AN", "YS", "YP"}, End::kLeft);
}

std::string verb_tag(const LinkageView& v, std::size_t w, bool past_subscript) {
  const WordInfo& info = v.word(w);
  const std::string& lower = info.lower;
  if (lower.size() > 4 && lower.ends_with("ing")) return "VBG";
  // After "have" or "be", after a noun ("the soldiers killed in ..."), before one.
  const bool participle = v.has_any(w, {"PP", "P", "M"}, End::kRight) || v.has(w, "A", End::kLeft);
  std::string base = wordnet_base_form(lower, WordNetPos::kVerb);
  const bool inflected = !base.empty() && base != lower;
  const bool third_person = inflected && lower.ends_with("s");
  if (past_subscript || info.marks.guess == "ED-WORDS" || (inflected && !third_person)) {
    return participle ? "VBN" : "VBD";
  }
  if (third_person) return "VBZ";
  if (v.has(w, "I", End::kRight)) return "VB";  // after a modal, "to" or "do"
  if (v.has_any(w, {"S", "SX", "SF"}, End::kRight)) return "VBP";
  return "VB";
}

std::string noun_tag(const LinkageView& v, std::size_t w, std::string_view subscript_class) {
  static const std::unordered_set<std::string_view> kProperClasses = {"l", "m", "f", "b",
                                                                      "o", "x", "y", "tz"};
  const WordInfo& info = v.word(w);
  const bool proper =
      is_capitalized(info.surface) && (kProperClasses.contains(subscript_class) ||
                                       is_proper_guess(info.marks.guess) || !info.first);
  bool plural = subscript_class == "p" || info.marks.guess == "PL-CAPITALIZED-WORDS";
  if (!plural && subscript_class != "s") {
    std::string base = wordnet_base_form(info.lower, WordNetPos::kNoun);
    plural = !base.empty() && base != info.lower;
  }
  if (proper) return plural ? "NNPS" : "NNP";
  return plural ? "NNS" : "NN";
}

// A nationality word before a noun ("Syrian.s positions") is an adjective.
bool is_capitalized_adjective_modifier(const LinkageView& v, std::size_t w) {
  const WordInfo& info = v.word(w);
  return is_capitalized(info.surface) && v.has_any(w, {"A", "AN"}, End::kLeft) &&
         wordnet_has_lemma(info.lower, WordNetPos::kAdjective);
}

// Closed-class words whose tag the links decide.
std::optional<std::string> closed_class_in_context(const LinkageView& v, std::size_t w) {
  const std::string& lower = v.word(w).lower;
  std::optional<std::string> tag = closed_class_tag(lower);
  if (!tag) return std::nullopt;
  if (lower == "that") {
    if (v.has(w, "D", End::kLeft)) return "DT";
    if (v.has_any(w, {"R", "MX"}, End::kRight) || v.has_any(w, {"RS", "B"}, End::kLeft)) {
      return "WDT";
    }
    return "IN";
  }
  if (lower == "her") return v.has(w, "D", End::kLeft) ? "PRP$" : "PRP";
  if (lower == "'s") return v.has_any(w, {"YS", "YP"}, End::kRight) ? "POS" : "VBZ";
  if (lower == "there") return v.has_any(w, {"S", "SF", "SX"}, End::kLeft) ? "EX" : "RB";
  if (lower == "have" || lower == "do") return v.has(w, "I", End::kRight) ? "VB" : "VBP";
  if (lower == "had") return v.has(w, "PP", End::kRight) ? "VBN" : "VBD";
  if (*tag == "RB" && v.has_any(w, {"J", "JT"}, End::kLeft)) return "IN";  // "down the road"
  return tag;
}

std::string open_class_tag(const LinkageView& v, std::size_t w) {
  const WordInfo& info = v.word(w);
  const std::string& guess = info.marks.guess;
  auto [subscript_class, form] = subscript_parts(info.marks.subscript);
  if (guess == "PL-CAPITALIZED-WORDS") return "NNPS";
  if (guess == "ORDINALS" || guess == "DAY-ORDINALS") return "JJ";
  if (subscript_class == "v" || subscript_class == "w" || subscript_class == "q") {
    return verb_tag(v, w, form == "d");
  }
  if (subscript_class == "g") return "VBG";
  if (subscript_class == "a") return form == "c" ? "JJR" : form == "s" ? "JJS" : "JJ";
  if (subscript_class == "e" || subscript_class == "ee") return "RB";
  if (subscript_class.starts_with("j") || subscript_class == "ij") return "CC";
  if (subscript_class == "h") return "UH";
  if (subscript_class == "ord" || subscript_class == "ti") return "JJ";
  if (subscript_class == "r") return has_noun_links(v, w) ? noun_tag(v, w, "") : "RB";
  if (!subscript_class.empty()) {
    if ((subscript_class == "s" || subscript_class == "n") &&
        is_capitalized_adjective_modifier(v, w)) {
      return "JJ";
    }
    return noun_tag(v, w, subscript_class);
  }
  // No subscript: the links and the guessed class tell.
  if (has_verb_links(v, w) && !is_proper_guess(guess)) return verb_tag(v, w, false);
  if (guess == "ADJ-WORDS" || guess == "LATIN-ADJ-WORDS") return "JJ";
  if (guess == "LY-WORDS") return "RB";
  if (guess == "ING-WORDS") return "VBG";
  if (has_noun_links(v, w) || is_proper_guess(guess)) {
    return is_capitalized_adjective_modifier(v, w) ? "JJ" : noun_tag(v, w, "");
  }
  return guess_tag(info.surface, info.first);
}

// A straight quote opens a quotation at the start or after a space.
bool opens_quotation(const LinkageView& v, std::size_t w) {
  std::size_t start = v.word(w).start;
  return start == 0 || is_space(v.text()[start - 1]) || v.text()[start - 1] == '(';
}

std::string tag_word(const LinkageView& v, std::size_t w) {
  const WordInfo& info = v.word(w);
  if (v.has_any(w, {"YS", "YP"}, End::kRight)) return "POS";  // "'s", "'"
  if (std::optional<std::string> mark = punctuation_tag(info.surface, opens_quotation(v, w))) {
    return *mark;
  }
  if (is_number(info.surface) || is_number_guess(info.marks.guess)) return "CD";
  if (v.has(w, "K", End::kRight)) return "RP";
  if (std::optional<std::string> closed = closed_class_in_context(v, w)) return *closed;
  if (v.has_any(w, {"J", "JT", "JQ", "ON"}, End::kLeft)) return "IN";
  return open_class_tag(v, w);
}

// ---------------------------------------------------------------------------
// Dependencies from links

enum class Dependent { kNone, kLeft, kRight };

// How a link makes a dependency. `strength` orders competing heads of one
// word (smaller wins): conjuncts, verb chains, subjects and objects, clauses,
// modifiers, the rest.
struct LinkRule {
  Dependent dependent = Dependent::kNone;
  std::string rel;
  int strength = 4;
  // The dependent is the verb link-grammar links a clause by: the top of its
  // verb chain depends instead ("who have attacked": "have" is the body).
  bool clause_top = false;
};

bool is_conjunct_link(const Link& link) {
  return link.type.size() == 2 && link.type[1] == 'J' && !link.sub.empty() &&
         (link.sub.front() == 'l' || link.sub.front() == 'r');
}

bool is_relative_pronoun(std::string_view lower) {
  return lower == "who" || lower == "whom" || lower == "which" || lower == "that" ||
         lower == "what" || lower == "whose";
}

// "who" in "Milley, who leads the army": a relative pronoun that a noun links
// to (R, MX) and that is the subject of its clause.
bool is_relative_subject(const LinkageView& v, const Link& link) {
  return is_relative_pronoun(v.word(link.left).lower) &&
         v.has_any(link.left, {"R", "MX"}, End::kRight);
}

LinkRule verb_link_rule(const Link& link, const LinkageView& v,
                        const std::vector<std::string>& tags) {
  using enum Dependent;
  const std::string& t = link.type;
  if (t == "RS" || t == "CV") return {kRight, "body", 3, true};
  if (t == "B") {
    if (is_relative_pronoun(v.word(link.left).lower)) return {kRight, "body", 3, true};
    return {kRight, "mod", 5, true};  // "the town the army took"
  }
  if (t == "I" || t == "PP" || t == "TO" || t == "TH" || t == "TS" || t == "QI") {
    return {kRight, "vc", 1};
  }
  if (t == "P") {
    const bool verbal = link.sub.starts_with("v") || link.sub.starts_with("g") ||
                        (link.sub.starts_with("a") && is_verb_tag(tags[link.right]));
    return {kRight, verbal ? "vc" : "predc", 1};
  }
  if (t == "K") return {kRight, "svp", 1};
  if (t == "S" || t == "SX" || t == "SF") {
    if (is_relative_subject(v, link)) return {kRight, "body", 3, true};
    return {kLeft, "su", 2};
  }
  if (t == "SI" || t == "SXI" || t == "SFI") return {kRight, "su", 2};
  if (t == "OF") return {kRight, "mod", 4};
  if (t.starts_with("O")) return {kRight, "obj1", 2};
  return {};
}

LinkRule rule_for(const Link& link, const LinkageView& v, const std::vector<std::string>& tags) {
  using enum Dependent;
  const std::string& t = link.type;
  if (is_conjunct_link(link)) return {link.sub.front() == 'l' ? kLeft : kRight, "cnj", 0};
  if (LinkRule rule = verb_link_rule(link, v, tags); rule.dependent != kNone) return rule;
  if (t == "J" || t == "JT" || t == "JQ" || t == "JG") return {kRight, "obj1", 2};
  if (t == "YS" || t == "YP") return {kRight, "mod", 2};
  if (t == "D" || t == "DD" || t == "DG") return {kLeft, "det", 4};
  if (t == "MX") {
    const bool relative = link.sub.find('r') != std::string::npos;
    return {kRight, !relative && is_noun_tag(tags[link.right]) ? "app" : "mod", 4};
  }
  if (t == "M" || t == "MV" || t == "R" || t == "N" || t == "NM" || t == "EB" || t == "EF") {
    return {kRight, "mod", 4};
  }
  if (t == "X" || t == "ZZZ" || t == "QU") {
    if (punctuation_tag(v.word(link.right).surface, false)) return {kRight, "punct", 5};
    if (punctuation_tag(v.word(link.left).surface, false)) return {kLeft, "punct", 5};
    return {};
  }
  if (t.starts_with("W") || t == "RW" || t == "C" || t == "CP" || t == "CQ" || t == "IV") {
    return {};  // the wall, subordinator - subject, reported speech: see choose_root
  }
  return {kLeft, "mod", 4};  // A, AN, E*, G, CO, DT, idioms and the rest
}

class HeadAssigner {
 public:
  explicit HeadAssigner(std::size_t words) : head_(words, -1), rel_(words) {}

  bool has_head(std::size_t w) const { return head_[w] >= 0; }
  int head(std::size_t w) const { return head_[w]; }
  const std::string& rel(std::size_t w) const { return rel_[w]; }
  void set_rel(std::size_t w, std::string rel) { rel_[w] = std::move(rel); }

  // Gives `dependent` its head unless it has one or this would close a cycle.
  bool assign(std::size_t dependent, std::size_t head, std::string rel) {
    if (dependent == head || has_head(dependent)) return false;
    for (int up = static_cast<int>(head); up >= 0; up = head_[up]) {
      if (up == static_cast<int>(dependent)) return false;
    }
    head_[dependent] = static_cast<int>(head);
    rel_[dependent] = std::move(rel);
    return true;
  }
  // Replaces the head of a word that has one (for the root's clauses).
  void reattach(std::size_t dependent, std::size_t head, std::string rel) {
    head_[dependent] = -1;
    assign(dependent, head, std::move(rel));
  }

  std::size_t top(std::size_t w) const {
    while (head_[w] >= 0) w = static_cast<std::size_t>(head_[w]);
    return w;
  }

 private:
  std::vector<int> head_;
  std::vector<std::string> rel_;
};

// "Russia's army": link-grammar links "Russia" to "'s" (YS) and "'s" to
// "army" (D). The possessor becomes the determiner of "army", as the Penn
// Treebank reading gives it.
void move_possessor_determiners(std::vector<Link>& links) {
  for (const Link& possessive : links) {
    if (possessive.type != "YS" && possessive.type != "YP") continue;
    for (Link& determiner : links) {
      if (determiner.type == "D" && determiner.left == possessive.right) {
        determiner.left = possessive.left;
      }
    }
  }
}

// An opener ("On Monday, Turkey ...") links to the subject (CO); it modifies
// the subject's verb.
std::size_t opener_head(const LinkageView& v, const Link& link) {
  return v.other(link.right, "S", End::kLeft).value_or(link.right);
}

bool is_punctuation_word(const LinkageView& v, std::size_t w) {
  return punctuation_tag(v.word(w).surface, false).has_value();
}

// Determiners and adjectives before a name link to its first part ("the
// European Union": DD to "European"); they belong to the name's last part,
// which the other parts modify (G, GN).
bool modifies_name(std::string_view type) {
  return type == "D" || type == "DD" || type == "DG" || type == "A" || type == "AN";
}

std::size_t name_end(const LinkageView& v, std::size_t w) {
  for (std::size_t steps = 0; steps < v.size(); ++steps) {
    std::optional<std::size_t> next = v.other(w, "G", End::kLeft);
    if (!next) next = v.other(w, "GN", End::kLeft);
    if (!next || *next <= w) break;
    w = *next;
  }
  return w;
}

// A clause attaches by the top of its verb chain. When a colon introduces it
// ("said: \"We won't leave\""), it takes the colon's place and the colon is
// punctuation.
void attach_clause(const LinkageView& v, HeadAssigner& heads, std::size_t verb, std::size_t head,
                   const std::string& rel) {
  const std::size_t clause = heads.top(verb);
  if (!is_punctuation_word(v, head)) {
    heads.assign(clause, head, rel);
    return;
  }
  if (!heads.has_head(head)) return;
  const auto mark = head;
  if (heads.assign(clause, static_cast<std::size_t>(heads.head(mark)), heads.rel(mark))) {
    heads.set_rel(mark, "punct");
  }
}

void attach_by_links(const LinkageView& v, const std::vector<std::string>& tags,
                     HeadAssigner& heads) {
  std::vector<Link> links = v.links();
  move_possessor_determiners(links);
  struct Candidate {
    std::size_t dependent, head;
    LinkRule rule;
  };
  std::vector<Candidate> candidates;
  for (const Link& link : links) {
    if (!v.is_word(link.left) || !v.is_word(link.right)) continue;
    LinkRule rule = rule_for(link, v, tags);
    if (rule.dependent == Dependent::kNone) continue;
    const bool left_depends = rule.dependent == Dependent::kLeft;
    std::size_t dependent = left_depends ? link.left : link.right;
    std::size_t head = left_depends ? link.right : link.left;
    if (link.type == "CO") head = opener_head(v, link);
    if (left_depends && modifies_name(link.type)) head = name_end(v, head);
    // Punctuation heads nothing but the conjuncts of a comma (see below) and,
    // for a moment, the clause after a colon (attach_clause).
    if (rule.rel != "cnj" && !rule.clause_top && is_punctuation_word(v, head)) {
      if (is_punctuation_word(v, dependent)) continue;
      std::swap(dependent, head);
      rule.rel = "punct";
    }
    candidates.push_back({dependent, head, std::move(rule)});
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const auto& a, const auto& b) { return a.rule.strength < b.rule.strength; });
  for (const Candidate& c : candidates) {
    if (c.rule.clause_top) {
      attach_clause(v, heads, c.dependent, c.head, c.rule.rel);
    } else {
      heads.assign(c.dependent, c.head, c.rule.rel);
    }
  }
}

// Link-grammar coordinates lists through their commas: in "Turkey, Russia and
// Iran" the comma coordinates "Turkey" and "Russia" and is itself a conjunct
// of "and". The conjuncts go to "and", the comma becomes punctuation.
void flatten_comma_coordinations(const LinkageView& v, HeadAssigner& heads) {
  for (std::size_t comma = 0; comma < v.size(); ++comma) {
    if (!v.is_word(comma) || v.word(comma).surface != "," || heads.rel(comma) != "cnj") continue;
    const auto coordinator = static_cast<std::size_t>(heads.head(comma));
    for (std::size_t w = 0; w < v.size(); ++w) {
      if (heads.head(w) == static_cast<int>(comma) && heads.rel(w) == "cnj") {
        heads.reattach(w, coordinator, "cnj");
      }
    }
    heads.set_rel(comma, "punct");
  }
}

bool is_time_word(std::string_view lower) {
  static const std::unordered_set<std::string_view> kTimeWords = {
      "monday",  "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "today",   "tonight", "yesterday", "tomorrow", "week",   "month",    "year",
      "morning", "evening", "night",     "weekend",  "weeks",  "months",   "years"};
  return kTimeWords.contains(lower);
}

// Of two objects of one verb ("gave Gaza aid"), the nearer is the indirect
// object; a time ("met him Monday") is a modifier.
void mark_indirect_objects(const LinkageView& v, HeadAssigner& heads) {
  for (std::size_t verb = 0; verb < v.size(); ++verb) {
    std::vector<std::size_t> objects;
    for (std::size_t w = verb + 1; w < v.size(); ++w) {
      if (heads.head(w) == static_cast<int>(verb) && heads.rel(w) == "obj1") objects.push_back(w);
    }
    if (objects.size() < 2) continue;
    if (is_time_word(v.word(objects[1]).lower)) {
      heads.set_rel(objects[1], "mod");
    } else {
      heads.set_rel(objects[0], "obj2");
    }
  }
}

std::optional<std::size_t> wall_link_target(const LinkageView& v,
                                            std::initializer_list<std::string_view> types) {
  for (const Link& link : v.links()) {
    if (!v.word(link.left).wall || !v.is_word(link.right)) continue;
    if (std::find(types.begin(), types.end(), link.type) != types.end() &&
        !(link.type == "W" && link.sub.starts_with("d"))) {
      return link.right;
    }
  }
  return std::nullopt;
}

// The word the wall links as the main verb (WV), else as the head of another
// kind of sentence (W: imperative, question, fragment), else the first verb,
// else the first word.
std::size_t main_word(const LinkageView& v, const std::vector<std::string>& tags) {
  if (auto verb = wall_link_target(v, {"WV"})) return *verb;
  if (auto other = wall_link_target(v, {"W", "CP", "CQ"})) return *other;
  for (std::size_t w = 0; w < v.size(); ++w) {
    if (v.is_word(w) && is_verb_tag(tags[w])) return w;
  }
  for (std::size_t w = 0; w < v.size(); ++w) {
    if (v.is_word(w)) return w;
  }
  return 0;
}

// The clause a W link from a word (not the wall) brings in: "said" links the
// subject of a quotation (Wd), a coordinator the verb of a second clause (WV).
std::size_t linked_clause(const LinkageView& v, const Link& link, const HeadAssigner& heads) {
  std::size_t target = link.right;
  if (link.type == "W" && link.sub.starts_with("d")) {
    target = v.other(link.right, "S", End::kLeft).value_or(link.right);
  }
  return heads.top(target);
}

// Picks the root and hangs everything without a head from it.
void choose_root(const LinkageView& v, const std::vector<std::string>& tags, HeadAssigner& heads) {
  std::size_t root = heads.top(main_word(v, tags));
  // "Russia denied it, the ministry said": the wall links "said" as reporting
  // verb (CP/CQ); the reported clause completes it.
  if (auto reporter = wall_link_target(v, {"CP", "CQ"})) {
    std::size_t top = heads.top(*reporter);
    if (top != root && heads.assign(root, top, "vc")) root = top;
  }
  // Clauses that a word links as the wall links the main clause: a
  // coordinator that the wall links (Xx) heads both clauses ("... were killed
  // and 40 wounded"); a verb of saying has the quotation as complement.
  for (const Link& link : v.links()) {
    if (!link.type.starts_with("W") || !v.is_word(link.left) || !v.is_word(link.right)) continue;
    const std::size_t clause = linked_clause(v, link, heads);
    if (clause == root || heads.top(link.left) == clause) continue;
    if (tags[link.left] == "CC" && !heads.has_head(link.left) &&
        heads.assign(root, link.left, "cnj")) {
      heads.assign(clause, link.left, "cnj");
      root = link.left;
    } else if (is_verb_tag(tags[link.left])) {
      heads.assign(clause, link.left, "vc");
    } else {
      heads.assign(clause, root, "mod");
    }
  }
  for (std::size_t w = 0; w < v.size(); ++w) {
    if (!v.is_word(w) || w == root || heads.has_head(w)) continue;
    heads.assign(w, root, is_punctuation_word(v, w) ? "punct" : "mod");
  }
  heads.set_rel(root, "ROOT");
}

// ---------------------------------------------------------------------------
// Tokens

Token make_token(std::string_view text, std::size_t start, std::size_t end, std::size_t text_offset,
                 std::string tag) {
  Token token;
  token.word = std::string(text.substr(start, end - start));
  token.pos = std::move(tag);
  token.lemma =
      punctuation_tag(token.word, false) ? token.word : english_lemma(token.word, token.pos);
  token.ner = "O";
  token.start = text_offset + start;
  token.end = text_offset + end;
  set_derived_fields(token);
  return token;
}

// The tag of the stem of a split word: "did" of "didn't" is VBD, "ca" MD.
std::string stem_tag(std::string_view stem, const std::string& word_tag) {
  std::optional<std::string> closed = closed_class_tag(plain_lower(stem));
  return closed ? *closed : word_tag;
}

// The tag of a clitic split off a word without a parse: "n't" RB, "'s" POS.
std::string clitic_tag(std::string_view clitic) {
  std::string lower = plain_lower(clitic);
  if (lower == "'s" || lower == "'") return "POS";
  std::optional<std::string> closed = closed_class_tag(lower);
  return closed ? *closed : guess_tag(clitic, false);
}

// After a modal, "to" or "not", a word that can be a verb is one: "didn't
// leave", "will meet".
bool follows_verb_marker(const Sentence& sentence) {
  if (sentence.tokens.empty()) return false;
  const Token& previous = sentence.tokens.back();
  return previous.pos == "MD" || previous.pos == "TO" || previous.lemma == "not";
}

std::string guess_word_tag(std::string_view word, const Sentence& sentence) {
  if (follows_verb_marker(sentence) && wordnet_has_lemma(plain_lower(word), WordNetPos::kVerb)) {
    return "VB";
  }
  return guess_tag(word, sentence.tokens.empty());
}

// Tokens for the pieces of one word (clitic_pieces) starting at `start`, with
// guessed tags and no dependencies.
void add_guessed_tokens(std::string_view text, std::size_t start,
                        const std::vector<std::size_t>& pieces, std::size_t text_offset,
                        Sentence& sentence) {
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    std::string_view piece = text.substr(start, pieces[k]);
    std::string tag = k == 0 ? guess_word_tag(piece, sentence) : clitic_tag(piece);
    sentence.tokens.push_back(make_token(text, start, start + pieces[k], text_offset, tag));
    start += pieces[k];
  }
}

void set_sentence_range(Sentence& sentence, std::string_view text, std::size_t text_offset) {
  auto [start, end] = trimmed_range(text, 0, text.size());
  sentence.start = text_offset + start;
  sentence.end = text_offset + end;
}

// A token split off a link-grammar word: "n't" of "didn't" (a clitic, mod of
// the first piece) or the '"' of '."' (punctuation, beside the first piece).
struct SplitPart {
  std::size_t token, first;
  bool clitic;
};

// The tokens of one link-grammar word: itself, or its pieces.
void add_word_tokens(const WordInfo& info, const std::string& tag, std::string_view text,
                     std::size_t text_offset, Sentence& sentence,
                     std::vector<SplitPart>& split_parts) {
  const bool marks = punctuation_tag(info.surface, false).has_value();
  std::vector<std::size_t> pieces =
      marks ? mark_pieces(info.surface) : clitic_pieces(info.surface, false);
  const std::size_t first = sentence.tokens.size();
  std::size_t start = info.start;
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    const std::size_t end = start + pieces[k];
    std::string_view piece = text.substr(start, pieces[k]);
    std::string piece_tag = tag;
    if (pieces.size() > 1) {
      const bool opens = start == 0 || is_space(text[start - 1]);
      piece_tag = marks ? *punctuation_tag(piece, opens) : k == 0 ? stem_tag(piece, tag) : "RB";
    }
    if (k > 0) split_parts.push_back({sentence.tokens.size(), first, !marks});
    sentence.tokens.push_back(make_token(text, start, end, text_offset, piece_tag));
    start = end;
  }
}

}  // namespace

Sentence sentence_from_linkage(const std::vector<LinkGrammarWord>& words,
                               const std::vector<LinkGrammarLink>& links, std::string_view text,
                               std::size_t text_offset) {
  LinkageView view(words, links, text);
  std::vector<std::string> tags(view.size());
  for (std::size_t w = 0; w < view.size(); ++w) {
    if (view.is_word(w)) tags[w] = tag_word(view, w);
  }
  HeadAssigner heads(view.size());
  attach_by_links(view, tags, heads);
  flatten_comma_coordinations(view, heads);
  mark_indirect_objects(view, heads);
  choose_root(view, tags, heads);

  Sentence sentence;
  set_sentence_range(sentence, text, text_offset);
  std::vector<int> first_token(view.size(), -1);
  std::vector<SplitPart> split_parts;
  for (std::size_t w = 0; w < view.size(); ++w) {
    if (!view.is_word(w)) continue;
    first_token[w] = static_cast<int>(sentence.tokens.size());
    add_word_tokens(view.word(w), tags[w], text, text_offset, sentence, split_parts);
  }
  for (std::size_t w = 0; w < view.size(); ++w) {
    if (first_token[w] < 0) continue;
    Token& token = sentence.tokens[first_token[w]];
    token.head = heads.head(w) >= 0 ? first_token[heads.head(w)] : -1;
    token.rel = heads.rel(w);
  }
  for (const SplitPart& part : split_parts) {
    Token& token = sentence.tokens[part.token];
    const Token& first = sentence.tokens[part.first];
    token.head = part.clitic || first.head < 0 ? static_cast<int>(part.first) : first.head;
    token.rel = part.clitic ? "mod" : "punct";
  }
  return sentence;
}

Sentence tag_without_parse(std::string_view text, std::size_t text_offset) {
  Sentence sentence;
  set_sentence_range(sentence, text, text_offset);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
  icu::LocalUTextPointer utext(
      utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
  if (U_FAILURE(status) || !words) return sentence;
  words->setText(utext.getAlias(), status);
  std::size_t start = static_cast<std::size_t>(words->first());
  for (int32_t next = words->next(); next != icu::BreakIterator::DONE; next = words->next()) {
    const std::size_t end = static_cast<std::size_t>(next);
    std::string_view segment = text.substr(start, end - start);
    if (!std::all_of(segment.begin(), segment.end(), is_space)) {
      add_guessed_tokens(text, start, clitic_pieces(segment, true), text_offset, sentence);
    }
    start = end;
  }
  return sentence;
}

namespace {

// ---------------------------------------------------------------------------
// Sentences

// Abbreviations after which news text seldom ends a sentence and that ICU's
// English exceptions ("Mr.", "Mrs." ...) lack; ICU 72's filter also misses
// abbreviations with inner periods ("U.S."), so these are checked here. A
// sentence that really ends in one of them joins the next.
constexpr std::array kNewsAbbreviations = {
    "U.S.", "U.N.",  "U.K.",  "E.U.", "Gen.", "Lt.",  "Col.",  "Maj.",  "Capt.",   "Sgt.",
    "Adm.", "Brig.", "Cmdr.", "Gov.", "Sen.", "Rep.", "Dr.",   "Prof.", "Rev.",    "St.",
    "Jr.",  "Sr.",   "No.",   "Jan.", "Feb.", "Aug.", "Sept.", "Oct.",  "Nov.",    "Dec.",
    "Inc.", "Corp.", "Ltd.",  "Co.",  "Mt.",  "Ft.",  "vs.",   "Pres.", "Messrs.", "Gens."};

bool ends_with_news_abbreviation(std::string_view text) {
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  for (std::string_view abbreviation : kNewsAbbreviations) {
    if (!text.ends_with(abbreviation)) continue;
    std::size_t before = text.size() - abbreviation.size();
    if (before == 0 || is_space(text[before - 1]) || text[before - 1] == '(' ||
        text[before - 1] == '"') {
      return true;
    }
  }
  return false;
}

std::unique_ptr<icu::BreakIterator> make_sentence_splitter() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale& english = icu::Locale::getEnglish();
  std::unique_ptr<icu::BreakIterator> plain(
      icu::BreakIterator::createSentenceInstance(english, status));
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(english, status));
  if (U_FAILURE(status) || !plain || !builder) {
    throw std::runtime_error(std::string("cannot make ICU's English sentence splitter: ") +
                             u_errorName(status));
  }
  std::unique_ptr<icu::BreakIterator> filtered(
      builder->wrapIteratorWithFilter(plain.release(), status));
  if (U_FAILURE(status) || !filtered) {
    throw std::runtime_error(std::string("cannot filter ICU's sentence splitter: ") +
                             u_errorName(status));
  }
  return filtered;
}

// Sentence ranges of `text` (bytes, trimmed, none empty).
std::vector<std::pair<std::size_t, std::size_t>> split_sentences(icu::BreakIterator& splitter,
                                                                 const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  icu::LocalUTextPointer utext(
      utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
  splitter.setText(utext.getAlias(), status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU cannot read the text as UTF-8");
  std::vector<std::pair<std::size_t, std::size_t>> sentences;
  std::size_t start = static_cast<std::size_t>(splitter.first());
  for (int32_t next = splitter.next(); next != icu::BreakIterator::DONE; next = splitter.next()) {
    const std::size_t end = static_cast<std::size_t>(next);
    if (end < text.size() &&
        ends_with_news_abbreviation(std::string_view(text).substr(start, end - start))) {
      continue;  // "U.S. President ...": one sentence
    }
    auto range = trimmed_range(text, start, end);
    if (range.first < range.second) sentences.push_back(range);
    start = end;
  }
  return sentences;
}

// The sentence [start, end) of `text` as pieces link-grammar can take: itself,
// or, when too long (analyze/long_sentences.h), cut; counts the cuts.
std::vector<std::pair<std::size_t, std::size_t>> parser_pieces(const std::string& text,
                                                               std::size_t start, std::size_t end,
                                                               std::size_t& cuts) {
  std::vector<std::size_t> bounds =
      sentence_cuts(std::string_view(text).substr(start, end - start));
  cuts += bounds.size();
  std::vector<std::pair<std::size_t, std::size_t>> pieces;
  std::size_t from = start;
  for (std::size_t cut : bounds) {
    pieces.push_back(trimmed_range(text, from, start + cut));
    from = start + cut;
  }
  pieces.push_back(trimmed_range(text, from, end));
  return pieces;
}

// ---------------------------------------------------------------------------
// link-grammar

void discard_message(lg_errinfo*, void*) {}

// link-grammar reports dictionary and locale notes on stderr; the handler is
// per thread.
void silence_link_grammar() { lg_error_set_handler(discard_message, nullptr); }

struct SentenceDeleter {
  void operator()(Sentence_s* sentence) const { sentence_delete(sentence); }
};
struct LinkageDeleter {
  void operator()(Linkage_s* linkage) const { linkage_delete(linkage); }
};
using LgSentence = std::unique_ptr<Sentence_s, SentenceDeleter>;
using LgLinkage = std::unique_ptr<Linkage_s, LinkageDeleter>;

class ParseOptions {
 public:
  ParseOptions() : options_(parse_options_create()) {
    parse_options_set_verbosity(options_, 0);
    parse_options_set_spell_guess(options_, 0);  // never change the text's words
    parse_options_set_linkage_limit(options_, 100);
    parse_options_set_repeatable_rand(options_, true);  // the same text, the same linkage
  }
  ~ParseOptions() { parse_options_delete(options_); }
  ParseOptions(const ParseOptions&) = delete;
  ParseOptions& operator=(const ParseOptions&) = delete;
  Parse_Options get() const { return options_; }

 private:
  Parse_Options options_;
};

constexpr std::size_t kLinkagesCompared = 50;

// How good a linkage is, smaller first: link-grammar's order, corrected where
// it puts a fragment or a sentence cut in two first.
struct LinkageRank {
  bool violations = false;
  bool cut_in_two = false;  // a ". " inside: "The U.S" "." "President ..."
  bool no_main_verb = false;
  long cost = 0;  // disjunct cost in hundredths
  std::size_t index = 0;
  auto operator<=>(const LinkageRank&) const = default;
};

LinkageRank rank_linkage(Linkage_s* linkage, ::Sentence sentence, std::size_t index) {
  LinkageRank rank;
  rank.index = index;
  rank.violations = sentence_num_violations(sentence, index) > 0;
  rank.cost = std::lround(linkage_disjunct_cost(linkage) * 100);
  const std::size_t words = linkage_get_num_words(linkage);
  rank.no_main_verb = true;
  for (std::size_t k = 0; k < linkage_get_num_links(linkage); ++k) {
    const std::size_t left = linkage_get_link_lword(linkage, k);
    std::string_view label = linkage_get_link_label(linkage, k);
    if (left == 0 && label == "WV") rank.no_main_verb = false;
    std::string_view word = linkage_get_word(linkage, left);
    const bool inner = left > 0 && left + 2 < words;  // not the final word before the wall
    if (inner && (word == "." || word == "?" || word == "!") &&
        (label.starts_with("X") || label.starts_with("W"))) {
      rank.cut_in_two = true;
    }
  }
  return rank;
}

// The best of the first linkages. Each is made once: link-grammar 5.12 leaks
// when one linkage is made twice.
LgLinkage best_linkage(::Sentence sentence, Parse_Options options) {
  const auto available = static_cast<std::size_t>(sentence_num_linkages_post_processed(sentence));
  LgLinkage best;
  LinkageRank best_rank;
  for (std::size_t k = 0; k < std::min(available, kLinkagesCompared); ++k) {
    LgLinkage linkage(linkage_create(k, sentence, options));
    if (!linkage) continue;
    LinkageRank rank = rank_linkage(linkage.get(), sentence, k);
    if (!best || rank < best_rank) {
      best = std::move(linkage);
      best_rank = rank;
    }
  }
  return best;
}

std::pair<std::vector<LinkGrammarWord>, std::vector<LinkGrammarLink>> read_linkage(
    Linkage_s* linkage) {
  std::vector<LinkGrammarWord> words;
  for (std::size_t w = 0; w < linkage_get_num_words(linkage); ++w) {
    words.push_back({linkage_get_word(linkage, w), linkage_get_word_byte_start(linkage, w),
                     linkage_get_word_byte_end(linkage, w)});
  }
  std::vector<LinkGrammarLink> links;
  for (std::size_t k = 0; k < linkage_get_num_links(linkage); ++k) {
    links.push_back({linkage_get_link_label(linkage, k), linkage_get_link_lword(linkage, k),
                     linkage_get_link_rword(linkage, k)});
  }
  return {std::move(words), std::move(links)};
}

// The dictionary, the sentence splitter and the parse of one sentence within
// its time: what the analyzer and the tree parser share.
class EnglishParser {
 public:
  explicit EnglishParser(LinkGrammarOptions options) : options_(options) {
    silence_link_grammar();
    dictionary_ = dictionary_create_lang("en");
    if (dictionary_ == nullptr) {
      throw std::runtime_error(
          "cannot load link-grammar's English dictionary (Debian package "
          "link-grammar-dictionaries-en)");
    }
    splitter_ = make_sentence_splitter();
  }
  ~EnglishParser() { dictionary_delete(dictionary_); }
  EnglishParser(const EnglishParser&) = delete;
  EnglishParser& operator=(const EnglishParser&) = delete;

  // Sentence ranges of `text` (split_sentences).
  std::vector<std::pair<std::size_t, std::size_t>> sentences(const std::string& text) const {
    std::unique_ptr<icu::BreakIterator> splitter = clone_splitter();
    return split_sentences(*splitter, text);
  }

  // A linkage lives as long as its sentence: the linkage goes first.
  struct Parsed {
    LgSentence sentence;
    LgLinkage linkage;  // none: too long, or no linkage in time
  };

  Parsed parse(std::string_view text, Parse_Options options) const {
    Parsed parsed;
    if (has_overlong_word(text)) return parsed;
    const std::string input(text);  // link-grammar wants a NUL-terminated string
    parsed.sentence.reset(sentence_create(input.c_str(), dictionary_));
    ::Sentence sentence = parsed.sentence.get();
    if (!sentence || sentence_split(sentence, options) < 0) return parsed;
    // Long sentences are tagged without parsing (LinkGrammarOptions); the
    // length counts the two walls.
    if (sentence_length(sentence) > options_.max_parsed_words + 2) return parsed;
    if (parse_within_time(sentence, options) <= 0) return parsed;
    parsed.linkage = best_linkage(sentence, options);
    return parsed;
  }

 private:
  std::unique_ptr<icu::BreakIterator> clone_splitter() const {
    std::lock_guard lock(splitter_mutex_);
    return std::unique_ptr<icu::BreakIterator>(splitter_->clone());
  }

  // Parses without null links; when that finds nothing, parses again letting
  // words stay unlinked (link-grammar's way of coping with what it cannot
  // parse whole). The first parse gets all but a second of the sentence's
  // time, the second what is left, at least a second; link-grammar looks at
  // its clock now and then, so a sentence may take up to about a second
  // more. Returns the linkages found.
  int parse_within_time(::Sentence sentence, Parse_Options options) const {
    const auto started = std::chrono::steady_clock::now();
    const int total = std::max(1, options_.max_parse_seconds);
    const int found = parse_once(sentence, options, 0, 0, std::max(1, total - 1));
    if (found > 0) return found;
    const auto spent = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::steady_clock::now() - started)
                           .count();
    const int started_seconds = static_cast<int>((spent + 999) / 1000);  // a second begun counts
    const int left = std::max(1, total - started_seconds);
    return parse_once(sentence, options, 1, sentence_length(sentence), left);
  }

  static int parse_once(::Sentence sentence, Parse_Options options, int min_nulls, int max_nulls,
                        int seconds) {
    parse_options_set_min_null_count(options, min_nulls);
    parse_options_set_max_null_count(options, max_nulls);
    parse_options_set_max_parse_time(options, seconds);
    parse_options_reset_resources(options);
    return sentence_parse(sentence, options);
  }

  LinkGrammarOptions options_;
  Dictionary dictionary_ = nullptr;
  std::unique_ptr<icu::BreakIterator> splitter_;  // cloned for each document
  mutable std::mutex splitter_mutex_;
};

class LinkGrammarAnalyzer final : public Analyzer {
 public:
  explicit LinkGrammarAnalyzer(LinkGrammarOptions options) : parser_(options) {}
  using Analyzer::analyze;

  // link-grammar tags by parsing: every sentence is parsed.
  AnalyzedDocument analyze(const Document& document, const SentenceNeeds&) override {
    silence_link_grammar();
    ParseOptions options;
    AnalyzedDocument analysis;
    std::size_t cuts = 0;
    for (auto [start, end] : parser_.sentences(document.text)) {
      for (auto [piece_start, piece_end] : parser_pieces(document.text, start, end, cuts)) {
        std::string_view text =
            std::string_view(document.text).substr(piece_start, piece_end - piece_start);
        Sentence sentence = analyze_sentence(text, piece_start, options.get());
        if (sentence.tokens.empty()) continue;
        sentence.index = analysis.sentences.size();
        analysis.sentences.push_back(std::move(sentence));
      }
    }
    if (cuts > 0) analysis.warnings.push_back(cut_warning(cuts));
    return analysis;
  }

 private:
  Sentence analyze_sentence(std::string_view text, std::size_t offset,
                            Parse_Options options) const {
    EnglishParser::Parsed parsed = parser_.parse(text, options);
    if (!parsed.linkage) return tag_without_parse(text, offset);
    auto [words, links] = read_linkage(parsed.linkage.get());
    return sentence_from_linkage(words, links, text, offset);
  }

  EnglishParser parser_;
};

// ---------------------------------------------------------------------------
// Constituent trees

// Reads link-grammar's constituent tree as SINGLE_LINE writes it: "(S (NP
// Arnor{!<CAPITALIZED-WORDS>}) (VP attacked.v-d (NP Gondor)) .)". Its leaves
// are the linkage's words in order, without the walls, written with their
// marks and with braces for parentheses: they come back as nodes without a
// label, to be replaced by the tokens of the word at the same place.
class ConstituentReader {
 public:
  explicit ConstituentReader(std::string_view text) : text_(text) {}

  // The top nodes, or nothing when the brackets do not balance or a phrase
  // has no label.
  std::optional<std::vector<PhraseNode>> read() {
    std::vector<PhraseNode> top;
    if (!read_children(top) || pos_ < text_.size()) return std::nullopt;
    return top;
  }

 private:
  // Nodes up to the ')' that closes their phrase (left unread) or the end.
  bool read_children(std::vector<PhraseNode>& children) {
    for (skip_space(); pos_ < text_.size() && text_[pos_] != ')'; skip_space()) {
      if (text_[pos_] != '(') {
        PhraseNode word;
        word.word = read_atom();
        if (!is_wall_word(word.word)) children.push_back(std::move(word));
        continue;
      }
      ++pos_;
      PhraseNode phrase;
      phrase.label = read_atom();
      if (phrase.label.empty() || !read_children(phrase.children) || pos_ >= text_.size()) {
        return false;
      }
      ++pos_;  // ')'
      if (!phrase.children.empty()) children.push_back(std::move(phrase));
    }
    return true;
  }

  std::string read_atom() {
    const std::size_t start = pos_;
    while (pos_ < text_.size() && !is_space(text_[pos_]) && text_[pos_] != '(' &&
           text_[pos_] != ')') {
      ++pos_;
    }
    return std::string(text_.substr(start, pos_ - start));
  }

  void skip_space() {
    while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

bool is_word_node(const PhraseNode& node) { return node.is_leaf() && node.label.empty(); }

std::size_t count_word_nodes(const std::vector<PhraseNode>& nodes) {
  std::size_t count = 0;
  for (const PhraseNode& node : nodes) {
    count += is_word_node(node) ? 1 : count_word_nodes(node.children);
  }
  return count;
}

PhraseNode token_leaf(const Sentence& sentence, std::size_t t) {
  PhraseNode leaf;
  leaf.label = sentence.tokens[t].pos;
  leaf.word = sentence.tokens[t].word;
  leaf.token = static_cast<int>(t);
  return leaf;
}

// The leaves of each word of a linkage but the walls: the tokens that
// sentence_from_linkage made of it (with offsets from 0), one or more ("did"
// + "n't"), none for a word without text. Nothing when a token is left over.
std::optional<std::vector<std::vector<PhraseNode>>> word_leaves(
    const std::vector<LinkGrammarWord>& words, const Sentence& sentence) {
  std::vector<std::vector<PhraseNode>> leaves;
  std::size_t t = 0;
  for (const LinkGrammarWord& word : words) {
    if (is_wall_word(word.word)) continue;
    std::vector<PhraseNode>& pieces = leaves.emplace_back();
    for (; t < sentence.tokens.size() && sentence.tokens[t].start >= word.start &&
           sentence.tokens[t].start < word.end;
         ++t) {
      pieces.push_back(token_leaf(sentence, t));
    }
  }
  if (t != sentence.tokens.size()) return std::nullopt;
  return leaves;
}

// Replaces the word nodes under `phrase` by their leaves, from `next` on, and
// drops the phrases left without leaves.
void place_leaves(PhraseNode& phrase, std::vector<std::vector<PhraseNode>>& leaves,
                  std::size_t& next) {
  std::vector<PhraseNode> children;
  for (PhraseNode& child : phrase.children) {
    if (is_word_node(child)) {
      for (PhraseNode& leaf : leaves[next]) children.push_back(std::move(leaf));
      ++next;
      continue;
    }
    place_leaves(child, leaves, next);
    if (!child.children.empty()) children.push_back(std::move(child));
  }
  phrase.children = std::move(children);
}

// ROOT over the one top phrase, or over an S of what there is.
PhraseNode rooted(std::vector<PhraseNode> top) {
  PhraseNode root;
  root.label = "ROOT";
  if (top.size() == 1 && !top.front().is_leaf()) {
    root.children = std::move(top);
    return root;
  }
  PhraseNode clause;
  clause.label = "S";
  clause.children = std::move(top);
  root.children.push_back(std::move(clause));
  return root;
}

// A sentence without a tree keeps its words: ROOT over a flat S.
PhraseNode flat_tree(const Sentence& sentence) {
  std::vector<PhraseNode> leaves;
  for (std::size_t t = 0; t < sentence.tokens.size(); ++t) {
    leaves.push_back(token_leaf(sentence, t));
  }
  return rooted(std::move(leaves));
}

// ---------------------------------------------------------------------------
// Repairs: link-grammar's constituents read as a Stanford parse. PETRARCH's
// coder reads a verb phrase by its first word (its verb) and takes its actors
// from noun phrases; link-grammar's tree has the phrases, but some of them
// shaped in its own way.

bool is_final_mark(const PhraseNode& node) {
  return node.is_leaf() && (node.label == "." || node.label == "''");
}

bool is_verb_leaf(const PhraseNode& node) { return node.is_leaf() && is_verb_tag(node.label); }

bool is_clause_label(std::string_view label) {
  return label == "S" || label == "SBAR" || label == "SINV" || label == "SQ";
}

bool is_negation_leaf(const PhraseNode& node) {
  if (!node.is_leaf() || node.label != "RB") return false;
  const std::string lower = plain_lower(node.word);
  return lower == "not" || lower == "n't" || lower == "n\xE2\x80\x99t";
}

// A PP that starts with a phrase has no preposition of its own.
bool is_headless_pp(const PhraseNode& node) {
  return node.label == "PP" && !node.is_leaf() && !node.children.front().is_leaf();
}

// Phrases that are link-grammar's groupings and whose children take their
// place in `parent`:
//   "(VP attacked (NP (PP (NP Gondor) (PP on (NP Monday)))))": the object and
//     the modifier are the verb's: (VP attacked (NP Gondor) (PP on ...))
//   "(PP (PP by (NP Arnor)))": one PP
//   "(VP (S said (PP on ...)))": a clause of a reporting verb without its
//     subject is the verb phrase's own verb: (VP said (PP on ...))
//   "(NP (ADJP a senior) official)": (NP a senior official); in a clause
//     "(ADJP a dramatic) protest" becomes a noun phrase (wrap_bare_nouns)
//   "(ADVP not)": Stanford's parser gives "not" as a bare RB
bool is_grouping(std::string_view parent, const PhraseNode& node) {
  if (node.is_leaf()) return false;
  const PhraseNode& first = node.children.front();
  if (is_headless_pp(node)) return true;
  if (node.label == "NP" && node.children.size() == 1 && is_headless_pp(first)) return true;
  if (parent == "VP" && node.label == "S" && is_verb_leaf(first)) return true;
  if (node.label == "ADJP" && first.is_leaf() && first.label == "DT") return true;
  return node.label == "ADVP" && node.children.size() == 1 && is_negation_leaf(first);
}

void append_dissolved(std::string_view parent, PhraseNode node, std::vector<PhraseNode>& out) {
  if (!is_grouping(parent, node)) {
    out.push_back(std::move(node));
    return;
  }
  for (PhraseNode& child : node.children) append_dissolved(parent, std::move(child), out);
}

void dissolve_groupings(PhraseNode& phrase) {
  std::vector<PhraseNode> children;
  for (PhraseNode& child : phrase.children) {
    append_dissolved(phrase.label, std::move(child), children);
  }
  phrase.children = std::move(children);
  for (PhraseNode& child : phrase.children) {
    if (!child.is_leaf()) dissolve_groupings(child);
  }
}

bool is_adverbial(const PhraseNode& node) {
  return (node.label == "ADVP" && !node.is_leaf()) || is_negation_leaf(node);
}

// "(VP did (VP not take ...))", "(VP will (VP (ADVP never) attack ...))":
// Stanford's parser puts the adverbs between an auxiliary and its verb phrase
// in the auxiliary's phrase, so that the inner phrase starts with its verb.
void lift_preverbal_adverbs(PhraseNode& phrase) {
  for (PhraseNode& child : phrase.children) {
    if (!child.is_leaf()) lift_preverbal_adverbs(child);
  }
  if (phrase.label != "VP") return;
  std::vector<PhraseNode> children;
  for (PhraseNode& child : phrase.children) {
    const bool after_auxiliary = std::any_of(children.begin(), children.end(), is_verb_leaf);
    if (child.label == "VP" && !child.is_leaf() && after_auxiliary) {
      std::size_t k = 0;
      while (k + 1 < child.children.size() && is_adverbial(child.children[k])) ++k;
      if (k > 0 && is_verb_leaf(child.children[k])) {
        for (std::size_t j = 0; j < k; ++j) children.push_back(std::move(child.children[j]));
        child.children.erase(child.children.begin(), child.children.begin() + k);
      }
    }
    children.push_back(std::move(child));
  }
  phrase.children = std::move(children);
}

// "(S (NP activists) staged (NP ...) (PP ...))": where a sentence has words
// without links, link-grammar leaves verbs bare in the clause; the verb heads
// a verb phrase of the rest of the clause (but the final marks).
void wrap_bare_verbs(PhraseNode& phrase) {
  for (PhraseNode& child : phrase.children) {
    if (!child.is_leaf()) wrap_bare_verbs(child);
  }
  if (!is_clause_label(phrase.label)) return;
  std::vector<PhraseNode>& children = phrase.children;
  auto verb = std::find_if(children.begin(), children.end(), is_verb_leaf);
  auto end = children.end();
  while (end != verb && is_final_mark(*std::prev(end))) --end;
  if (verb == end) return;
  PhraseNode verb_phrase{
      "VP", "", {std::make_move_iterator(verb), std::make_move_iterator(end)}, -1};
  *verb = std::move(verb_phrase);
  children.erase(std::next(verb), end);
}

bool is_conjunction_leaf(const PhraseNode& node) {
  return node.is_leaf() && (node.label == "CC" || node.label == ",");
}

// "(VP fired (NP rockets) (CC and) killed (NP civilians))": link-grammar
// coordinates verbs inside one verb phrase; Stanford's parser gives each
// conjunct its verb phrase: (VP (VP fired ...) (CC and) (VP killed ...)).
void split_coordinated_verbs(PhraseNode& phrase) {
  for (PhraseNode& child : phrase.children) {
    if (!child.is_leaf()) split_coordinated_verbs(child);
  }
  if (phrase.label != "VP" || phrase.children.empty() || !is_verb_leaf(phrase.children.front())) {
    return;
  }
  std::vector<PhraseNode> children;
  PhraseNode conjunct{"VP", "", {}, -1};
  auto end_conjunct = [&](std::size_t separators) {  // the last `separators` join
    std::vector<PhraseNode>& parts = conjunct.children;
    std::vector<PhraseNode> joining(std::make_move_iterator(parts.end() - separators),
                                    std::make_move_iterator(parts.end()));
    parts.erase(parts.end() - separators, parts.end());
    children.push_back(std::exchange(conjunct, PhraseNode{"VP", "", {}, -1}));
    for (PhraseNode& separator : joining) children.push_back(std::move(separator));
  };
  for (PhraseNode& child : phrase.children) {
    std::size_t separators = 0;
    while (separators < conjunct.children.size() &&
           is_conjunction_leaf(conjunct.children[conjunct.children.size() - 1 - separators])) {
      ++separators;
    }
    if (is_verb_leaf(child) && separators > 0 && separators < conjunct.children.size()) {
      end_conjunct(separators);
    }
    conjunct.children.push_back(std::move(child));
  }
  if (children.empty()) {  // one verb: the phrase stays as it was
    phrase.children = std::move(conjunct.children);
    return;
  }
  children.push_back(std::move(conjunct));
  phrase.children = std::move(children);
}

// The nodes from `node` down to the leaf of `token`; false when it is not there.
bool find_leaf(PhraseNode& node, int token, std::vector<PhraseNode*>& path) {
  path.push_back(&node);
  if (node.is_leaf()
          ? node.token == token
          : std::any_of(node.children.begin(), node.children.end(),
                        [&](PhraseNode& child) { return find_leaf(child, token, path); })) {
    return true;
  }
  path.pop_back();
  return false;
}

// The lowest clause on `path` with words before the branch to the leaf (the
// verb's subject); 0 (the top) when there is none below it.
std::size_t subject_clause_level(const std::vector<PhraseNode*>& path) {
  for (std::size_t level = path.size() - 1; level-- > 1;) {
    if (path[level]->label == "S" && &path[level]->children.front() != path[level + 1]) {
      return level;
    }
  }
  return 0;
}

// True when the branch of `path` at `level` ends the sentence: each node
// above it is the last child of its phrase (in the top phrase, before the
// final marks).
bool ends_sentence(const std::vector<PhraseNode*>& path, std::size_t level) {
  for (std::size_t up = 0; up < level; ++up) {
    const std::vector<PhraseNode>& siblings = path[up]->children;
    auto after = siblings.begin() + (path[up + 1] - siblings.data()) + 1;
    const bool marks_only = up == 0 && std::all_of(after, siblings.end(), is_final_mark);
    if (after != siblings.end() && !marks_only) return false;
  }
  return true;
}

// Phrases have no word; leaves always have one.
void drop_empty_phrases(PhraseNode& phrase) {
  for (PhraseNode& child : phrase.children) drop_empty_phrases(child);
  std::erase_if(phrase.children,
                [](const PhraseNode& child) { return child.is_leaf() && child.word.empty(); });
}

// "(SBAR (S (SBAR after ...)))", left when the reporting clause beside the
// inner SBAR goes: one SBAR.
void collapse_clause_chains(PhraseNode& phrase) {
  for (PhraseNode& child : phrase.children) {
    collapse_clause_chains(child);
    if ((child.label == "S" || child.label == "SBAR") && child.children.size() == 1 &&
        child.children[0].label == "SBAR" && !child.children[0].is_leaf()) {
      PhraseNode inner = std::move(child.children[0]);
      child = std::move(inner);
    }
  }
}

// "Arnor is about to ... its embassy, a senior official said on Saturday.":
// the wall links "said" as a reporting verb (CP, CQ), but link-grammar's tree
// hangs the reporting clause from the last phrase of the report. Stanford's
// parser, and PETRARCH's rule that leaves out a short clause after the last
// comma, have it in the top clause: (S (S Arnor is ...) (, ,) (NP a senior
// official) (VP said ...) (. .)).
void raise_reporting_clause(PhraseNode& top, int verb) {
  std::vector<PhraseNode*> path;
  if (!find_leaf(top, verb, path)) return;
  const std::size_t level = subject_clause_level(path);
  if (level == 0 || !ends_sentence(path, level)) return;
  std::vector<PhraseNode>& siblings = path[level - 1]->children;
  auto clause = siblings.begin() + (path[level] - siblings.data());
  if (clause == siblings.begin()) return;
  const PhraseNode& comma = *std::prev(clause);
  if (!comma.is_leaf() || comma.label != "," || comma.token <= 0) return;
  std::vector<PhraseNode> reporting = {std::move(*std::prev(clause)), std::move(*clause)};
  siblings.erase(std::prev(clause), std::next(clause));
  std::vector<PhraseNode> marks;
  while (!top.children.empty() && is_final_mark(top.children.back())) {
    marks.insert(marks.begin(), std::move(top.children.back()));
    top.children.pop_back();
  }
  drop_empty_phrases(top);
  collapse_clause_chains(top);
  const bool one_clause = top.children.size() == 1 && top.children[0].label == "S";
  PhraseNode report =
      one_clause ? std::move(top.children[0]) : PhraseNode{"S", "", std::move(top.children), -1};
  top.children.clear();
  top.children.push_back(std::move(report));
  top.children.push_back(std::move(reporting[0]));
  for (PhraseNode& part : reporting[1].children) top.children.push_back(std::move(part));
  for (PhraseNode& mark : marks) top.children.push_back(std::move(mark));
}

// Takes the last leaf under `phrase` when it is a final mark, dropping the
// phrases it leaves empty.
std::optional<PhraseNode> take_final_mark(PhraseNode& phrase) {
  if (phrase.children.empty()) return std::nullopt;
  PhraseNode& last = phrase.children.back();
  if (last.is_leaf()) {
    if (!is_final_mark(last)) return std::nullopt;
    PhraseNode mark = std::move(last);
    phrase.children.pop_back();
    return mark;
  }
  std::optional<PhraseNode> mark = take_final_mark(last);
  if (mark && last.children.empty()) phrase.children.pop_back();
  return mark;
}

// Stanford's parser puts the full stop (and a closing quote after it) in the
// top clause, where PETRARCH's coder expects it; link-grammar often puts it
// in the last phrase ("(VP said .)").
void raise_final_marks(PhraseNode& top) {
  std::vector<PhraseNode> marks;
  while (std::optional<PhraseNode> mark = take_final_mark(top)) {
    marks.insert(marks.begin(), std::move(*mark));
  }
  for (PhraseNode& mark : marks) top.children.push_back(std::move(mark));
}

bool is_nominal_tag(std::string_view tag) {
  return tag.starts_with("NN") || tag == "PRP" || tag == "CD";
}

bool is_noun_phrase_tag(std::string_view tag) {
  static const std::unordered_set<std::string_view> kTags = {"DT", "PDT", "PRP$", "POS",
                                                             "JJ", "JJR", "JJS"};
  return is_nominal_tag(tag) || kTags.contains(tag);
}

// Phrases in which link-grammar leaves nouns bare ("(S Arnor (VP is ...))",
// "(PP in Idlib)") where a Penn Treebank parse has a noun phrase.
bool holds_noun_phrases(std::string_view label) {
  return is_clause_label(label) || label == "VP" || label == "PP";
}

// A noun phrase for each run of bare noun phrase words with a noun in it
// ("its embassy", "Turkey , Russia and Iran": a comma or coordinator joins
// two nouns), so that PETRARCH's coder finds its actors in noun phrases.
void wrap_bare_nouns(PhraseNode& phrase) {
  for (PhraseNode& child : phrase.children) {
    if (!child.is_leaf()) wrap_bare_nouns(child);
  }
  if (!holds_noun_phrases(phrase.label)) return;
  std::vector<PhraseNode> children;
  PhraseNode run{"NP", "", {}, -1};
  bool nominal = false;
  auto end_run = [&] {
    if (nominal) {
      children.push_back(std::exchange(run, PhraseNode{"NP", "", {}, -1}));
    } else {
      for (PhraseNode& leaf : run.children) children.push_back(std::move(leaf));
    }
    run.children.clear();
    nominal = false;
  };
  for (std::size_t k = 0; k < phrase.children.size(); ++k) {
    PhraseNode& child = phrase.children[k];
    const bool joins = nominal && child.is_leaf() && (child.label == "CC" || child.label == ",") &&
                       k + 1 < phrase.children.size() && phrase.children[k + 1].is_leaf() &&
                       is_nominal_tag(phrase.children[k + 1].label);
    if (joins || (child.is_leaf() && is_noun_phrase_tag(child.label))) {
      nominal = nominal || is_nominal_tag(child.label);
      run.children.push_back(std::move(child));
      continue;
    }
    end_run();
    children.push_back(std::move(child));
  }
  end_run();
  phrase.children = std::move(children);
}

// In this order: the final mark leaves the phrase before the phrase is cut
// up, the reporting verb has its clause before the clause is looked for, the
// verb phrases have their shape before bare nouns are wrapped.
void repair(PhraseNode& top, std::optional<int> reporting_verb) {
  raise_final_marks(top);
  dissolve_groupings(top);
  if (reporting_verb) raise_reporting_clause(top, *reporting_verb);
  lift_preverbal_adverbs(top);
  wrap_bare_verbs(top);
  split_coordinated_verbs(top);
  wrap_bare_nouns(top);
}

// The token of the verb that the wall links as reporting verb (CP, CQ: "...,
// the ministry said"), if any.
std::optional<int> reporting_verb(const std::vector<LinkGrammarWord>& words,
                                  const std::vector<LinkGrammarLink>& links,
                                  const std::vector<std::vector<PhraseNode>>& leaves) {
  for (const LinkGrammarLink& link : links) {
    if (link.left >= words.size() || link.right >= words.size() ||
        words[link.left].word != "LEFT-WALL" ||
        !(link.label.starts_with("CP") || link.label.starts_with("CQ"))) {
      continue;
    }
    const auto walls = static_cast<std::size_t>(
        std::count_if(words.begin(), words.begin() + link.right,
                      [](const LinkGrammarWord& w) { return is_wall_word(w.word); }));
    const std::vector<PhraseNode>& pieces = leaves[link.right - walls];
    if (!pieces.empty()) return pieces.front().token;
  }
  return std::nullopt;
}

std::optional<PhraseNode> constituent_tree(Linkage_s* linkage,
                                           const std::vector<LinkGrammarWord>& words,
                                           const std::vector<LinkGrammarLink>& links,
                                           const Sentence& sentence) {
  std::unique_ptr<char, void (*)(char*)> written(
      linkage_print_constituent_tree(linkage, SINGLE_LINE), linkage_free_constituent_tree_str);
  if (!written) return std::nullopt;
  std::optional<std::vector<PhraseNode>> top = ConstituentReader(written.get()).read();
  std::optional<std::vector<std::vector<PhraseNode>>> leaves = word_leaves(words, sentence);
  if (!top || !leaves || count_word_nodes(*top) != leaves->size()) return std::nullopt;
  const std::optional<int> reporting = reporting_verb(words, links, *leaves);
  PhraseNode root = rooted(std::move(*top));
  std::size_t next = 0;
  place_leaves(root, *leaves, next);
  if (root.children.empty()) return std::nullopt;
  repair(root.children.front(), reporting);
  return root;
}

}  // namespace

std::unique_ptr<Analyzer> make_linkgrammar_analyzer(LinkGrammarOptions options) {
  return std::make_unique<LinkGrammarAnalyzer>(options);
}

struct LinkGrammarTreeParser::Impl {
  explicit Impl(LinkGrammarOptions options) : parser(options) {}

  // Tokens and tags as the analyzer gives them, placed in link-grammar's
  // tree; a flat tree when there is no linkage. Offsets from 0 (unused).
  PhraseNode sentence_tree(std::string_view text, Parse_Options options) const {
    EnglishParser::Parsed parsed = parser.parse(text, options);
    if (!parsed.linkage) return flat_tree(tag_without_parse(text, 0));
    auto [words, links] = read_linkage(parsed.linkage.get());
    Sentence sentence = sentence_from_linkage(words, links, text, 0);
    std::optional<PhraseNode> tree = constituent_tree(parsed.linkage.get(), words, links, sentence);
    return tree ? std::move(*tree) : flat_tree(sentence);
  }

  EnglishParser parser;
};

LinkGrammarTreeParser::LinkGrammarTreeParser(LinkGrammarOptions options)
    : impl_(std::make_unique<const Impl>(options)) {}

LinkGrammarTreeParser::~LinkGrammarTreeParser() = default;

std::vector<PhraseNode> LinkGrammarTreeParser::parse(std::string_view text) const {
  silence_link_grammar();
  ParseOptions options;
  const std::string input(text);
  std::vector<PhraseNode> trees;
  for (auto [start, end] : impl_->parser.sentences(input)) {
    PhraseNode tree = impl_->sentence_tree(text.substr(start, end - start), options.get());
    if (!tree.children.front().children.empty()) trees.push_back(std::move(tree));
  }
  return trees;
}

}  // namespace kroniek
