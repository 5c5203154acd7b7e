// The CAMEO event ontology: every code with its name, Goldstein value, quad
// class and PLOVER type (data/cameo/events.txt).
#pragma once
#include <string>
#include <unordered_map>

namespace kroniek {

struct EventType {
  std::string code;  // "190"
  double goldstein = 0.0;
  int quad_class = 0;  // 1 verbal cooperation .. 4 material conflict
  std::string plover;
  std::string name;
  std::string root() const { return code.substr(0, 2); }
};

class Ontology {
 public:
  void load_file(const std::string& path);
  const EventType* find(const std::string& code) const;
  std::size_t size() const { return types_.size(); }

 private:
  std::unordered_map<std::string, EventType> types_;
};

}  // namespace kroniek
