#include "lexicon/patterns.h"

#include "lexicon/dictionary_file.h"

namespace kroniek {
namespace {

void apply_option(const std::string& path, int line, const std::string& option, Pattern& p) {
  auto value_of = [&](const std::string& key) { return option.substr(key.size()); };
  if (option == "symmetric") {
    p.symmetric = true;
  } else if (option.starts_with("+")) {
    p.required.push_back(to_lower(option.substr(1)));
  } else if (option.starts_with("target=")) {
    p.target_slots = split_trimmed(value_of("target="), '|');
  } else if (option.starts_with("source=")) {
    p.source_slots = split_trimmed(value_of("source="), '|');
  } else if (option.starts_with("srcrole=")) {
    p.source_role = value_of("srcrole=");
  } else if (option.starts_with("mass=")) {
    p.mass_code = value_of("mass=");
  } else {
    throw DictionaryError(path, line, "unknown option '" + option + "'");
  }
}

Pattern parse_pattern(const std::string& path, int line, const std::string& entry) {
  std::vector<std::string> fields = split_whitespace(entry);
  if (fields.size() < 3) throw DictionaryError(path, line, "expected: code verb|noun trigger");
  Pattern p;
  p.code = fields[0];
  if (fields[1] == "noun") {
    p.kind = TriggerKind::noun;
  } else if (fields[1] != "verb") {
    throw DictionaryError(path, line, "kind must be verb or noun, not '" + fields[1] + "'");
  }
  std::string trigger = to_lower(fields[2]);
  if (std::size_t bar = trigger.find('|'); bar != std::string::npos) {
    p.particles = split_trimmed(trigger.substr(0, bar), '_');
    trigger = trigger.substr(bar + 1);
  }
  if (trigger.empty()) throw DictionaryError(path, line, "empty trigger");
  p.lemma = trigger;
  for (std::size_t i = 3; i < fields.size(); ++i) apply_option(path, line, fields[i], p);
  p.file = path;
  p.line = line;
  return p;
}

}  // namespace

void PatternBook::load_file(const std::string& path) {
  for_each_entry(path, [&](int line, const std::string& entry) {
    Pattern p = parse_pattern(path, line, entry);
    auto& index = p.kind == TriggerKind::verb ? verbs_ : nouns_;
    index[p.lemma].push_back(p);
    // Separable verbs appear joined in subordinate clauses: "dat hij aandringt".
    if (p.kind == TriggerKind::verb && p.particles.size() == 1) {
      Pattern joined = p;
      joined.lemma = p.particles.front() + p.lemma;
      joined.particles.clear();
      index[joined.lemma].push_back(std::move(joined));
    }
    all_.push_back(p);
  });
}

const std::vector<Pattern>& PatternBook::find(TriggerKind kind, const std::string& lemma) const {
  static const std::vector<Pattern> kNone;
  const auto& index = kind == TriggerKind::verb ? verbs_ : nouns_;
  auto it = index.find(lemma);
  return it == index.end() ? kNone : it->second;
}

const std::vector<Pattern>& PatternBook::find_noun_head(const std::string& lemma) const {
  static const std::vector<Pattern> kNone;
  for (std::size_t cut = 1; cut + 5 <= lemma.size(); ++cut) {
    const std::vector<Pattern>& head = find(TriggerKind::noun, lemma.substr(cut));
    if (!head.empty()) return head;
  }
  return kNone;
}

}  // namespace kroniek
