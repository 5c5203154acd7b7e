#include "lexicon/actor_dictionary.h"

#include <algorithm>
#include <map>

#include "core/date.h"
#include "lexicon/dictionary_file.h"

namespace kroniek {
namespace {

const std::map<std::string, ActorKind> kKinds = {
    {"name", ActorKind::name},       {"adj", ActorKind::adj},       {"people", ActorKind::people},
    {"capital", ActorKind::capital}, {"person", ActorKind::person}, {"org", ActorKind::org},
    {"agent", ActorKind::agent},     {"place", ActorKind::place}};

// Short all-capital acronyms ("IS", "VN") collide with common words in lower
// case ("is"), so they keep their case.
bool is_acronym(const std::string& phrase) {
  if (phrase.size() > 5) return false;
  return std::all_of(phrase.begin(), phrase.end(),
                     [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
}

void parse_dates(const std::string& path, int line, const std::string& spec, ActorEntry& entry) {
  std::size_t dots = spec.find("..");
  if (dots == std::string::npos) throw DictionaryError(path, line, "dates must be @FROM..TO");
  entry.from = spec.substr(0, dots);
  entry.to = spec.substr(dots + 2);
  for (const std::string* d : {&entry.from, &entry.to}) {
    if (!d->empty() && !is_iso_date(*d)) {
      throw DictionaryError(path, line, "bad date '" + *d + "' (want YYYY-MM-DD)");
    }
  }
}

}  // namespace

bool ActorEntry::valid_on(const std::string& date) const {
  if (date.empty()) return to.empty();
  return (from.empty() || from <= date) &&
         (to.empty() || date < to);  // `to` is the first day no longer valid
}

void ActorDictionary::load_file(const std::string& path) {
  for_each_entry(path, [&](int line, const std::string& text) {
    std::vector<std::string> head = split_whitespace(text);
    if (head.size() < 4) throw DictionaryError(path, line, "expected: CODE lang kind phrase");
    auto kind = kKinds.find(head[2]);
    if (kind == kKinds.end()) throw DictionaryError(path, line, "unknown kind '" + head[2] + "'");
    std::size_t rest_at = text.find(head[3], text.find(head[2]) + head[2].size());
    std::string rest = text.substr(rest_at);
    ActorEntry base;
    base.code = head[0];
    base.lang = head[1];
    base.kind = kind->second;
    if (std::size_t at = rest.rfind('@'); at != std::string::npos) {
      parse_dates(path, line, trim(rest.substr(at + 1)), base);
      rest = rest.substr(0, at);
    }
    for (const std::string& phrase : split_trimmed(rest, '|')) {
      ActorEntry entry = base;
      entry.exact_case = is_acronym(phrase);
      entry.words = split_whitespace(entry.exact_case ? phrase : to_lower(phrase));
      if (entry.words.empty()) throw DictionaryError(path, line, "empty phrase");
      add(std::move(entry));
    }
  });
}

void ActorDictionary::add(ActorEntry entry) {
  std::string first = entry.words.front();
  by_first_word_[first].push_back(std::move(entry));
  ++size_;
}

ActorMatch ActorDictionary::longest_match(const std::vector<std::string_view>& words,
                                          const std::vector<std::string_view>& lower,
                                          std::size_t at, const std::string& date) const {
  ActorMatch best;
  // Entries are compared with the lower-cased words, exact-case ones with the
  // words as written; a word already in lower case finds both in one bucket.
  const auto lower_entries = by_first_word_.find(lower[at]);
  const auto exact_entries =
      words[at] == lower[at] ? lower_entries : by_first_word_.find(words[at]);
  auto consider = [&](auto found, bool exact_case) {
    if (found == by_first_word_.end()) return;
    const std::vector<std::string_view>& text = exact_case ? words : lower;
    for (const ActorEntry& entry : found->second) {
      if (entry.exact_case != exact_case) continue;
      std::size_t n = entry.words.size();
      if (at + n > text.size() || static_cast<int>(n) < best.length) continue;
      if (!std::equal(entry.words.begin(), entry.words.end(), text.begin() + at)) continue;
      if (!entry.valid_on(date)) continue;
      // Same length: prefer the entry valid on the date over an open-ended one.
      if (static_cast<int>(n) > best.length || best.entry == nullptr) {
        best = {&entry, static_cast<int>(n)};
      }
    }
  };
  consider(lower_entries, false);
  consider(exact_entries, true);
  return best;
}

}  // namespace kroniek
