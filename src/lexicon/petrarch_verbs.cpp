#include "lexicon/petrarch_verbs.h"

#include <map>
#include <set>

namespace kroniek {

using petrarch::LineError;
using Element = PetrarchPatternElement;

const PetrarchSynset* PetrarchVerbDictionary::synset(std::string_view label) const {
  for (const auto& s : synsets) {
    if (s.label == label) return &s;
  }
  return nullptr;
}

std::size_t PetrarchVerbDictionary::verb_count() const {
  std::size_t n = 0;
  for (const auto& b : blocks) n += b.verbs.size();
  return n;
}

std::size_t PetrarchVerbDictionary::pattern_count() const {
  std::size_t n = 0;
  for (const auto& b : blocks) n += b.patterns.size();
  return n;
}

namespace {

// "070", "042:043", ":173", "---".
PetrarchEventCode parse_event_code(std::string_view inside) {
  if (inside.empty()) throw LineError("empty code []");
  if (inside.find_first_of(" \t") != std::string_view::npos) {
    throw LineError("blank inside the code [" + std::string(inside) + "]");
  }
  PetrarchEventCode out;
  std::size_t colon = inside.find(':');
  out.code = std::string(inside.substr(0, colon));
  if (colon == std::string_view::npos) return out;
  out.reverse_code = std::string(inside.substr(colon + 1));
  if (out.reverse_code.empty() || out.reverse_code.find(':') != std::string::npos) {
    throw LineError("a paired code is [CODE:REVERSE] or [:REVERSE], not [" + std::string(inside) +
                    "]");
  }
  return out;
}

// The one code a line may end with; nothing may follow it.
std::optional<PetrarchEventCode> single_code(const petrarch::Bracketed& parts) {
  if (parts.codes.size() > 1) throw LineError("more than one code on the line");
  if (!parts.after.empty()) {
    throw LineError("text after the code: '" + std::string(parts.after) + "'");
  }
  if (parts.codes.empty()) return std::nullopt;
  return parse_event_code(parts.codes[0]);
}

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> words;
  for (auto& w : petrarch::parse_phrase(text).words) words.push_back(std::move(w));
  return words;
}

// "+HAND_OVER", "RE_+ARM", "GIVE". Without a '+', the first word is the verb.
PetrarchVerbPhrase parse_verb_phrase(std::string_view text) {
  std::vector<std::string> words = split_words(text);
  std::size_t verb = 0, marked = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::size_t plus = words[i].find('+');
    if (plus == std::string::npos) continue;
    if (plus != 0 || words[i].size() == 1) throw LineError("'+' must start the verb's word");
    words[i].erase(0, 1);
    verb = i;
    ++marked;
  }
  if (marked > 1) throw LineError("more than one word marked as the verb with '+'");
  PetrarchVerbPhrase phrase;
  phrase.before.assign(words.begin(), words.begin() + verb);
  phrase.verb = words[verb];
  phrase.after.assign(words.begin() + verb + 1, words.end());
  return phrase;
}

std::vector<PetrarchVerbPhrase> regular_forms(const PetrarchVerbPhrase& base) {
  std::vector<PetrarchVerbPhrase> forms;
  for (auto make : {petrarch::third_person, petrarch::past, petrarch::gerund}) {
    PetrarchVerbPhrase form = base;
    form.verb = make(base.verb);
    forms.push_back(std::move(form));
  }
  return forms;
}

// "GIVE {GIVES GAVE GIVEN GIVING} [070]".
PetrarchVerb parse_verb(std::string_view text) {
  auto parts = petrarch::split_brackets(text);
  PetrarchVerb verb;
  verb.code = single_code(parts);
  std::string_view phrase = parts.before;
  std::size_t brace = phrase.find('{');
  if (brace == std::string_view::npos) {
    verb.base = parse_verb_phrase(phrase);
    verb.forms = regular_forms(verb.base);
    return verb;
  }
  std::size_t close = phrase.find('}', brace);
  if (close == std::string_view::npos) throw LineError("'{' without '}'");
  if (!petrarch::trim(phrase.substr(close + 1)).empty()) throw LineError("text after {...}");
  verb.base = parse_verb_phrase(phrase.substr(0, brace));
  verb.irregular = true;
  for (std::string_view form :
       petrarch::split_blanks(phrase.substr(brace + 1, close - brace - 1))) {
    verb.forms.push_back(parse_verb_phrase(form));
  }
  return verb;
}

