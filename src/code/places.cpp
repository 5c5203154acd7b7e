#include "code/places.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>
#include <tuple>

#include "core/word_class.h"
#include "core/word_set.h"
#include "lexicon/dictionary_file.h"

namespace kroniek {
namespace {

// The longest place name matched, in tokens: "Bosnië en Herzegovina".
constexpr int kMaxNameTokens = 4;

// A town abroad (outside the countries the document mentions) is taken only
// from this population up. News names the capitals and large cities of other
// countries without naming the country; smaller towns come with their country
// or region. A capitalised word that matches only a small foreign town is far
// more often a person, party or brand: GeoNames has a village for most
// surnames and many common words ("Vrede", "Assad").
constexpr long long kMinForeignPopulation = 100000;

// Frog's NER often takes a foreign city for a person ("beschoten Charkiv":
// B-PER). A city this large is the place even then; few people or
// organisations share the name of a city of a million.
constexpr long long kMinCityOverNer = 1000000;

// Nouns that introduce a region's name: "de provincie Idlib", "province of Idlib".
// ("state" and "territory" are left out: "the state of Israel" is a country.)
const WordSet kRegionNouns = {"provincie", "regio",    "district", "gouvernement", "deelstaat",
                              "streek",    "province", "region",   "governorate",  "prefecture"};

// "Noord-Syrië", "Zuidoost-Turkije": compass prefixes of a country name.
const WordSet kDutchCompassPrefixes = {"noord",     "zuid",     "oost",     "west",     "noordoost",
                                       "noordwest", "zuidoost", "zuidwest", "centraal", "midden"};

// "het noorden van Israël", "in het zuiden van Libanon".
const WordSet kDutchCompassNouns = {"noorden",    "zuiden",      "oosten",
                                    "westen",     "noordoosten", "noordwesten",
                                    "zuidoosten", "zuidwesten",  "midden"};

// "northern Syria".
const WordSet kEnglishCompassWords = {
    "northern",      "southern",      "eastern",      "western",      "central",
    "northeastern",  "northwestern",  "southeastern", "southwestern", "north-eastern",
    "north-western", "south-eastern", "south-western"};

// Words that work as prepositions before a place without a preposition tag:
// Frog tags "richting" as a noun.
const WordSet kPrepositionNouns = {"richting", "nabij", "via"};

bool is_capitalised(const Token& token) { return token.capitalised; }

// Punctuation, or a lone mark the analyzer tagged otherwise.
bool is_mark(const Token& token) {
  bool one_mark = token.word.size() == 1 && std::ispunct(static_cast<unsigned char>(token.word[0]));
  return is_punctuation(token) || one_mark;
}

// Whether a place name can start at a token, as far as its word and tag
// tell; the last two answers leave it to the token's entity tag.
enum class NameStart { never, always, if_named_entity, if_location };

// Adjectives never start a name: Frog's NER tags nationality adjectives
// ("Syrische") as places. A common noun does only when the tagger did not
// know a capitalised foreign name in mid-sentence and the NER still saw a
// name in it ("vanuit Khartoem": N(soort), B-ORG); at the start of a sentence
// a capital says nothing.
NameStart name_start_rule(const Sentence& sentence, int i) {
  const Token& token = sentence.tokens[i];
  if (is_adjective(token) || !is_capitalised(token)) return NameStart::never;
  if (is_proper_noun(token)) return NameStart::always;
  if (is_common_noun(token)) {
    return i > 0 && !is_mark(sentence.tokens[i - 1]) ? NameStart::if_named_entity
                                                     : NameStart::never;
  }
  return NameStart::if_location;
}

// Whether a place name can start at this token.
bool can_start_name(const Sentence& sentence, int i) {
  const Token& token = sentence.tokens[i];
  switch (name_start_rule(sentence, i)) {
    case NameStart::never:
      return false;
    case NameStart::always:
      return true;
    case NameStart::if_named_entity:
      return token.ner.rfind("B-", 0) == 0;
    case NameStart::if_location:
      return token.ner == "B-LOC";
  }
  return false;
}

// The words of tokens [first, last] as the document writes them, with runs
// of white space (a line break inside "Tel Aviv") as one space.
std::string name_text(const Sentence& sentence, int first, int last,
                      const std::string& document_text) {
  std::string text;
  for (char c : span_text(sentence, first, last, document_text)) {
    bool space = std::isspace(static_cast<unsigned char>(c));
    if (!space) {
      text += c;
    } else if (!text.empty() && text.back() != ' ') {
      text += ' ';
    }
  }
  return text;
}

// What the text says about a name besides its letters.
struct NameContext {
  std::string folded;                              // the name as written, case-folded
  bool named_as_a_person_or_organisation = false;  // Frog's NER: "Hamas" B-ORG, "Hassan" B-PER
};

class Ranking {
 public:
  Ranking(const std::set<std::string>& document_countries, const NameContext& name)
      : document_countries_(document_countries), name_(name) {}

