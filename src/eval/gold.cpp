#include "eval/gold.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "lexicon/dictionary_file.h"

namespace kroniek {
namespace {

using nlohmann::json;

std::vector<std::string> one_or_many(const json& value) {
  if (value.is_array()) return value.get<std::vector<std::string>>();
  return {value.get<std::string>()};
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

std::vector<GoldEvent> directed_events(const json& entry) {
  GoldEvent g;
  g.evidence = entry.at("evidence");
  g.source = entry.at("source");
  g.targets = one_or_many(entry.at("target"));
  g.roots = entry.at("roots").get<std::vector<std::string>>();
  g.source_role = entry.value("source_role", "");
  g.target_role = entry.value("target_role", "");
  g.date = entry.value("date", "");
  g.date_end = entry.value("date_end", "");
  g.location_name = entry.value("location_name", "");
  g.location_country = entry.value("location_country", "");
  g.killed_min = entry.value("killed_min", 0LL);
  std::vector<GoldEvent> out = {g};
  if (entry.value("both_directions", false)) {
    GoldEvent back = g;
    back.source = g.targets.front();
    back.targets = {g.source};
    std::swap(back.source_role, back.target_role);
    out.push_back(back);
  }
  return out;
}

std::vector<GoldNegative> negatives(const json& doc, const char* key) {
  std::vector<GoldNegative> out;
  if (!doc.contains(key)) return out;
  for (const json& entry : doc[key]) {
    GoldNegative n{entry.at("evidence"), entry.value("why", ""), {}};
    if (entry.contains("roots")) n.roots = entry["roots"].get<std::vector<std::string>>();
    out.push_back(n);
  }
  return out;
}

std::vector<GoldDisplacement> displacements(const json& doc) {
  std::vector<GoldDisplacement> out;
  if (!doc.contains("displacement")) return out;
  for (const json& entry : doc["displacement"]) {
    GoldDisplacement d;
    d.evidence = one_or_many(entry.at("evidence"));
    d.source = entry.value("source", "");
    d.displaced = entry.value("displaced", 0LL);
    d.one_record = entry.value("one_record", false);
    d.destination_country = entry.value("destination_country", "");
    out.push_back(d);
  }
  return out;
}

// NAME.gold.json -> NAME.<lang>.txt (any language) or NAME.txt.
void find_text(GoldDocument& gold) {
  namespace fs = std::filesystem;
  fs::path path(gold.gold_path);
  std::string stem = path.filename().string();
  stem = stem.substr(0, stem.size() - std::string(".gold.json").size());
  gold.id = stem;
  gold.lang = "nl";
  for (const char* lang : {"nl", "en"}) {
    fs::path candidate = path.parent_path() / (stem + "." + lang + ".txt");
    if (fs::exists(candidate)) {
      gold.text_path = candidate.string();
      gold.lang = lang;
      return;
    }
  }
  fs::path plain = path.parent_path() / (stem + ".txt");
  if (!fs::exists(plain)) throw std::runtime_error(gold.gold_path + ": no text file beside it");
  gold.text_path = plain.string();
}

bool record_in_sentence(const Record& r, const std::string& evidence) {
  return std::any_of(r.evidence.begin(), r.evidence.end(),
                     [&](const Evidence& e) { return e.text.find(evidence) != std::string::npos; });
}

std::string describe(const Record& r) {
  std::string text = r.evidence.empty() ? "" : r.evidence.front().text;
  return r.source.code.code + " -> " + r.target.code.code + " [" + r.cameo + "] \"" + text + "\"";
}

// Says so when the gold file explains why a record must not be asserted.
std::string why_wrong(const GoldDocument& gold, const Record& r) {
  for (const GoldNegative& n : gold.must_not_assert) {
    if (record_in_sentence(r, n.evidence) && (n.roots.empty() || contains(n.roots, r.root))) {
      return " (must not be asserted: " + n.why + ")";
    }
  }
  return "";
}

bool date_right(const Record& r, const std::string& gold) {
  return r.date == gold || r.date.rfind(gold + "-", 0) == 0;
}

bool has_killed(const Record& r, long long at_least) {
  return std::any_of(r.quantities.begin(), r.quantities.end(), [&](const Quantity& q) {
    return q.kind == "killed" && std::max(q.value.value_or(0), q.min.value_or(0)) >= at_least;
  });
}

bool same_name(const std::string& a, const std::string& b) { return to_lower(a) == to_lower(b); }

// Each attribute the gold event asks for, with whether a record has it right.
std::vector<std::pair<std::string, bool>> attribute_checks(const GoldEvent& g,
                                                           const std::vector<const Record*>& hits) {
  auto any = [&](auto right) { return std::any_of(hits.begin(), hits.end(), right); };
  std::vector<std::pair<std::string, bool>> checks;
  if (!g.date.empty()) {
    checks.push_back(
        {"date " + g.date, any([&](const Record* r) { return date_right(*r, g.date); })});
  }
  if (!g.date_end.empty()) {
    checks.push_back({"date_end " + g.date_end,
                      any([&](const Record* r) { return r->date_end == g.date_end; })});
  }
  if (!g.location_name.empty()) {
    checks.push_back({"place " + g.location_name, any([&](const Record* r) {
                        return r->location && same_name(r->location->name, g.location_name);
                      })});
  }
  if (!g.location_country.empty()) {
    checks.push_back({"place country " + g.location_country, any([&](const Record* r) {
                        return r->location && r->location->country == g.location_country;
                      })});
  }
  if (g.killed_min > 0) {
    checks.push_back({"killed >= " + std::to_string(g.killed_min),
                      any([&](const Record* r) { return has_killed(*r, g.killed_min); })});
  }
  return checks;
}

}  // namespace

static void score_attributes(const GoldDocument& gold, const std::vector<const Record*>& asserted,
                             bool roles, Score& score) {
  for (const GoldEvent& g : gold.must_find) {
    std::vector<const Record*> hits;
    for (const Record* r : asserted) {
      if (matches(*r, g, roles)) hits.push_back(r);
    }
    if (hits.empty()) continue;  // a miss, counted in recall
    for (const auto& [what, right] : attribute_checks(g, hits)) {
      ++score.attributes_expected;
      if (right) {
        ++score.attributes_right;
      } else {
        score.attribute_misses.push_back(gold.id + ": " + what + " for " + g.describe());
      }
    }
  }
}

// A reason the displacement records do not tell the gold one, or "".
static std::string displacement_problem(const GoldDisplacement& d,
                                        const std::vector<const Record*>& told) {
  if (told.empty()) return "no displacement record";
  if (d.one_record && told.size() > 1) return std::to_string(told.size()) + " records, not one";
  const Record& r = *told.front();
  if (!d.source.empty() && r.source.code.country != d.source) {
    return "who fled is '" + r.source.code.country + "'";
  }
  if (d.displaced > 0) {
    bool counted = std::any_of(r.quantities.begin(), r.quantities.end(), [&](const Quantity& q) {
      return q.kind == "displaced" && (q.value == d.displaced || q.min == d.displaced);
    });
    if (!counted) return "not " + std::to_string(d.displaced) + " displaced";
  }
  if (!d.destination_country.empty() &&
      (!r.destination || r.destination->country != d.destination_country)) {
    return "destination is not " + d.destination_country;
  }
  return "";
}

static void score_displacements(const GoldDocument& gold, const std::vector<const Record*>& fled,
                                Score& score) {
  score.displacement_records += static_cast<int>(fled.size());
  for (const GoldDisplacement& d : gold.displacements) {
    ++score.displacements_expected;
    std::vector<const Record*> told;
    for (const Record* r : fled) {
      bool tells = std::any_of(d.evidence.begin(), d.evidence.end(),
                               [&](const std::string& e) { return record_in_sentence(*r, e); });
      if (tells) told.push_back(r);
    }
    std::string problem = displacement_problem(d, told);
    if (problem.empty()) {
      ++score.displacements_right;
    } else {
      score.displacement_misses.push_back(gold.id + ": " + d.describe() + ": " + problem);
    }
  }
}

std::string GoldEvent::describe() const {
  std::string t = targets.front();
  for (std::size_t i = 1; i < targets.size(); ++i) t += "|" + targets[i];
  std::string r = roots.front();
  for (std::size_t i = 1; i < roots.size(); ++i) r += "|" + roots[i];
  return source + " -> " + t + " [" + r + "] \"" + evidence + "\"";
}

std::string GoldDisplacement::describe() const {
  return source + " fled (" + std::to_string(displaced) + ") \"" + evidence.front() + "\"";
}

GoldDocument read_gold(const std::string& gold_path) {
  GoldDocument gold;
  gold.gold_path = gold_path;
  std::ifstream in(gold_path);
  if (!in) throw std::runtime_error(gold_path + ": cannot read");
  try {
    json doc = json::parse(in);
    gold.date = doc.value("document_date", "");
    for (const json& entry : doc.at("must_find")) {
      for (GoldEvent& g : directed_events(entry)) gold.must_find.push_back(std::move(g));
    }
    gold.must_not_assert = negatives(doc, "must_not_assert");
    for (GoldNegative& n : negatives(doc, "must_code_nothing")) gold.must_not_assert.push_back(n);
    gold.displacements = displacements(doc);
  } catch (const json::exception& e) {
    throw std::runtime_error(gold_path + ": " + e.what());
  }
  find_text(gold);
  return gold;
}

bool matches(const Record& r, const GoldEvent& g, bool roles) {
  if (!record_in_sentence(r, g.evidence)) return false;
  if (r.source.code.country != g.source || !contains(g.targets, r.target.code.country)) {
    return false;
  }
  if (roles && !g.source_role.empty() && r.source.code.role != g.source_role) return false;
  if (roles && !g.target_role.empty() && r.target.code.role != g.target_role) return false;
  return contains(g.roots, r.root);
}

void score_document(const GoldDocument& gold, const std::vector<Record>& records, Score& score,
                    bool roles) {
  std::vector<const Record*> asserted, fled;
  for (const Record& r : records) {
    if (r.modality != "asserted") continue;
    (r.type == "displacement" ? fled : asserted).push_back(&r);
  }
  score_attributes(gold, asserted, roles, score);
  score_displacements(gold, fled, score);
  for (const GoldEvent& g : gold.must_find) {
    ++score.expected;
    bool hit = std::any_of(asserted.begin(), asserted.end(),
                           [&](const Record* r) { return matches(*r, g, roles); });
    if (hit) {
      ++score.found;
    } else {
      score.misses.push_back(gold.id + ": " + g.describe());
    }
  }
  for (const Record* r : asserted) {
    ++score.coded;
    bool right = std::any_of(gold.must_find.begin(), gold.must_find.end(),
                             [&](const GoldEvent& g) { return matches(*r, g, roles); });
    if (right) {
      ++score.correct;
    } else {
      score.false_positives.push_back(gold.id + ": " + describe(*r) + why_wrong(gold, *r));
    }
  }
}

}  // namespace kroniek
