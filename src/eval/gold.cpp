#include "eval/gold.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

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

}  // namespace

std::string GoldEvent::describe() const {
  std::string t = targets.front();
  for (std::size_t i = 1; i < targets.size(); ++i) t += "|" + targets[i];
  std::string r = roots.front();
  for (std::size_t i = 1; i < roots.size(); ++i) r += "|" + roots[i];
  return source + " -> " + t + " [" + r + "] \"" + evidence + "\"";
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
  std::vector<const Record*> asserted;
  for (const Record& r : records) {
    if (r.modality == "asserted") asserted.push_back(&r);
  }
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