  // Countries the document mentions first, then countries over towns, then
  // capitals, then the place that has the name as its own (not as an
  // alternate: "Guyana" is also an old name of French Guiana), then the
  // larger place.
  auto key(const GazetteerPlace& p) const {
    return std::tuple(in_document(p), is_country(p), p.capital,
                      fold_case(p.location.name) == name_.folded, p.population);
  }

  // A place in a country the document does not mention needs to be a
  // capital or a large city, and a name the NER took for a person or an
  // organisation is a town only where the document already is. (Capitals
  // stay: the NER calls them organisations when they stand for governments,
  // "Moskou reageerde".)
  bool plausible(const GazetteerPlace& p) const {
    if (in_document(p) || is_country(p) || p.capital) return true;
    if (p.population >= kMinCityOverNer) return true;
    return !name_.named_as_a_person_or_organisation && p.population >= kMinForeignPopulation;
  }

 private:
  bool in_document(const GazetteerPlace& p) const {
    return document_countries_.count(p.location.country) > 0;
  }
  static bool is_country(const GazetteerPlace& p) { return p.location.feature == "country"; }

  const std::set<std::string>& document_countries_;
  const NameContext& name_;
};

// The place a name most likely means, if any is likely enough.
std::optional<GazetteerPlace> choose(const std::vector<GazetteerPlace>& candidates,
                                     const std::set<std::string>& document_countries,
                                     const NameContext& name) {
  Ranking ranking(document_countries, name);
  std::optional<GazetteerPlace> best;
  for (const GazetteerPlace& candidate : candidates) {
    if (!ranking.plausible(candidate)) continue;
    if (!best || ranking.key(candidate) > ranking.key(*best)) best = candidate;
  }
  return best;
}

bool named_as_a_person_or_organisation(const Token& token) {
  return token.ner == "B-PER" || token.ner == "B-ORG";
}

std::optional<Location> find_country(PlaceCandidates& candidates, std::string_view name) {
  for (const GazetteerPlace& candidate : candidates.of(name)) {
    if (candidate.location.feature == "country") return candidate.location;
  }
  return std::nullopt;
}

Location region_of_country(const std::string& name, const Location& country) {
  return {name, "region", country.country, country.lat, country.lon, std::nullopt};
}

class PlaceFinder {
 public:
  PlaceFinder(const Sentence& sentence, const std::string& document_text,
              PlaceCandidates& candidates, const std::set<std::string>& document_countries)
      : sentence_(sentence),
        text_(document_text),
        candidates_(candidates),
        document_countries_(document_countries),
        size_(static_cast<int>(sentence.tokens.size())) {}

  // Whether the named-entity tags could change what find() gives (see
  // places.h): a capitalised word whose being a name's start the tags decide
  // (can_start_name), where a name could start; or a name whose places the
  // tags rule in or out (Ranking::plausible: a town of kMinForeignPopulation
  // to kMinCityOverNer, not a capital, when the document's countries are not
  // yet known).
  bool entity_tags_may_matter() const {
    for (int i = 0; i < size_; ++i) {
      switch (name_start_rule(sentence_, i)) {
        case NameStart::never:
          break;
        case NameStart::always:
          if (any_candidate_from(i, tags_decide_plausibility)) return true;
          break;
        case NameStart::if_named_entity:
        case NameStart::if_location:
          if (may_start_a_place(i)) return true;
          break;
      }
    }
    return false;
  }

  std::vector<PlaceMention> find() {
    std::vector<PlaceMention> mentions;
    for (int i = 0; i < size_;) {
      std::optional<PlaceMention> mention = mention_at(i);
      if (!mention) {
        ++i;
        continue;
      }
      mention->preposition = preposition_before(mention->first, mentions);
      i = mention->last + 1;
      mentions.push_back(std::move(*mention));
    }
    return mentions;
  }

