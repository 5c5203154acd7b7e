// Records for tests of what stores and serves them, built field by field.
#pragma once
#include <string>

#include "core/event.h"

namespace kroniek::test_records {

inline const ActorCode kTurMil{"TURMIL", "TUR", "MIL"};
inline const ActorCode kSyrMil{"SYRMIL", "SYR", "MIL"};
inline const ActorCode kRusGov{"RUSGOV", "RUS", "GOV"};
inline const ActorCode kTur{"TUR", "TUR", ""};

// An asserted event with one evidence sentence, in Dutch.
inline Record event(const std::string& id, const std::string& doc, const std::string& date,
                    const ActorCode& source, const ActorCode& target, const std::string& cameo,
                    int quad_class, double goldstein, const std::string& evidence) {
  Record r;
  r.id = id;
  r.doc = doc;
  r.lang = "nl";
  r.date = date;
  r.source = {source, source.code};
  r.target = {target, target.code};
  r.cameo = cameo;
  r.root = cameo.substr(0, 2);
  r.quad_class = quad_class;
  r.goldstein = goldstein;
  r.evidence.push_back({0, 0, evidence.size(), evidence, doc});
  return r;
}

}  // namespace kroniek::test_records