// "--- DONATE [070] ---"; the closing dashes may be missing.
PetrarchVerbBlock parse_block_header(std::string_view text) {
  while (!text.empty() && text.front() == '-') text.remove_prefix(1);
  while (!text.empty() && (text.back() == '-' || petrarch::is_blank(text.back()))) {
    text.remove_suffix(1);
  }
  auto parts = petrarch::split_brackets(text);
  PetrarchVerbBlock block;
  block.name = std::string(parts.before);
  if (block.name.empty()) throw LineError("a verb block needs a name: --- NAME [CODE] ---");
  // PETRARCH reads the first code of a header; the validation file has one with
  // two ("--- DELAY [120]  [031:031] ---"), so a second one is passed over.
  if (!parts.codes.empty()) parts.codes.resize(1);
  block.code = single_code(parts).value_or(PetrarchEventCode{"---", ""});
  return block;
}

// Pattern tokens: words (with '&' synsets and the $ + % ^ roles), '*' and the brackets.
struct Token {
  std::string_view text;
  bool joined_to_next = false;
};

bool is_punctuation(char c) { return c == '*' || c == '(' || c == ')' || c == '{' || c == '}'; }

// '_' joins two tokens only when another token follows it directly: in "IN_ *" it is the
// TABARI stop marker and joins nothing.
std::vector<Token> tokenize_pattern(std::string_view body) {
  std::vector<Token> tokens;
  bool underscore = false;
  std::size_t i = 0;
  while (i < body.size()) {
    char c = body[i];
    if (petrarch::is_blank(c) || c == '_') {
      underscore = (c == '_') && (underscore || i == 0 || !petrarch::is_blank(body[i - 1]));
      ++i;
      continue;
    }
    std::size_t start = i++;
    if (!is_punctuation(c)) {
      while (i < body.size() && !petrarch::is_blank(body[i]) && body[i] != '_' &&
             !is_punctuation(body[i])) {
        ++i;
      }
    }
    bool closing = c == ')' || c == '}';
    if (underscore && !tokens.empty() && !closing) tokens.back().joined_to_next = true;
    underscore = false;
    tokens.push_back({body.substr(start, i - start)});
  }
  return tokens;
}

// A word, a synset ("&MONEY") or one of the roles $ + % ^.
Element simple_element(const Token& token) {
  static const std::pair<std::string_view, Element::Kind> kRoles[] = {
      {"$", Element::Kind::source},
      {"+", Element::Kind::target},
      {"%", Element::Kind::compound},
      {"^", Element::Kind::skip}};
  Element e;
  e.joined_to_next = token.joined_to_next;
  for (const auto& [symbol, kind] : kRoles) {
    if (token.text == symbol) {
      e.kind = kind;
      return e;
    }
  }
  bool synset = token.text[0] == '&' && token.text.size() > 1;
  e.kind = synset ? Element::Kind::synset : Element::Kind::word;
  e.text = std::string(token.text);
  return e;
}

bool is_structure(std::string_view t) { return t.size() == 1 && is_punctuation(t[0]); }

class PatternParser {
 public:
  explicit PatternParser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

  void parse(PetrarchPattern& pattern) {
    bool seen_verb = false;
    while (at_ < tokens_.size()) {
      const Token& t = tokens_[at_];
      if (t.text == "*") {
        if (seen_verb) throw LineError("a pattern has one '*'");
        seen_verb = true;
        pattern.verb_joined_to_next = t.joined_to_next;
        ++at_;
        continue;
      }
      auto& side = seen_verb ? pattern.after_verb : pattern.before_verb;
      side.push_back(element());
    }
    if (!seen_verb) throw LineError("a pattern needs a '*' where the verb stands");
  }

 private:
  Element element() {
    const Token& t = tokens_[at_];
    if (t.text == "(") return prep_phrase();
    if (t.text == "{") return noun_phrase();
    if (is_structure(t.text)) throw LineError("unbalanced '" + std::string(t.text) + "'");
    ++at_;
    return simple_element(t);
  }

  // "{GOLD BAR}": words and synsets, the head last.
  Element noun_phrase() {
    Element np;
    np.kind = Element::Kind::noun_phrase;
    for (++at_; at_ < tokens_.size() && tokens_[at_].text != "}"; ++at_) {
      if (is_structure(tokens_[at_].text)) throw LineError("only words and synsets go in {...}");
      Element word = simple_element(tokens_[at_]);
      if (word.kind != Element::Kind::word && word.kind != Element::Kind::synset) {
        throw LineError("only words and synsets go in {...}");
      }
      np.children.push_back(std::move(word));
    }
    close("}", np);
    if (np.children.empty()) throw LineError("empty {}");
    return np;
  }

  // "(TO FRONTIER)", "(TO {FRONTIER POST})", "(FROM ^)": the preposition, then its object.
  Element prep_phrase() {
    Element pp;
    pp.kind = Element::Kind::prep_phrase;
    ++at_;
    if (at_ >= tokens_.size() || is_structure(tokens_[at_].text)) {
      throw LineError("(...) starts with its preposition");
    }
    pp.text = std::string(tokens_[at_++].text);
    while (at_ < tokens_.size() && tokens_[at_].text != ")") {
      const Token& t = tokens_[at_];
      if (t.text == "(" || t.text == "*") throw LineError("no '(' or '*' inside (...)");
      pp.children.push_back(element());
    }
    close(")", pp);
    return pp;
  }