 private:
  std::optional<PlaceMention> mention_at(int i) {
    if (auto region = region_noun_mention(i)) return region;
    if (auto region = english_compass_region(i)) return region;
    if (auto region = dutch_compass_region(i)) return region;
    if (auto region = compass_part_of_country(i)) return region;
    return name_mention(i);
  }

  // "provincie Idlib", "province of Idlib": the name after the region noun.
  std::optional<PlaceMention> region_noun_mention(int i) {
    const int name = region_name_start(i);
    if (name < 0 || !can_start_name(sentence_, name)) return std::nullopt;
    int last = name_run_end(name);
    std::string written = name_text(sentence_, name, last, text_);
    Location location{written, "region", "", std::nullopt, std::nullopt, std::nullopt};
    NameContext context{fold_case(written), false};  // the region noun says it is a place
    if (auto city = choose(candidates_.of(written), document_countries_, context)) {
      location.country = city->location.country;
      location.lat = city->location.lat;
      location.lon = city->location.lon;
    }
    return PlaceMention{i, last, "", location};
  }

  // Where the region's name after the region noun at token i starts, or -1
  // when token i is no region noun or nothing follows it.
  int region_name_start(int i) const {
    if (i < 0 || !kRegionNouns.contains(lower_word(i))) return -1;
    int name = i + 1;
    if (name < size_ && (word(name) == "of" || word(name) == "van")) ++name;
    return name < size_ ? name : -1;
  }

  // "northern Syria": a compass adjective and a country. Capitalised, it is
  // part of a name of its own ("Northern Ireland").
  std::optional<PlaceMention> english_compass_region(int i) {
    if (!kEnglishCompassWords.contains(word(i)) || i + 1 >= size_) return std::nullopt;
    for (int last = std::min(size_ - 1, i + kMaxNameTokens); last > i; --last) {
      if (auto country = find_country(candidates_, name_text(sentence_, i + 1, last, text_))) {
        return PlaceMention{i, last, "",
                            region_of_country(name_text(sentence_, i, last, text_), *country)};
      }
    }
    return std::nullopt;
  }

  // "Noord-Syrië", "Zuid-Libanon": one token, a compass prefix and a country.
  std::optional<PlaceMention> dutch_compass_region(int i) {
    if (!can_start_name(sentence_, i)) return std::nullopt;
    std::string_view token = word(i);
    std::size_t hyphen = token.find('-');
    if (hyphen == std::string_view::npos ||
        !kDutchCompassPrefixes.contains(to_lower(token.substr(0, hyphen)))) {
      return std::nullopt;
    }
    if (!candidates_.of(token).empty()) return std::nullopt;  // a name of its own
    auto country = find_country(candidates_, token.substr(hyphen + 1));
    if (!country) return std::nullopt;
    return PlaceMention{i, i, "", region_of_country(std::string(token), *country)};
  }

  // "het noorden van Israël": a compass noun, "van" and a country. The
  // region's name is written from the compass noun on.
  std::optional<PlaceMention> compass_part_of_country(int i) {
    if (!kDutchCompassNouns.contains(lower_word(i)) || i + 2 >= size_) return std::nullopt;
    if (lower_word(i + 1) != "van") return std::nullopt;
    for (int last = std::min(size_ - 1, i + 1 + kMaxNameTokens); last > i + 1; --last) {
      if (auto country = find_country(candidates_, name_text(sentence_, i + 2, last, text_))) {
        return PlaceMention{i, last, "",
                            region_of_country(name_text(sentence_, i, last, text_), *country)};
      }
    }
    return std::nullopt;
  }

  // The longest name of up to kMaxNameTokens tokens starting here that the
  // gazetteer knows and a likely place answers to.
  std::optional<PlaceMention> name_mention(int i) {
    if (!can_start_name(sentence_, i)) return std::nullopt;
    for (int last = std::min(size_ - 1, i + kMaxNameTokens - 1); last >= i; --last) {
      if (!can_end_name(i, last)) continue;
      std::string written = name_text(sentence_, i, last, text_);
      const std::vector<GazetteerPlace>& candidates = candidates_.of(written);
      if (candidates.empty()) continue;
      NameContext context{fold_case(written),
                          named_as_a_person_or_organisation(sentence_.tokens[i])};
      if (auto place = choose(candidates, document_countries_, context)) {
        return PlaceMention{i, last, "", std::move(place->location)};
      }
    }
    return std::nullopt;
  }

