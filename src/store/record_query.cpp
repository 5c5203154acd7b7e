#include "store/record_query.h"

#include <functional>
#include <map>
#include <regex>

#include "core/date.h"

namespace kroniek {
namespace {

struct FilterSpec {
  std::string help;
  std::function<std::string(const std::string&)> check;  // "" or why the value is bad
  std::string RecordQuery::*field;
};

std::function<std::string(const std::string&)> matches(const std::string& pattern,
                                                       const std::string& what) {
  const std::regex re(pattern);
  return [re, what](const std::string& value) {
    return std::regex_match(value, re) ? std::string() : "'" + value + "' is not " + what;
  };
}

std::function<std::string(const std::string&)> one_of(const std::vector<std::string>& values) {
  return [values](const std::string& value) {
    std::string list;
    for (const std::string& v : values) {
      if (v == value) return std::string();
      list += (list.empty() ? "" : ", ") + v;
    }
    return "'" + value + "' is not one of " + list;
  };
}

std::string check_date(const std::string& value) {
  return is_iso_date(value) ? std::string() : "'" + value + "' is not a date YYYY-MM-DD";
}

std::string check_free_text(const std::string& value) {
  return value.size() <= 1000 ? std::string() : "longer than 1000 bytes";
}

std::map<std::string, FilterSpec> make_specs() {
  const auto actor_code = matches("[A-Z]{3}([A-Z]{3})*", "an actor code (TUR, TURMIL)");
  return {
      {"from", {"First day, YYYY-MM-DD", check_date, &RecordQuery::date_from}},
      {"to", {"Last day, YYYY-MM-DD", check_date, &RecordQuery::date_to}},
      {"actor",
       {"Source or target: an actor code or its start (TUR)", actor_code, &RecordQuery::actor}},
      {"source", {"Source: an actor code or its start", actor_code, &RecordQuery::source}},
      {"target", {"Target: an actor code or its start", actor_code, &RecordQuery::target}},
      {"country",
       {"Source or target country (ISO alpha-3)", matches("[A-Z]{3}", "a country code (TUR)"),
        &RecordQuery::country}},
      {"root",
       {"CAMEO root (19)", matches("0[1-9]|1[0-9]|20", "a CAMEO root 01..20"), &RecordQuery::root}},
      {"code",
       {"CAMEO code or its start (190, 19)", matches("[0-9]{2,4}", "a CAMEO code"),
        &RecordQuery::code}},
      {"place", {"Location name (Idlib) or country (SYR)", check_free_text, &RecordQuery::place}},
      {"text", {"Words in the evidence (all of them)", check_free_text, &RecordQuery::text}},
      {"type",
       {"Record type: event or displacement", one_of({"event", "displacement"}),
        &RecordQuery::type}},
      {"modality",
       {"Modality: asserted, negated, future, hypothetical or reported",
        one_of({"asserted", "negated", "future", "hypothetical", "reported"}),
        &RecordQuery::modality}},
      {"doc", {"Records with evidence in this document", check_free_text, &RecordQuery::doc}},
  };
}

const std::map<std::string, FilterSpec>& specs() {
  static const std::map<std::string, FilterSpec> kSpecs = make_specs();
  return kSpecs;
}

}  // namespace

const std::vector<std::string>& record_filter_names() {
  static const std::vector<std::string> kNames = [] {
    std::vector<std::string> names;
    for (const auto& [name, spec] : specs()) names.push_back(name);
    return names;
  }();
  return kNames;
}

std::string record_filter_help(const std::string& name) {
  const auto it = specs().find(name);
  return it == specs().end() ? std::string() : it->second.help;
}

std::string set_record_filter(RecordQuery& query, const std::string& name,
                              const std::string& value) {
  const auto it = specs().find(name);
  if (it == specs().end()) return "unknown filter '" + name + "'";
  std::string why = it->second.check(value);
  if (why.empty()) query.*(it->second.field) = value;
  return why;
}

}  // namespace kroniek
