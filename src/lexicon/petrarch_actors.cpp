#include "lexicon/petrarch_actors.h"

#include <map>

namespace kroniek {

using petrarch::LineError;

bool PetrarchDatedCode::holds_on(std::string_view date) const {
  return (from.empty() || from <= date) && (to.empty() || date <= to);
}

std::string PetrarchActor::code_on(std::string_view date) const {
  for (const auto& c : codes) {
    if (c.dated() && c.holds_on(date)) return c.code;
  }
  for (const auto& c : codes) {
    if (!c.dated()) return c.code;
  }
  return "---";
}

std::size_t PetrarchActorDictionary::phrase_count() const {
  std::size_t n = 0;
  for (const auto& a : actors) n += 1 + a.synonyms.size();
  return n;
}

std::size_t PetrarchAgentDictionary::phrase_count() const {
  std::size_t n = 0;
  for (const auto& a : agents) n += a.forms.size();
  return n;
}

namespace {

// "IRQGOV >20030501", "USAGOV 20010120-20090120", "FRDGOV < 330101", "FRD".
PetrarchDatedCode parse_dated_code(std::string_view inside) {
  PetrarchDatedCode out;
  std::size_t blank = inside.find_first_of(" \t");
  std::string_view code = inside.substr(0, blank);
  if (code.empty()) throw LineError("empty code []");
  if (code.find_first_of("<>") != std::string_view::npos) {
    throw LineError("no blank between the code and the date in [" + std::string(inside) + "]");
  }
  out.code = std::string(code);
  std::string_view when =
      blank == std::string_view::npos ? std::string_view() : petrarch::trim(inside.substr(blank));
  if (when.empty()) return out;
  if (when[0] == '<') {
    out.to = petrarch::parse_date(petrarch::trim(when.substr(1)));
  } else if (when[0] == '>') {
    out.from = petrarch::parse_date(petrarch::trim(when.substr(1)));
  } else if (std::size_t dash = when.find('-'); dash != std::string_view::npos) {
    out.from = petrarch::parse_date(petrarch::trim(when.substr(0, dash)));
    out.to = petrarch::parse_date(petrarch::trim(when.substr(dash + 1)));
    if (out.to < out.from) {
      throw LineError("date range in [" + std::string(inside) + "] ends before it begins");
    }
  } else {
    out.from = petrarch::parse_date(when);  // a bare date: from that day on
  }
  return out;
}

std::vector<PetrarchDatedCode> parse_codes(const petrarch::Bracketed& line) {
  if (!line.after.empty()) {
    throw LineError("text after the codes: '" + std::string(line.after) +
                    "' (comments start with '#')");
  }
  std::vector<PetrarchDatedCode> codes;
  for (std::string_view inside : line.codes) codes.push_back(parse_dated_code(inside));
  return codes;
}

// The text after a line's '+'. "+FREEDONIAN_ +FREEDONIANS_": a '+' after a blank starts another.
std::vector<PetrarchPhrase> parse_synonyms(std::string_view text) {
  if (text.find('[') != std::string_view::npos) {
    throw LineError("a synonym takes its entry's codes: put the code on a line of its own");
  }
  std::vector<PetrarchPhrase> synonyms;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    bool boundary =
        i == text.size() || (i > 0 && text[i] == '+' && petrarch::is_blank(text[i - 1]));
    if (!boundary) continue;
    std::string_view piece = petrarch::trim(text.substr(start, i - start));
    if (piece.empty()) throw LineError("'+' without a synonym");
    synonyms.push_back(petrarch::parse_phrase(piece));
    start = i + 1;
  }
  return synonyms;
}

class ActorReader {
 public:
  explicit ActorReader(PetrarchActorDictionary& dict) : dict_(dict) {}

  void line(std::string_view text, int number) {
    if (text[0] == '+' || text[0] == '[') {
      if (!skipping_entry_) add_to_entry(text);
      return;
    }
    skipping_entry_ = false;
    auto parts = petrarch::split_brackets(text);
    PetrarchActor actor;
    actor.name = petrarch::parse_phrase(parts.before);
    actor.codes = parse_codes(parts);
    actor.line = number;
    dict_.actors.push_back(std::move(actor));
  }

  // A bad name line leaves out its whole entry; a bad synonym or code line only itself,
  // unless it was the entry's name that failed.
  void skipped(std::string_view text) {
    if (text[0] != '+' && text[0] != '[') skipping_entry_ = true;
  }

 private:
  // A synonym line ("+...") or a code line ("[...]") of the entry read last.
  void add_to_entry(std::string_view text) {
    if (dict_.actors.empty()) throw LineError("a synonym or code before the first actor");
    auto& actor = dict_.actors.back();
    if (text[0] == '+') {
      for (auto& s : parse_synonyms(text.substr(1))) actor.synonyms.push_back(std::move(s));
    } else {
      for (auto& c : parse_codes(petrarch::split_brackets(text))) actor.codes.push_back(c);
    }
  }

  PetrarchActorDictionary& dict_;
  bool skipping_entry_ = false;
};

// Substitution sets: "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON".
using SubstitutionSets = std::map<std::string, std::vector<std::string>, std::less<>>;

void define_substitution(std::string_view text, SubstitutionSets& sets) {
  std::size_t close = text.find('!', 1);
  std::size_t equals = text.find('=');
  if (close == std::string_view::npos || close > equals || close == 1) {
    throw LineError("a substitution set is written !NAME! = A, B, C");
  }
  std::vector<std::string> items;
  std::string_view rest = text.substr(equals + 1);
  while (true) {
    std::size_t comma = rest.find(',');
    std::string_view item = petrarch::trim(rest.substr(0, comma));
    if (item.empty()) throw LineError("empty item in the substitution set");
    // An item with a marker of its own could fill itself in without end.
    if (item.find('!') != std::string_view::npos) {
      throw LineError("a substitution item cannot hold '!'");
    }
    items.emplace_back(item);
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 1);
  }
  sets[std::string(text.substr(1, close - 1))] = std::move(items);
}