  // Whether a place could start at token i were it a name's start: after a
  // region noun, as a compass prefix, or a name the gazetteer knows.
  bool may_start_a_place(int i) const {
    if (region_name_start(i - 1) == i || region_name_start(i - 2) == i) return true;
    if (word(i).find('-') != std::string_view::npos) return true;
    return any_candidate_from(i, [](const GazetteerPlace&) { return true; });
  }

  static bool tags_decide_plausibility(const GazetteerPlace& p) {
    return p.location.feature != "country" && !p.capital && p.population >= kMinForeignPopulation &&
           p.population < kMinCityOverNer;
  }

  // Whether a name starting at token i (as name_mention reads names) has a
  // gazetteer candidate for which `test` holds.
  template <typename Test>
  bool any_candidate_from(int i, Test test) const {
    for (int last = i; last < size_ && last < i + kMaxNameTokens; ++last) {
      if (!can_end_name(i, last)) continue;
      for (const GazetteerPlace& p : candidates_.of(name_text(sentence_, i, last, text_)))
        if (test(p)) return true;
    }
    return false;
  }

  // A name ends on a capitalised word and does not run over punctuation
  // ("Bosnië en Herzegovina" may contain a lower-case word, not a comma).
  bool can_end_name(int first, int last) const {
    if (!is_capitalised(sentence_.tokens[last])) return false;
    for (int i = first + 1; i <= last; ++i) {
      if (is_mark(sentence_.tokens[i])) return false;
    }
    return true;
  }

  // The last token of a run of capitalised words (at most kMaxNameTokens).
  int name_run_end(int first) const {
    int last = first;
    while (last + 1 < size_ && last + 1 < first + kMaxNameTokens &&
           is_capitalised(sentence_.tokens[last + 1]) && !is_mark(sentence_.tokens[last + 1])) {
      ++last;
    }
    return last;
  }

  // The preposition before a place, past articles and adjectives ("in de
  // Syrische provincie Idlib"); a place coordinated with the one before it
  // shares its preposition ("tussen Ankara en Damascus").
  std::string preposition_before(int first, const std::vector<PlaceMention>& earlier) const {
    int i = first - 1;
    while (i >= 0 && (is_determiner(sentence_.tokens[i]) || is_adjective(sentence_.tokens[i]))) {
      --i;
    }
    if (i < 0) return "";
    const Token& token = sentence_.tokens[i];
    const std::string& word = token.word_lower;
    if (is_preposition(token) || kPrepositionNouns.contains(word)) {
      return word;
    }
    bool coordinator = word == "en" || word == "of" || word == "and" || word == "or" || word == ",";
    if (coordinator && !earlier.empty() && earlier.back().last == i - 1) {
      return earlier.back().preposition;
    }
    return "";
  }

  std::string_view word(int i) const { return sentence_.tokens[i].word; }
  std::string_view lower_word(int i) const { return sentence_.tokens[i].word_lower; }

  const Sentence& sentence_;
  const std::string& text_;
  PlaceCandidates& candidates_;
  const std::set<std::string>& document_countries_;
  int size_;
};

}  // namespace

const std::vector<GazetteerPlace>& PlaceCandidates::of(std::string_view name) {
  auto found = known_.find(name);
  if (found == known_.end()) found = known_.emplace(name, gazetteer_.candidates(name)).first;
  return found->second;
}

bool entity_tags_may_matter(const Sentence& sentence, const std::string& document_text,
                            const Gazetteer& gazetteer) {
  static const std::set<std::string> unknown_countries;
  PlaceCandidates candidates(gazetteer);
  return PlaceFinder(sentence, document_text, candidates, unknown_countries)
      .entity_tags_may_matter();
}

std::vector<PlaceMention> find_places(const Sentence& sentence, const std::string& document_text,
                                      PlaceCandidates& candidates,
                                      const std::set<std::string>& document_countries) {
  return PlaceFinder(sentence, document_text, candidates, document_countries).find();
}

std::vector<PlaceMention> find_places(const Sentence& sentence, const std::string& document_text,
                                      const Gazetteer& gazetteer,
                                      const std::set<std::string>& document_countries) {
  PlaceCandidates candidates(gazetteer);
  return find_places(sentence, document_text, candidates, document_countries);
}

}  // namespace kroniek
