#include "resolve/resolve.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "code/places.h"
#include "core/word_class.h"
#include "resolve/dates.h"
#include "resolve/quantities.h"

namespace kroniek {
namespace {

using Places = std::vector<PlaceMention>;

const std::set<std::string> kLocative = {
    "in",      "bij",    "rond", "rondom", "nabij",  "vlakbij",   "buiten", "binnen",
    "op",      "te",     "aan",  "langs",  "boven",  "at",        "near",   "around",
    "outside", "inside", "on",   "across", "within", "throughout"};
// A country is where an event happened only when the text says "in" it:
// "wapens aan Oekraïne" is a delivery to Ukraine, not one in it.
const std::set<std::string> kInsideArea = {"in",     "binnen", "boven",     "inside",
                                           "within", "across", "throughout"};
const std::set<std::string> kOrigin = {"uit", "vanuit", "van", "from", "out"};
const std::set<std::string> kDestination = {"naar", "richting", "to", "towards", "toward", "into"};

bool in_span(const PlaceMention& p, int first, int last) {
  return p.first >= first && p.last <= last;
}

// The most specific place that `fits`, first in the text among equals.
template <typename Fits>
const PlaceMention* best_place(const Places& places, Fits fits) {
  const PlaceMention* best = nullptr;
  for (const PlaceMention& p : places) {
    if (!fits(p)) continue;
    if (!best || place_precision(p.location) > place_precision(best->location)) best = &p;
  }
  return best;
}

bool locative(const PlaceMention& p) {
  const std::set<std::string>& allowed = p.location.feature == "country" ? kInsideArea : kLocative;
  return allowed.count(p.preposition) > 0;
}

// Material events and meetings happen where a bare city is named ("verliet
// Ankara", "bombardeerde Gaza"); statements about a capital do not.
bool takes_bare_place(const Record& r) {
  return r.quad_class == 2 || r.quad_class == 4 || r.root == "04";
}

// "Daar", "there", and "er" unless a later preposition makes it part of a
// pronominal adverb ("drong er … op aan").
bool points_back(const Sentence& s, const Record& r) {
  int first = std::max(r.clause_first, 0);
  int last = r.clause_last < 0 ? static_cast<int>(s.tokens.size()) - 1 : r.clause_last;
  for (int i = first; i <= last; ++i) {
    const std::string& word = s.tokens[i].word_lower;
    if (word == "daar" || word == "there") return true;
    if (word != "er") continue;
    bool stranded = false;
    for (int j = i + 1; j <= last; ++j) stranded |= is_particle(s.tokens[j]);
    if (!stranded) return true;
  }
  return false;
}

// Whether the event is still to come: future or intended, or told in the
// present tense without a participle, as news tells what is scheduled ("De
// minister bezoekt vrijdag Kyiv", "The minister visits Kyiv on Friday"). A
// past tense or a perfect ("heeft … aangevallen") tells what happened.
bool told_as_to_come(const Sentence& s, const Record& r) {
  if (r.modality == "future") return true;
  if (r.clause_first < 0 || r.clause_last < 0) return false;
  bool present = false;
  for (int i = r.clause_first; i <= r.clause_last; ++i) {
    const Token& t = s.tokens[i];
    if (is_past_finite(t) || is_participle(t)) return false;
    present = present || is_present_finite(t);
  }
  return present;
}

class DocumentResolver {
 public:
  DocumentResolver(const Document& doc, const AnalyzedDocument& analysis, const Gazetteer* gaz)
      : doc_(doc), analysis_(analysis) {
    if (gaz) candidates_.emplace(*gaz);
  }

  void resolve(std::vector<Record>& records) {
    find_all_places(records);
    for (Record& r : records) {
      date(r);
      place(r);
    }
    share_with_antecedents(records);
    attach_counts(records);
    for (Record& r : records) fill_who_fled(r);
  }

  // "Bij de aanval vielen vier doden": an event a definite noun refers back
  // to happened when and where the earlier sentence says.
  static void share_with_antecedents(std::vector<Record>& records) {
    for (Record& r : records) {
      if (r.antecedent < 0) continue;
      const Record* earlier = nullptr;
      for (const Record& e : records) {
        if (static_cast<int>(e.evidence.front().sentence) != r.antecedent) continue;
        bool same_parties =
            e.source.code.code == r.source.code.code && e.target.code.code == r.target.code.code;
        if (!earlier || same_parties) earlier = &e;
        if (same_parties) break;
      }
      if (!earlier) continue;
      if (r.date_source == "document" && earlier->date_source == "text") {
        r.date = earlier->date;
        r.date_end = earlier->date_end;
        r.date_text = earlier->date_text;
        r.date_source = "context";
      }
      if (!r.location) r.location = earlier->location;
    }
  }

 private:
  const Sentence& sentence_of(const Record& r) const {
    return analysis_.sentences[r.evidence.front().sentence];
  }

  void date(Record& r) {
    const Sentence& s = sentence_of(r);
    auto dates = dates_.try_emplace(s.index, s, doc_.text, doc_.date, doc_.lang).first;
    EventDate d =
        dates->second.date_event(r.trigger, r.clause_first, r.clause_last, told_as_to_come(s, r));
    r.date = d.date;
    r.date_end = d.date_end;
    r.date_text = d.text;
    r.date_source = d.source;
  }