  void close(std::string_view bracket, Element& e) {
    if (at_ >= tokens_.size()) throw LineError("missing '" + std::string(bracket) + "'");
    e.joined_to_next = tokens_[at_++].joined_to_next;
  }

  std::vector<Token> tokens_;
  std::size_t at_ = 0;
};

// "- $ VOWED * (TO +) [057]".
PetrarchPattern parse_pattern(std::string_view text) {
  auto parts = petrarch::split_brackets(text.substr(1));
  PetrarchPattern pattern;
  auto code = single_code(parts);
  if (!code) throw LineError("a pattern needs a [code]");
  pattern.code = *code;
  PatternParser(tokenize_pattern(parts.before)).parse(pattern);
  return pattern;
}

// "&MONEY", "&MODALS_" (no plurals for its members).
PetrarchSynset parse_synset_label(std::string_view text, bool& plurals) {
  PetrarchSynset synset;
  plurals = text.back() != '_';
  while (!text.empty() && text.back() == '_') text.remove_suffix(1);
  if (text.size() < 2 || text.find_first_of(" \t[") != std::string_view::npos) {
    throw LineError("a synset label is one word after '&'");
  }
  synset.label = std::string(text);
  return synset;
}

PetrarchSynsetMember parse_synset_member(std::string_view text, bool plurals) {
  text = petrarch::trim(text.substr(1));
  PetrarchSynsetMember member;
  if (text.empty()) throw LineError("'+' without a member");
  if (text.back() == '_') plurals = false;
  member.words = split_words(text);
  for (const auto& w : member.words) {
    bool role = w == "$" || w == "+" || w == "%" || w == "^" || w == "*";
    if (role || w.find_first_of("[]{}()") != std::string::npos) {
      throw LineError("a synset member holds words only, not '" + w + "'");
    }
    if (w[0] == '&' && member.words.size() > 1) {
      throw LineError("a synset in a synset stands alone on its line");
    }
    if (w[0] == '&') plurals = false;
  }
  char last = member.words.back().back();
  if (plurals && ((last >= 'A' && last <= 'Z') || (last >= 'a' && last <= 'z'))) {
    member.plural = member.words;
    member.plural.back() = petrarch::plural(member.plural.back());
  }
  return member;
}

// "x (y . STRIKE) DENY": a source, then either (an inner level) or a target, then the verb.
void parse_transformation_level(const std::vector<std::string_view>& tokens, std::size_t& at,
                                PetrarchTransformation& t) {
  auto take = [&](const char* what) {
    if (at >= tokens.size() || tokens[at] == "(" || tokens[at] == ")") {
      throw LineError(std::string("transformation: expected ") + what);
    }
    return std::string(tokens[at++]);
  };
  t.sources.push_back(take("a source"));
  std::size_t level = t.verbs.size();
  t.verbs.emplace_back();
  if (at < tokens.size() && tokens[at] == "(") {
    ++at;
    parse_transformation_level(tokens, at, t);
    if (at >= tokens.size() || tokens[at] != ")") throw LineError("transformation: missing ')'");
    ++at;
  } else {
    t.target = take("a target");
  }
  t.verbs[level] = take("a verb");
}

std::vector<std::string_view> transformation_tokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    if (petrarch::is_blank(text[i])) {
      ++i;
    } else if (text[i] == '(' || text[i] == ')') {
      tokens.push_back(text.substr(i++, 1));
    } else {
      std::size_t start = i;
      while (i < text.size() && !petrarch::is_blank(text[i]) && text[i] != '(' && text[i] != ')')
        ++i;
      tokens.push_back(text.substr(start, i - start));
    }
  }
  return tokens;
}

// "~ x (x y STRIKE) DENY = x y 141".
PetrarchTransformation parse_transformation(std::string_view text) {
  std::size_t equals = text.find('=');
  if (equals == std::string_view::npos || text.find('=', equals + 1) != std::string_view::npos) {
    throw LineError("a transformation is ~ PATTERN = SOURCE TARGET CODE");
  }
  PetrarchTransformation t;
  auto tokens = transformation_tokens(text.substr(1, equals - 1));
  std::size_t at = 0;
  parse_transformation_level(tokens, at, t);
  if (at != tokens.size())
    throw LineError("transformation: unexpected '" + std::string(tokens[at]) + "'");
  auto result = petrarch::split_blanks(text.substr(equals + 1));
  if (result.size() != 3) throw LineError("a transformation gives SOURCE TARGET CODE after '='");
  t.result_source = std::string(result[0]);
  t.result_target = std::string(result[1]);
  t.result_code = std::string(result[2]);
  return t;
}

