#include "lexicon/ontology.h"

#include <cctype>

#include "lexicon/dictionary_file.h"

namespace kroniek {
namespace {

bool is_event_code(const std::string& code) {
  if (code.size() < 2 || code.size() > 4) return false;
  for (char c : code) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

EventType parse_event_type(const std::string& path, int line, const std::string& entry) {
  std::vector<std::string> fields = split_whitespace(entry);
  if (fields.size() < 5) {
    throw DictionaryError(path, line, "expected: code goldstein quad_class plover name");
  }
  EventType type;
  type.code = fields[0];
  if (!is_event_code(type.code)) throw DictionaryError(path, line, "bad code '" + type.code + "'");
  try {
    type.goldstein = std::stod(fields[1]);
    type.quad_class = std::stoi(fields[2]);
  } catch (const std::exception&) {
    throw DictionaryError(path, line, "goldstein and quad_class must be numbers");
  }
  if (type.quad_class < 1 || type.quad_class > 4) {
    throw DictionaryError(path, line, "quad_class must be 1..4");
  }
  type.plover = fields[3];
  std::size_t name_at = entry.find(fields[4], entry.find(fields[3]) + fields[3].size());
  type.name = entry.substr(name_at);
  return type;
}

}  // namespace

void Ontology::load_file(const std::string& path) {
  for_each_entry(path, [&](int line, const std::string& entry) {
    EventType type = parse_event_type(path, line, entry);
    types_[type.code] = std::move(type);
  });
}

const EventType* Ontology::find(const std::string& code) const {
  auto it = types_.find(code);
  return it == types_.end() ? nullptr : &it->second;
}

}  // namespace kroniek