// More forms than any agent has: a phrase with many markers would otherwise
// multiply out into millions.
constexpr std::size_t kMaxAgentForms = 1000;

// Every way of filling in the markers: "CONGRESS!PERSON!" -> "CONGRESSMAN", ...
void expand_markers(const std::string& text, const SubstitutionSets& sets,
                    std::vector<std::string>& out) {
  if (out.size() >= kMaxAgentForms) {
    throw LineError("more than " + std::to_string(kMaxAgentForms) + " forms from substitutions");
  }
  std::size_t open = text.find('!');
  if (open == std::string::npos) {
    out.push_back(text);
    return;
  }
  std::size_t close = text.find('!', open + 1);
  if (close == std::string::npos) throw LineError("substitution marker without its closing '!'");
  auto set = sets.find(std::string_view(text).substr(open + 1, close - open - 1));
  if (set == sets.end()) {
    throw LineError("unknown substitution set " + text.substr(open, close - open + 1));
  }
  for (const auto& item : set->second) {
    expand_markers(text.substr(0, open) + item + text.substr(close + 1), sets, out);
  }
}

// "~GOV" or "NGO~", blanks allowed around it.
void parse_agent_code(std::string_view inside, PetrarchAgent& agent) {
  std::string code;
  for (char c : inside) {
    if (!petrarch::is_blank(c)) code += c;
  }
  std::size_t tilde = code.find('~');
  bool one_tilde = tilde != std::string::npos && code.find('~', tilde + 1) == std::string::npos;
  if (!one_tilde || (tilde != 0 && tilde != code.size() - 1) || code.size() < 2) {
    throw LineError("an agent code is [~CODE] or [CODE~], not [" + std::string(inside) + "]");
  }
  agent.before_actor = tilde != 0;
  agent.code = agent.before_actor ? code.substr(0, code.size() - 1) : code.substr(1);
}

bool ends_in_letter(const PetrarchPhrase& phrase) {
  char last = phrase.words.back().back();
  return (last >= 'A' && last <= 'Z') || (last >= 'a' && last <= 'z');
}

// "CHIEF_OF_STAFF {CHIEFS_OF_STAFF}": the phrase, and the plural given in braces.
struct AgentPhrase {
  std::string_view singular, plural;
  bool plural_given = false;
};

AgentPhrase split_plural(std::string_view phrase) {
  std::size_t brace = phrase.find('{');
  if (brace == std::string_view::npos) return {phrase, {}, false};
  std::size_t close = phrase.find('}', brace);
  if (close == std::string_view::npos) throw LineError("'{' without '}'");
  if (!petrarch::trim(phrase.substr(close + 1)).empty()) throw LineError("text after {...}");
  return {phrase.substr(0, brace), petrarch::trim(phrase.substr(brace + 1, close - brace - 1)),
          true};
}

PetrarchAgent parse_agent(std::string_view text, const SubstitutionSets& sets) {
  auto parts = petrarch::split_brackets(text);
  if (parts.codes.empty()) throw LineError("an agent needs a [~CODE]");
  if (parts.codes.size() > 1) throw LineError("an agent has one code");
  if (!parts.after.empty()) {
    throw LineError("text after the code: '" + std::string(parts.after) + "'");
  }
  PetrarchAgent agent;
  parse_agent_code(parts.codes[0], agent);
  AgentPhrase phrase = split_plural(parts.before);
  std::vector<std::string> texts;
  expand_markers(std::string(phrase.singular), sets, texts);
  if (!phrase.plural.empty()) expand_markers(std::string(phrase.plural), sets, texts);
  for (const auto& t : texts) agent.forms.push_back(petrarch::parse_phrase(t));
  bool has_marker = phrase.singular.find('!') != std::string_view::npos;
  if (!phrase.plural_given && !has_marker && ends_in_letter(agent.forms[0])) {
    PetrarchPhrase plural = agent.forms[0];
    plural.words.back() = petrarch::plural(plural.words.back());
    agent.forms.push_back(std::move(plural));
  }
  return agent;
}

}  // namespace

PetrarchActorDictionary load_petrarch_actors(const std::string& path,
                                             const PetrarchLoadOptions& options) {
  PetrarchActorDictionary dict;
  dict.file = path;
  petrarch::LineReader reader(path);
  ActorReader actors(dict);
  std::string_view current;
  petrarch::for_each_line(
      reader, options, dict.skipped,
      [&](std::string_view text) {
        current = text;
        actors.line(text, reader.number());
      },
      [&] { actors.skipped(current); });
  return dict;
}

PetrarchAgentDictionary load_petrarch_agents(const std::string& path,
                                             const PetrarchLoadOptions& options) {
  PetrarchAgentDictionary dict;
  dict.file = path;
  petrarch::LineReader reader(path);
  SubstitutionSets sets;
  petrarch::for_each_line(
      reader, options, dict.skipped,
      [&](std::string_view text) {
        if (text[0] == '!' && text.find('=') != std::string_view::npos) {
          define_substitution(text, sets);
          return;
        }
        PetrarchAgent agent = parse_agent(text, sets);
        agent.line = reader.number();
        dict.agents.push_back(std::move(agent));
      },
      [] {});
  return dict;
}

}  // namespace kroniek