class VerbReader {
 public:
  explicit VerbReader(PetrarchVerbDictionary& dict) : dict_(dict) {}

  void line(std::string_view text, int number) {
    number_ = number;
    if (text.substr(0, 3) == "---") return header(text);
    if (text[0] == '&') return synset_label(text);
    if (text[0] == '+' && in_synset_) return synset_member(text);
    in_synset_ = false;
    if (text[0] == '~') {
      dict_.transformations.push_back(parse_transformation(text));
      dict_.transformations.back().line = number;
      return;
    }
    if (skipping_block_) return;
    if (dict_.blocks.empty()) throw LineError("a verb or pattern before the first --- block ---");
    auto& block = dict_.blocks.back();
    if (text[0] == '-') {
      block.patterns.push_back(parse_pattern(text));
      block.patterns.back().line = number;
    } else {
      block.verbs.push_back(parse_verb(text));
      block.verbs.back().line = number;
    }
  }

  // A bad block header leaves out its block; a bad synset label its members.
  void skipped(std::string_view text) {
    if (text.substr(0, 3) == "---") {
      skipping_block_ = true;
      in_synset_ = false;
    } else if (text[0] == '&') {
      in_synset_ = true;
      skipping_synset_ = true;
    }
  }

 private:
  void header(std::string_view text) {
    in_synset_ = false;
    skipping_block_ = false;
    dict_.blocks.push_back(parse_block_header(text));
    dict_.blocks.back().line = number_;
  }

  void synset_label(std::string_view text) {
    in_synset_ = true;
    skipping_synset_ = false;
    PetrarchSynset synset = parse_synset_label(text, synset_plurals_);
    auto [first, fresh] = labels_.emplace(synset.label, number_);
    if (!fresh) {
      throw LineError("synset " + synset.label + " is already defined on line " +
                      std::to_string(first->second));
    }
    synset.line = number_;
    dict_.synsets.push_back(std::move(synset));
  }

  void synset_member(std::string_view text) {
    if (skipping_synset_) return;
    dict_.synsets.back().members.push_back(parse_synset_member(text, synset_plurals_));
    dict_.synsets.back().members.back().line = number_;
  }

  PetrarchVerbDictionary& dict_;
  std::map<std::string, int> labels_;
  int number_ = 0;
  bool in_synset_ = false, synset_plurals_ = true, skipping_synset_ = false;
  bool skipping_block_ = false;
};

void collect_synsets(const std::vector<Element>& elements, std::vector<std::string>& out) {
  for (const auto& e : elements) {
    if (e.kind == Element::Kind::synset) out.push_back(e.text);
    collect_synsets(e.children, out);
  }
}

// The synsets a pattern names; they may be defined anywhere in the file.
std::string first_undefined_synset(const PetrarchPattern& pattern,
                                   const PetrarchVerbDictionary& dict) {
  std::vector<std::string> used;
  collect_synsets(pattern.before_verb, used);
  collect_synsets(pattern.after_verb, used);
  for (const auto& label : used) {
    if (!dict.synset(label)) return label;
  }
  return "";
}

void check_synsets(PetrarchVerbDictionary& dict, const PetrarchLoadOptions& options) {
  auto undefined = [&](int line, const std::string& label) {
    DictionaryError error(dict.file, line, "synset " + label + " is not defined");
    if (options.malformed == MalformedLine::fail) throw error;
    dict.skipped.push_back(error);
    return true;
  };
  for (auto& block : dict.blocks) {
    std::erase_if(block.patterns, [&](const PetrarchPattern& p) {
      std::string label = first_undefined_synset(p, dict);
      return !label.empty() && undefined(p.line, label);
    });
  }
  for (auto& synset : dict.synsets) {
    std::erase_if(synset.members, [&](const PetrarchSynsetMember& m) {
      bool is_reference = m.words.size() == 1 && m.words[0][0] == '&';
      return is_reference && !dict.synset(m.words[0]) && undefined(m.line, m.words[0]);
    });
  }
}

}  // namespace

PetrarchVerbDictionary load_petrarch_verbs(const std::string& path,
                                           const PetrarchLoadOptions& options) {
  PetrarchVerbDictionary dict;
  dict.file = path;
  petrarch::LineReader reader(path);
  VerbReader verbs(dict);
  std::string_view current;
  petrarch::for_each_line(
      reader, options, dict.skipped,
      [&](std::string_view text) {
        current = text;
        verbs.line(text, reader.number());
      },
      [&] { verbs.skipped(current); });
  check_synsets(dict, options);
  return dict;
}

}  // namespace kroniek
