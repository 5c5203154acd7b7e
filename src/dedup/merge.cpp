#include "dedup/merge.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <tuple>

#include "core/date.h"

namespace kroniek {
namespace {

std::optional<DaySpan> reported_days(const Record& r) {
  std::optional<DaySpan> span = day_span(r.date, r.date_end);
  // "the sentence gives no date": the event may be the day before publication.
  if (span && r.date_source == "document") span->first -= std::chrono::days{1};
  return span;
}

bool dates_agree(const Record& a, const Record& b) {
  std::optional<DaySpan> x = reported_days(a), y = reported_days(b);
  if (!x || !y) return !x && !y;
  return x->overlaps(*y);
}

bool places_agree(const std::optional<Location>& a, const std::optional<Location>& b) {
  if (!a || !b) return true;
  if (a->geonameid && b->geonameid) return *a->geonameid == *b->geonameid;
  if (a->country != b->country) return false;
  return a->name == b->name || is_area(*a) || is_area(*b);
}

std::optional<long long> displaced_count(const Record& r) {
  for (const Quantity& q : r.quantities) {
    if (q.kind != "displaced") continue;
    if (q.value) return q.value;
    if (q.min) return q.min;
  }
  return std::nullopt;
}

bool counts_agree(const Record& a, const Record& b) {
  std::optional<long long> x = displaced_count(a), y = displaced_count(b);
  if (!x || !y) return true;
  return std::llabs(*x - *y) * 10 <= std::max(std::llabs(*x), std::llabs(*y));
}

// A CAMEO code without its generic last zero: "190" (use conventional
// military force, unspecified) is the family "19"; "193" stays "193".
std::string family(const std::string& cameo) {
  if (cameo.size() == 3 && cameo.back() == '0') return cameo.substr(0, 2);
  return cameo;
}

// One report's "gevechten" (190) and another's "beschietingen" (193) may be
// the same clash; 193 and 194 (small arms, artillery) are told apart.
bool codes_agree(const std::string& a, const std::string& b) {
  const std::string x = family(a), y = family(b);
  return x.starts_with(y) || y.starts_with(x);
}

bool participants_agree(const Record& a, const Record& b) {
  if (a.type != "displacement") {
    return a.source.code.code == b.source.code.code && a.target.code.code == b.target.code.code &&
           codes_agree(a.cameo, b.cameo);
  }
  const std::string &x = a.source.code.country, &y = b.source.code.country;
  return (x.empty() || y.empty() || x == y) && counts_agree(a, b);
}

std::string codes_of(const Record& r) {
  if (r.type == "displacement") return r.type + "|" + r.modality;
  return r.type + "|" + r.modality + "|" + r.source.code.code + "|" + r.target.code.code + "|" +
         r.root;
}

// The order records are grouped in: by content only, never by input order.
auto content_key(const Record& r) {
  static const std::string kNowhere;
  const std::string& place = r.location ? r.location->name : kNowhere;
  return std::tie(r.type, r.modality, r.source.code.code, r.target.code.code, r.cameo, r.date,
                  r.date_end, place, r.id);
}

// How precisely a record is dated: from its sentence, then from an earlier
// sentence about the same event, then from the document; then the fewest days.
auto date_precision(const Record& r) {
  std::optional<DaySpan> span = day_span(r.date, r.date_end);
  static const std::vector<std::string> kSources = {"text", "context", "document"};
  const auto source_rank =
      std::find(kSources.begin(), kSources.end(), r.date_source) - kSources.begin();
  return std::make_tuple(span ? 0 : 1, source_rank, span ? span->length() : 0);
}

int known_place_precision(const std::optional<Location>& l) {
  return l ? 1 + place_precision(*l) : 0;
}

const Record* most_precisely_dated(const std::vector<const Record*>& group) {
  return *std::min_element(group.begin(), group.end(), [](const Record* a, const Record* b) {
    return date_precision(*a) < date_precision(*b);
  });
}

template <typename Field>
std::optional<Location> most_precise_place(const std::vector<const Record*>& group, Field field) {
  const Record* best =
      *std::max_element(group.begin(), group.end(), [&](const Record* a, const Record* b) {
        return known_place_precision(a->*field) < known_place_precision(b->*field);
      });
  return best->*field;
}

long long size_of(const Quantity& q) { return q.value.value_or(q.min.value_or(q.max.value_or(0))); }

// Counts grow as reports come in: the largest count of each kind stays.
std::vector<Quantity> largest_counts(const std::vector<const Record*>& group) {
  std::map<std::string, Quantity> largest;
  for (const Record* r : group) {
    for (const Quantity& q : r->quantities) {
      auto [it, added] = largest.emplace(q.kind, q);
      if (!added && size_of(q) > size_of(it->second)) it->second = q;
    }
  }
  std::vector<Quantity> out;
  for (auto& [kind, q] : largest) out.push_back(q);
  return out;
}

std::vector<Evidence> all_evidence(const std::vector<const Record*>& group) {
  std::vector<Evidence> out;
  for (const Record* r : group) out.insert(out.end(), r->evidence.begin(), r->evidence.end());
  auto position = [](const Evidence& e) { return std::tie(e.doc, e.start, e.end); };
  std::sort(out.begin(), out.end(),
            [&](const Evidence& a, const Evidence& b) { return position(a) < position(b); });
  out.erase(
      std::unique(out.begin(), out.end(),
                  [&](const Evidence& a, const Evidence& b) { return position(a) == position(b); }),
      out.end());
  return out;
}

// The mention with the most specific CAMEO code: 193 over 190.
const Record* most_specific_code(const std::vector<const Record*>& group) {
  return *std::max_element(group.begin(), group.end(), [](const Record* a, const Record* b) {
    return family(a->cameo).size() < family(b->cameo).size();
  });
}

// The group's first record (the smallest content key) names it; the most
// precise of its mentions give code, date and place.
Record merged(const std::vector<const Record*>& group) {
  Record out = *group.front();
  const Record* coded = most_specific_code(group);
  out.cameo = coded->cameo;
  out.root = coded->root;
  out.quad_class = coded->quad_class;
  out.goldstein = coded->goldstein;
  out.plover = coded->plover;
  out.mentions = 0;
  for (const Record* r : group) {
    out.id = std::min(out.id, r->id);
    out.mentions += r->mentions;
    out.confidence = std::max(out.confidence, r->confidence);
    // A displacement may be told once with who fled and once without.
    if (out.source.code.code.empty() && !r->source.code.code.empty()) out.source = r->source;
  }
  const Record* dated = most_precisely_dated(group);
  out.date = dated->date;
  out.date_end = dated->date_end;
  out.date_text = dated->date_text;
  out.date_source = dated->date_source;
  out.location = most_precise_place(group, &Record::location);
  out.destination = most_precise_place(group, &Record::destination);
  out.quantities = largest_counts(group);
  out.evidence = all_evidence(group);
  return out;
}

}  // namespace

bool same_event(const Record& a, const Record& b) {
  return a.type == b.type && a.modality == b.modality && participants_agree(a, b) &&
         dates_agree(a, b) && places_agree(a.location, b.location) &&
         places_agree(a.destination, b.destination);
}

std::vector<Record> merge_duplicates(std::vector<Record> records) {
  // Records in an order given by their content: same codes together, then by
  // the first day they may have happened on (undated first).
  struct Entry {
    const Record* record;
    std::string codes;
    long first_day, last_day;
  };
  constexpr long kUndated = std::numeric_limits<long>::min();
  std::vector<Entry> entries;
  entries.reserve(records.size());
  for (const Record& r : records) {
    std::optional<DaySpan> days = reported_days(r);
    long first = days ? days->first.time_since_epoch().count() : kUndated;
    long last = days ? days->last.time_since_epoch().count() : kUndated;
    entries.push_back({&r, codes_of(r), first, last});
  }
  auto order = [](const Entry& e) {
    return std::tuple_cat(std::tie(e.codes, e.first_day), content_key(*e.record));
  };
  std::sort(entries.begin(), entries.end(),
            [&](const Entry& a, const Entry& b) { return order(a) < order(b); });
  using Group = std::vector<const Record*>;
  std::vector<Group> groups;
  std::vector<long> group_last_day;
  // The groups a record may still join: same codes, and not over before the
  // record's first day (later records start no earlier, so a group that is
  // over stays over).
  std::vector<std::size_t> open;
  const std::string* codes = nullptr;
  for (const Entry& e : entries) {
    if (!codes || *codes != e.codes) open.clear();
    codes = &e.codes;
    std::erase_if(open, [&](std::size_t g) { return group_last_day[g] < e.first_day; });
    auto joins = [&](std::size_t g) {
      return std::all_of(groups[g].begin(), groups[g].end(),
                         [&](const Record* member) { return same_event(*member, *e.record); });
    };
    auto found = std::find_if(open.begin(), open.end(), joins);
    if (found != open.end()) {
      groups[*found].push_back(e.record);
      group_last_day[*found] = std::max(group_last_day[*found], e.last_day);
    } else {
      open.push_back(groups.size());
      groups.push_back({e.record});
      group_last_day.push_back(e.last_day);
    }
  }
  std::vector<Record> out;
  out.reserve(groups.size());
  for (const Group& group : groups) out.push_back(merged(group));
  // Output in reading order: by the document and place of the first mention.
  auto reading_order = [](const Record& r) {
    return std::tie(r.evidence.front().doc, r.evidence.front().start, r.id);
  };
  std::sort(out.begin(), out.end(),
            [&](const Record& a, const Record& b) { return reading_order(a) < reading_order(b); });
  return out;
}

}  // namespace kroniek