  // Countries the records name, and those the text names as places, make a
  // shared place name resolve to the one in the story.
  std::set<std::string> document_countries(const std::vector<Record>& records) {
    std::set<std::string> countries;
    for (const Record& r : records) {
      for (const std::string& c : {r.source.code.country, r.target.code.country}) {
        if (!c.empty()) countries.insert(c);
      }
    }
    for (const Sentence& s : analysis_.sentences) {
      for (const PlaceMention& p : find_places(s, doc_.text, *candidates_, countries)) {
        if (p.location.feature == "country") countries.insert(p.location.country);
      }
    }
    return countries;
  }

  void find_all_places(const std::vector<Record>& records) {
    places_.assign(analysis_.sentences.size(), {});
    if (!candidates_) return;
    std::set<std::string> countries = document_countries(records);
    for (const Sentence& s : analysis_.sentences) {
      places_[s.index] = find_places(s, doc_.text, *candidates_, countries);
    }
  }

  // The last place an earlier sentence named: what "daar" points back to.
  const PlaceMention* last_place_before(std::size_t sentence) const {
    for (std::size_t k = sentence; k-- > 0;) {
      if (!places_[k].empty()) return &places_[k].back();
    }
    return nullptr;
  }

  void place(Record& r) const {
    const Sentence& s = sentence_of(r);
    const Places& here = places_[s.index];
    const PlaceMention* found = nullptr;
    if (r.type == "displacement") {
      auto to = [&](const PlaceMention& p) { return kDestination.count(p.preposition) > 0; };
      auto from = [&](const PlaceMention& p) { return kOrigin.count(p.preposition) > 0; };
      if (const PlaceMention* d = best_place(here, to)) r.destination = d->location;
      found = best_place(here, from);
    }
    if (!found) found = event_place(r, s, here);
    if (!found && points_back(s, r)) found = last_place_before(s.index);
    if (found) r.location = found->location;
  }

  const PlaceMention* event_place(const Record& r, const Sentence& s, const Places& here) const {
    auto in_clause = [&](const PlaceMention& p) {
      return in_span(p, r.clause_first, r.clause_last);
    };
    if (auto p =
            best_place(here, [&](const PlaceMention& p) { return in_clause(p) && locative(p); }))
      return p;
    if (takes_bare_place(r)) {
      auto bare_place = [&](const PlaceMention& p) {
        if (!in_clause(p) || !p.preposition.empty()) return false;
        if (p.location.feature == "country") return false;  // "beschoot Israël": the target
        // "Ankara steunt de rebellen": the capital is the actor, not the place.
        return r.source.text.find(span_text(s, p.first, p.last, doc_.text)) == std::string::npos;
      };
      if (auto p = best_place(here, bare_place)) return p;
      // Where the fighting was may be told in another clause of the sentence.
      return best_place(here, locative);
    }
    return nullptr;
  }

  // A displacement that does not say who fled: the people of where they fled from.
  static void fill_who_fled(Record& r) {
    if (r.type != "displacement" || !r.source.code.code.empty() || !r.location) return;
    if (r.location->country.empty()) return;
    r.source.code = {r.location->country, r.location->country, ""};
  }

  static bool takes_count(const Record& r, const std::string& kind) {
    if (kind == "displaced") return r.type == "displacement";
    if (r.type != "event") return false;
    if (kind == "killed" || kind == "wounded") return r.root >= "18" && r.root <= "20";
    return r.root == "17" || r.root == "18";  // arrested, detained
  }

  void attach_counts(std::vector<Record>& records) const {
    std::map<std::size_t, std::vector<Record*>> by_sentence;
    for (Record& r : records) by_sentence[r.evidence.front().sentence].push_back(&r);
    std::vector<bool> has_records(analysis_.sentences.size() + 1, false);
    for (const auto& [sentence, in_it] : by_sentence) has_records[sentence] = true;
    for (const Sentence& s : analysis_.sentences) {
      // A count goes to the records of its own sentence or the one before.
      if (!has_records[s.index] && (s.index == 0 || !has_records[s.index - 1])) continue;
      for (const QuantityMention& q : find_quantities(s, doc_.text, doc_.lang)) {
        std::vector<Record*> takers = takers_of(q, s.index, by_sentence);
        for (Record* r : takers) r->quantities.push_back(q.quantity);
      }
    }
  }

  // The records a count belongs to: those of its own clause, else of its
  // sentence, else of the sentence before.
  static std::vector<Record*> takers_of(const QuantityMention& q, std::size_t sentence,
                                        std::map<std::size_t, std::vector<Record*>>& by_sentence) {
    auto fitting = [&](std::size_t k, bool same_clause) {
      std::vector<Record*> out;
      for (Record* r : by_sentence[k]) {
        if (!takes_count(*r, q.quantity.kind)) continue;
        if (same_clause && !(q.first >= r->clause_first && q.last <= r->clause_last)) continue;
        out.push_back(r);
      }
      return out;
    };
    if (auto own = fitting(sentence, true); !own.empty()) return own;
    if (auto near = fitting(sentence, false); !near.empty()) return near;
    if (sentence > 0) return fitting(sentence - 1, false);
    return {};
  }

  const Document& doc_;
  const AnalyzedDocument& analysis_;
  std::optional<PlaceCandidates> candidates_;  // with a gazetteer: its names, looked up once
  std::vector<Places> places_;
  std::map<std::size_t, SentenceDates> dates_;  // by sentence, for the records in it
};

}  // namespace

void resolve_records(const Document& document, const AnalyzedDocument& analysis,
                     const Gazetteer* gazetteer, std::vector<Record>& records) {
  DocumentResolver(document, analysis, gazetteer).resolve(records);
}

}  // namespace kroniek
