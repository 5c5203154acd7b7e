#include "code/actors.h"

#include <algorithm>
#include <optional>
#include <set>

#include "core/word_class.h"
#include "lexicon/dictionary_file.h"

namespace kroniek {
namespace {

bool is_country_code(const std::string& code) {
  return code.size() >= 3 && code.rfind("IGO", 0) != 0;
}

// What one dictionary hit contributes before mentions are assembled.
struct Unit {
  ActorKind kind;
  std::string code;  // full code, or the role for agents
  int first, last;
};

std::vector<std::string_view> views_of(const std::vector<std::string>& strings) {
  return {strings.begin(), strings.end()};
}

std::string compose(const std::string& code, const std::string& role) {
  if (role.empty()) return code;
  if (!is_country_code(code)) return code;  // organisations keep their own code
  return code.substr(0, 3) + role;
}

// A hyphenated word the dictionary does not know as a whole: "Assad-regime",
// "NAVO-secretaris-generaal", "Turks-Russische". Known parts combine: actor
// parts give the code, a trailing role noun gives the role.
std::vector<Unit> compound_units(const std::vector<std::string>& parts, int token,
                                 const ActorDictionary& dictionary, const std::string& date) {
  std::vector<Unit> units;
  std::vector<std::string> lower;
  for (const auto& p : parts) lower.push_back(to_lower(p));
  std::optional<std::string> role;
  // The role noun may itself contain hyphens ("secretaris-generaal"): try the longest tail.
  std::size_t head_end = parts.size();
  for (std::size_t split = 1; split < parts.size() && !role; ++split) {
    std::string tail;
    for (std::size_t i = split; i < parts.size(); ++i) tail += (tail.empty() ? "" : "-") + lower[i];
    ActorMatch m = dictionary.longest_match({tail}, {tail}, 0, date);
    if (m.entry && m.entry->kind == ActorKind::agent) {
      role = m.entry->code;
      head_end = split;
    }
  }
  std::vector<Unit> heads;
  const std::vector<std::string_view> part_views = views_of(parts), lower_views = views_of(lower);
  for (std::size_t i = 0; i < head_end; ++i) {
    ActorMatch m = dictionary.longest_match(part_views, lower_views, i, date);
    if (m.entry && m.length == 1 && m.entry->kind != ActorKind::agent) {
      heads.push_back({m.entry->kind, m.entry->code, token, token});
    }
  }
  // "Japan-beleid", "VN-rapport": a name before a common noun is a topic, not
  // an actor; only a role ("Assad-regime") or names alone ("Turks-Russische") are.
  bool only_names = heads.size() == head_end;
  if (!role && !only_names) return units;
  for (Unit& h : heads) {
    if (role && h.kind != ActorKind::adj) {
      h.code = compose(h.code, *role);
      h.kind = ActorKind::name;
    }
    units.push_back(h);
  }
  return units;
}

// Frog splits "M23" into "M" and "23": a name may span two tokens written
// without a space between them. The match, counted in the sentence's tokens.
ActorMatch glued_match(const Sentence& s, const std::vector<std::string_view>& words,
                       std::size_t at, const ActorDictionary& dictionary, const std::string& date) {
  if (at + 1 >= words.size() || s.tokens[at].end != s.tokens[at + 1].start) return {};
  // Most such pairs are a word and its punctuation ("Syrië,"): no entry starts so.
  const std::string first = std::string(words[at]).append(words[at + 1]);
  if (!dictionary.starts_an_entry(first) && !dictionary.starts_an_entry(to_lower(first))) return {};
  std::vector<std::string_view> glued = {first};
  glued.insert(glued.end(), words.begin() + at + 2, words.end());
  std::vector<std::string> lower;
  for (std::string_view w : glued) lower.push_back(to_lower(w));
  ActorMatch m = dictionary.longest_match(glued, views_of(lower), 0, date);
  if (m.entry) m.length += 1;
  return m;
}

std::vector<Unit> find_units(const Sentence& s, const ActorDictionary& dictionary,
                             const std::string& date) {
  std::vector<std::string_view> words, lower;
  for (const Token& t : s.tokens) {
    words.push_back(t.word);
    lower.push_back(t.word_lower);
  }
  std::vector<Unit> units;
  for (std::size_t i = 0; i < words.size();) {
    ActorMatch m = dictionary.longest_match(words, lower, i, date);
    if (!m.entry) m = glued_match(s, words, i, dictionary, date);
    // A role noun used as an adjective is none: "een militair offensief".
    bool adjective = m.entry && m.entry->kind == ActorKind::agent && m.length == 1 &&
                     is_prenominal_adjective(s.tokens[i]);
    if (m.entry && !adjective) {
      units.push_back(
          {m.entry->kind, m.entry->code, static_cast<int>(i), static_cast<int>(i) + m.length - 1});
      i += m.length;
      continue;
    }
    if (words[i].find('-') != std::string_view::npos) {
      for (Unit& u : compound_units(split_trimmed(s.tokens[i].word, '-'), i, dictionary, date)) {
        units.push_back(u);
      }
    }
    ++i;
  }
  return units;
}

// Words that may stand between coordinated adjectives and their role noun:
// "het Syrische en het Turkse leger", "pro-Russische, Oekraïense soldaten".
bool keeps_adjectives_pending(const Token& t) {
  return is_adjective(t) || is_article(t) || is_coordinator(t) || t.word == "," || is_numeral(t);
}

struct Draft {
  std::string code;
  int first, last;
  bool has_country;
};

// Adjectives wait for their role noun; names stand alone.
// The country adjectives waiting for their noun name the country itself when
// the noun is no role: "de Indiase lezing", "een Iraanse aanval".
void adjectives_on_noun(std::vector<Unit>& pending, int noun, std::vector<Draft>& drafts) {
  for (const Unit& adj : pending) drafts.push_back({adj.code, adj.first, noun, true});
  pending.clear();
}

void walk_gap(const Sentence& s, int from, int to, std::vector<Unit>& pending,
              std::vector<Draft>& drafts) {
  for (int t = from; t < to; ++t) {
    if (!pending.empty() && is_common_noun(s.tokens[t])) {
      adjectives_on_noun(pending, t, drafts);
    } else if (!keeps_adjectives_pending(s.tokens[t])) {
      pending.clear();
    }
  }
}

std::vector<Draft> assemble(const Sentence& s, const std::vector<Unit>& units) {
  std::vector<Draft> drafts;
  std::vector<Unit> pending_adjectives;
  int next_token = 0;
  for (const Unit& u : units) {
    walk_gap(s, next_token, u.first, pending_adjectives, drafts);
    next_token = u.last + 1;
    if (u.kind == ActorKind::adj) {
      pending_adjectives.push_back(u);
    } else if (u.kind == ActorKind::place) {
      adjectives_on_noun(pending_adjectives, u.last, drafts);  // "de Oekraïense stad"
    } else if (u.kind == ActorKind::agent) {
      for (const Unit& adj : pending_adjectives) {
        drafts.push_back({compose(adj.code, u.code), adj.first, u.last, true});
      }
      if (pending_adjectives.empty()) drafts.push_back({u.code, u.first, u.last, false});
      pending_adjectives.clear();
    } else {
      pending_adjectives.clear();
      drafts.push_back({u.code, u.first, u.last, true});
    }
  }
  walk_gap(s, next_token, static_cast<int>(s.tokens.size()), pending_adjectives, drafts);
  std::sort(drafts.begin(), drafts.end(),
            [](const Draft& a, const Draft& b) { return a.first < b.first; });
  return drafts;
}

bool only_modifiers_between(const Sentence& s, int from, int to) {
  for (int t = from; t < to; ++t) {
    const Token& tok = s.tokens[t];
    if (!(is_article(tok) || is_adjective(tok) || is_possessive(tok))) return false;
  }
  return true;
}

// "regeringstroepen van de Syrische president Assad": the role noun takes the
// country of the actor after "van", and the mention spans both.
void absorb_van_complements(const Sentence& s, std::vector<Draft>& drafts) {
  for (std::size_t i = 0; i + 1 < drafts.size(); ++i) {
    Draft& agent = drafts[i];
    const Draft& owner = drafts[i + 1];
    int van = agent.last + 1;
    if (agent.has_country || van >= static_cast<int>(s.tokens.size())) continue;
    if (s.tokens[van].word_lower != "van" || !owner.has_country) continue;
    if (!only_modifiers_between(s, van + 1, owner.first)) continue;
    agent.code = compose(owner.code, agent.code);
    agent.has_country = true;
    agent.last = owner.last;
    drafts.erase(drafts.begin() + i + 1);
  }
}

// "een alliantie van rebellengroepen", "een woordvoerder van de Houthi's",
// "vertegenwoordigers van de VS": a group or voice of an actor is that actor.
void absorb_collectives(const Sentence& s, std::vector<Draft>& drafts) {
  static const std::set<std::string> kCollectives = {"alliantie",
                                                     "coalitie",
                                                     "groep",
                                                     "groepen",
                                                     "leden",
                                                     "lid",
                                                     "eenheid",
                                                     "eenheden",
                                                     "woordvoerder",
                                                     "woordvoerster",
                                                     "vertegenwoordiger",
                                                     "vertegenwoordigers",
                                                     "leiding"};
  for (Draft& d : drafts) {
    int van = d.first - 1;
    while (van > 0 && (is_article(s.tokens[van]) || is_adjective(s.tokens[van]))) --van;
    if (van < 1 || s.tokens[van].word_lower != "van") continue;
    if (!kCollectives.count(s.tokens[van - 1].word_lower)) continue;
    int first = van - 1;
    while (first > 0 && (is_article(s.tokens[first - 1]) || is_adjective(s.tokens[first - 1]) ||
                         is_numeral(s.tokens[first - 1]))) {
      --first;
    }
    d.first = first;
  }
}

// "de Syrische president Assad", "NAVO-secretaris-generaal Jens Stoltenberg":
// adjacent mentions of one country or organisation name one actor ("Russische
// troepen Oekraïense soldaten" are two).
bool is_apposition(const Draft& a, const Draft& b) {
  if (b.first != a.last + 1 || !b.has_country) return false;
  return !a.has_country || a.code.substr(0, 3) == b.code.substr(0, 3);
}

void merge_appositions(std::vector<Draft>& drafts) {
  for (std::size_t i = 0; i + 1 < drafts.size();) {
    Draft& a = drafts[i];
    const Draft& b = drafts[i + 1];
    if (!is_apposition(a, b)) {
      ++i;
      continue;
    }
    if (!a.has_country) a.code = compose(b.code, a.code);
    // "de Turkse hoofdstad Ankara": the capital says more than the country.
    if (a.code.size() == 3 && b.code.rfind(a.code, 0) == 0) a.code = b.code;
    a.has_country = true;
    a.last = b.last;
    drafts.erase(drafts.begin() + i + 1);
  }
}

// "beide landen", "de twee leiders": both sides of what was just told; the
// coder knows who they are (code kBothSides).
void add_both_sides(const Sentence& s, std::vector<Draft>& drafts) {
  for (std::size_t i = 0; i + 1 < s.tokens.size(); ++i) {
    const std::string& w = s.tokens[i].word_lower;
    bool both = w == "beide" || (w == "twee" && i > 0 && s.tokens[i - 1].word_lower == "de");
    if (!both) continue;
    std::size_t noun = i + 1;
    while (noun < s.tokens.size() && is_adjective(s.tokens[noun])) ++noun;
    if (noun >= s.tokens.size() || !is_plural_noun(s.tokens[noun])) continue;
    int first = static_cast<int>(w == "twee" ? i - 1 : i), last = static_cast<int>(noun);
    std::erase_if(drafts, [&](const Draft& d) { return d.first >= first && d.last <= last; });
    drafts.push_back({kBothSides, first, last, false});
  }
  std::sort(drafts.begin(), drafts.end(),
            [](const Draft& a, const Draft& b) { return a.first < b.first; });
}

// "het land", "zijn land": the country the text is about, or the possessor's;
// the coder knows which (a mention without country or role).
void add_the_country(const Sentence& s, std::vector<Draft>& drafts) {
  for (std::size_t i = 0; i + 1 < s.tokens.size(); ++i) {
    const std::string& w = s.tokens[i].word_lower;
    bool determiner = w == "het" || is_possessive(s.tokens[i]);
    if (!determiner || s.tokens[i + 1].word_lower != "land") continue;
    int at = static_cast<int>(i + 1);
    bool taken = std::any_of(drafts.begin(), drafts.end(),
                             [&](const Draft& d) { return d.first <= at && at <= d.last; });
    if (!taken) drafts.push_back({"", at, at, false});
  }
  std::sort(drafts.begin(), drafts.end(),
            [](const Draft& a, const Draft& b) { return a.first < b.first; });
}

}  // namespace

bool names_a_country(const ActorCode& a) {
  return a.country.size() == 3 && a.country != "IGO" && a.country != "IMG" && a.country != "NGO";
}

bool has_country(const std::vector<ActorMention>& actors, const std::string& country) {
  return std::any_of(actors.begin(), actors.end(),
                     [&](const ActorMention& m) { return m.actor.country == country; });
}

ActorCode make_actor_code(const std::string& code) {
  if (code.rfind("IGO", 0) == 0) return {code, "IGO", ""};
  ActorCode a{code, code.substr(0, std::min<std::size_t>(3, code.size())), ""};
  if (code.size() >= 6) a.role = code.substr(3, 3);
  return a;
}

std::vector<ActorMention> find_actor_mentions(const Sentence& sentence,
                                              const ActorDictionary& dictionary,
                                              const std::string& date, const std::string& text) {
  std::vector<Draft> drafts = assemble(sentence, find_units(sentence, dictionary, date));
  merge_appositions(drafts);
  absorb_van_complements(sentence, drafts);
  merge_appositions(drafts);
  absorb_collectives(sentence, drafts);
  add_both_sides(sentence, drafts);
  add_the_country(sentence, drafts);
  std::vector<ActorMention> mentions;
  for (const Draft& d : drafts) {
    // "de rebellen" alone: a role without a country; the coder may know whose.
    ActorCode code = d.has_country ? make_actor_code(d.code) : ActorCode{d.code, "", d.code};
    mentions.push_back({code, d.first, d.last, span_text(sentence, d.first, d.last, text)});
  }
  return mentions;
}

void add_place_actors(const Sentence& sentence, const std::string& text,
                      const std::vector<PlaceMention>& places,
                      std::vector<ActorMention>& mentions) {
  for (const PlaceMention& place : places) {
    const Location& where = place.location;
    if (where.feature == "country" || where.country.empty()) continue;  // countries are named
    bool covered = std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
      return m.first <= place.last && place.first <= m.last;
    });
    if (covered) continue;
    ActorMention mention{make_actor_code(where.country), place.first, place.last,
                         span_text(sentence, place.first, place.last, text)};
    auto after = std::find_if(mentions.begin(), mentions.end(),
                              [&](const ActorMention& m) { return m.first > place.first; });
    mentions.insert(after, mention);
  }
}

}  // namespace kroniek
