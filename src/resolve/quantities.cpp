#include "resolve/quantities.h"

#include <unicode/fieldpos.h>
#include <unicode/fmtable.h>
#include <unicode/locid.h>
#include <unicode/numfmt.h>
#include <unicode/parsepos.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <string_view>
#include <unordered_map>

#include "core/word_class.h"
#include "core/word_set.h"
#include "lexicon/dictionary_file.h"

namespace kroniek {
namespace {

// ---------------------------------------------------------------- words

bool is_digit_form(const std::string& word) {
  if (word.empty() || !std::isdigit(static_cast<unsigned char>(word.front()))) return false;
  return std::all_of(word.begin(), word.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ',';
  });
}

bool contains_digit(const std::string& text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// ---------------------------------------------------------------- ICU

struct NumberParsers {
  std::unique_ptr<icu::NumberFormat> digits;          // "700.000" (nl), "700,000" (en)
  std::unique_ptr<icu::RuleBasedNumberFormat> words;  // "zevenhonderd", "twenty-one"
};

NumberParsers make_parsers(const std::string& lang) {
  const icu::Locale locale(lang.c_str());
  NumberParsers parsers;
  UErrorCode status = U_ZERO_ERROR;
  parsers.digits.reset(icu::NumberFormat::createInstance(locale, status));
  if (U_FAILURE(status)) parsers.digits.reset();
  // Strict: grouping separators must sit every three digits, so Dutch "1.5" is
  // not 15 and English "700.000" stays 700.
  if (parsers.digits) parsers.digits->setLenient(false);
  status = U_ZERO_ERROR;
  parsers.words = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, locale, status);
  if (U_FAILURE(status)) parsers.words.reset();
  // Lenient: the Dutch rules spell with soft hyphens ("twee\u00ADën\u00ADtwintig")
  // and English ones with spaces ("twenty one"); text has neither.
  if (parsers.words) parsers.words->setLenient(true);
  return parsers;
}

// ICU formatters are costly to build and not safe to share between threads.
const NumberParsers& parsers_for(const std::string& lang) {
  thread_local std::map<std::string, NumberParsers> cache;
  auto found = cache.find(lang);
  if (found == cache.end()) found = cache.emplace(lang, make_parsers(lang)).first;
  return found->second;
}

// A number parsed from the whole of `text`, or nullopt when ICU stops early.
std::optional<double> parse_whole(const icu::NumberFormat& format, const std::string& text) {
  const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
  icu::Formattable result;
  icu::ParsePosition position(0);
  format.parse(unicode, result, position);
  if (position.getErrorIndex() >= 0 || position.getIndex() != unicode.length()) return {};
  UErrorCode status = U_ZERO_ERROR;
  const double value = result.getDouble(status);
  if (U_FAILURE(status)) return {};
  return value;
}

std::string without_soft_hyphens(const icu::UnicodeString& text) {
  std::string out;
  icu::UnicodeString copy(text);
  copy.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x00AD)), icu::UnicodeString());
  copy.toUTF8String(out);
  return out;
}

// The lenient spell-out parser also reads ordinals ("tweede" -> 2); a count
// never is one.
bool spells_ordinal(const icu::RuleBasedNumberFormat& format, const std::string& text,
                    double value) {
  UErrorCode status = U_ZERO_ERROR;
  icu::FieldPosition position;
  icu::UnicodeString ordinal;
  format.format(static_cast<int64_t>(value), icu::UnicodeString(u"%spellout-ordinal"), ordinal,
                position, status);
  if (U_FAILURE(status)) return false;
  std::string plain = text;
  std::replace(plain.begin(), plain.end(), ' ', '-');
  std::string spelled = without_soft_hyphens(ordinal);
  std::replace(spelled.begin(), spelled.end(), ' ', '-');
  return plain == spelled;
}

// Longer than any number kroniek counts spelled out: "negenhonderdnegenennegentigduizend"
// + "negenhonderdnegenennegentig" is 62 bytes, "nine hundred ninety-nine thousand nine
// hundred ninety-nine" 58. ICU's lenient spell-out parser takes milliseconds a byte on a
// word it cannot read (40 under AddressSanitizer), so long tokens (URLs, runs of letters)
// would stall coding for minutes (found by fuzzing: fuzz/regressions/number).
constexpr std::size_t kMaxSpelledBytes = 80;

std::optional<double> parse_spelled(const std::string& text, const NumberParsers& parsers) {
  if (!parsers.words || text.empty() || text.size() > kMaxSpelledBytes || contains_digit(text))
    return {};
  const auto value = parse_whole(*parsers.words, text);
  if (!value || spells_ordinal(*parsers.words, text, *value)) return {};
  return value;
}

std::optional<double> parse_digits(const std::string& word, const NumberParsers& parsers) {
  if (!parsers.digits || !is_digit_form(word)) return {};
  return parse_whole(*parsers.digits, word);
}

// ---------------------------------------------------------------- numbers

// Words that multiply the number before them: "1,5 miljoen", "700 duizend".
std::optional<long long> multiplier_of(std::string_view word) {
  // Asked of every token: eight words compared by length first.
  static constexpr std::pair<std::string_view, long long> kMultipliers[] = {
      {"honderd", 100}, {"duizend", 1000},  {"miljoen", 1000000}, {"miljard", 1000000000},
      {"hundred", 100}, {"thousand", 1000}, {"million", 1000000}, {"billion", 1000000000},
  };
  for (const auto& [name, value] : kMultipliers) {
    if (word == name) return value;
  }
  return {};
}

std::string joined(const std::vector<std::string>& words, std::size_t first, std::size_t last,
                   const std::string& lang) {
  std::string text;
  // Dutch writes number words as one word ("zevenhonderd"); English separates them.
  const std::string separator = lang == "nl" ? "" : " ";
  for (std::size_t i = first; i < last; ++i) text += (i == first ? "" : separator) + words[i];
  return text;
}

std::optional<double> parse_numeral_words(const std::vector<std::string>& words, std::size_t count,
                                          const std::string& lang) {
  const NumberParsers& parsers = parsers_for(lang);
  if (count == 1) {
    if (const auto digits = parse_digits(words[0], parsers)) return digits;
  }
  return parse_spelled(joined(words, 0, count, lang), parsers);
}

std::optional<long long> whole_number(double value) {
  const double rounded = std::round(value);
  if (value < 0 || std::abs(value - rounded) > 1e-6 * std::max(1.0, rounded)) return {};
  if (rounded > 9e17) return {};
  return static_cast<long long>(rounded);
}

// ---------------------------------------------------------------- tables

using KindTable = std::map<std::string, std::string, std::less<>>;

bool in(const WordSet& set, std::string_view word) { return set.contains(word); }

// Vague counts and the least number each one means.
const std::map<std::string, long long, std::less<>>& vague_minimums() {
  static const std::map<std::string, long long, std::less<>> table = {
      {"meerdere", 2},
      {"enkele", 2},
      {"verscheidene", 2},
      {"diverse", 2},
      {"tientallen", 20},
      {"honderden", 200},
      {"duizenden", 2000},
      {"tienduizenden", 20000},
      {"honderdduizenden", 200000},
      {"miljoenen", 2000000},
      {"several", 2},
      {"dozens", 24},  // two dozen at least
      {"hundreds", 200},
      {"thousands", 2000},
      {"millions", 2000000},
  };
  return table;
}

// Vague words that are nouns and can stand alone: "tientallen raakten gewond".
const WordSet& vague_nouns() {
  static const WordSet words = {"tientallen",       "honderden", "duizenden", "tienduizenden",
                                "honderdduizenden", "miljoenen", "dozens",    "hundreds",
                                "thousands",        "millions"};
  return words;
}

// Nouns (and nominalised adjectives) that name the people counted by what
// happened to them. Word forms and lemmas, lower case.
const KindTable& casualty_nouns() {
  static const KindTable table = {
      // Dutch
      {"dode", "killed"},
      {"doden", "killed"},
      {"dood", "killed"},
      {"gesneuvelde", "killed"},
      {"gesneuvelden", "killed"},
      {"omgekomenen", "killed"},
      {"doodsslachtoffers", "killed"},
      {"levens", "killed"},
      {"gewonde", "wounded"},
      {"gewonden", "wounded"},
      {"gewond", "wounded"},
      {"zwaargewonden", "wounded"},
      {"lichtgewonden", "wounded"},
      {"ontheemde", "displaced"},
      {"ontheemden", "displaced"},
      {"ontheemd", "displaced"},
      {"vluchteling", "displaced"},
      {"vluchtelingen", "displaced"},
      {"arrestant", "arrested"},
      {"arrestanten", "arrested"},
      {"arrestatie", "arrested"},
      {"arrestaties", "arrested"},
      {"aanhoudingen", "arrested"},
      {"gevangene", "detained"},
      {"gevangenen", "detained"},
      {"krijgsgevangenen", "detained"},
      {"gedetineerden", "detained"},
      {"gijzelaar", "detained"},
      {"gijzelaars", "detained"},
      {"ontvoerden", "detained"},
      // English
      {"dead", "killed"},
      {"killed", "killed"},
      {"deaths", "killed"},
      {"fatalities", "killed"},
      {"lives", "killed"},
      {"wounded", "wounded"},
      {"injured", "wounded"},
      {"injuries", "wounded"},
      {"displaced", "displaced"},
      {"refugees", "displaced"},
      {"refugee", "displaced"},
      {"evacuees", "displaced"},
      {"arrested", "arrested"},
      {"arrests", "arrested"},
      {"detained", "detained"},
      {"detainees", "detained"},
      {"hostages", "detained"},
      {"prisoners", "detained"},
      {"captives", "detained"},
  };
  return table;
}

// Kinds a noun states less firmly than a verb: twenty prisoners who "werden
// gedood" are killed, not detained.
bool verb_may_override(const std::string& kind) { return kind != "killed" && kind != "wounded"; }

// Verbs, participles and predicative adjectives that say what happened to the
// people counted. Lemmas (with separable particles joined: "omkomen" for
// "kwamen ... om") and word forms, lower case.
const KindTable& trigger_words() {
  static const KindTable table = {
      // Dutch: killed
      {"omkomen", "killed"},
      {"omgekomen", "killed"},
      {"doden", "killed"},
      {"gedood", "killed"},
      {"gedode", "killed"},
      {"sneuvelen", "killed"},
      {"gesneuveld", "killed"},
      {"vermoorden", "killed"},
      {"vermoord", "killed"},
      {"doodschieten", "killed"},
      {"doodgeschoten", "killed"},
      {"doodslaan", "killed"},
      {"executeren", "killed"},
      {"geëxecuteerd", "killed"},
      {"ombrengen", "killed"},
      {"omgebracht", "killed"},
      {"sterven", "killed"},
      {"overlijden", "killed"},
      {"overleden", "killed"},
      {"dodelijk", "killed"},
      {"dodelijke", "killed"},
      {"dood", "killed"},
      // Dutch: wounded
      {"gewond", "wounded"},
      {"gewonde", "wounded"},
      {"verwonden", "wounded"},
      {"verwond", "wounded"},
      // Dutch: displaced
      {"vluchten", "displaced"},
      {"gevlucht", "displaced"},
      {"gevluchte", "displaced"},
      {"ontvluchten", "displaced"},
      {"ontheemd", "displaced"},
      {"ontheemde", "displaced"},
      {"verdrijven", "displaced"},
      {"verdreven", "displaced"},
      {"evacueren", "displaced"},
      {"geëvacueerd", "displaced"},
      // Dutch: arrested
      {"arresteren", "arrested"},
      {"gearresteerd", "arrested"},
      {"gearresteerde", "arrested"},
      {"oppakken", "arrested"},
      {"opgepakt", "arrested"},
      {"aanhouden", "arrested"},
      {"aangehouden", "arrested"},
      // Dutch: detained
      {"vasthouden", "detained"},
      {"vastgehouden", "detained"},
      {"vastzetten", "detained"},
      {"vastgezet", "detained"},
      {"gevangennemen", "detained"},
      {"gevangengenomen", "detained"},
      {"ontvoeren", "detained"},
      {"ontvoerd", "detained"},
      {"ontvoerde", "detained"},
      {"gijzelen", "detained"},
      {"gegijzeld", "detained"},
      {"gegijzelde", "detained"},
      {"opsluiten", "detained"},
      {"opgesloten", "detained"},
      // English
      {"kill", "killed"},
      {"killed", "killed"},
      {"die", "killed"},
      {"died", "killed"},
      {"dead", "killed"},
      {"slain", "killed"},
      {"murder", "killed"},
      {"murdered", "killed"},
      {"execute", "killed"},
      {"executed", "killed"},
      {"wound", "wounded"},
      {"wounded", "wounded"},
      {"injure", "wounded"},
      {"injured", "wounded"},
      {"hurt", "wounded"},
      {"flee", "displaced"},
      {"fled", "displaced"},
      {"displace", "displaced"},
      {"displaced", "displaced"},
      {"evacuate", "displaced"},
      {"evacuated", "displaced"},
      {"uprooted", "displaced"},
      {"arrest", "arrested"},
      {"arrested", "arrested"},
      {"detain", "detained"},
      {"detained", "detained"},
      {"held", "detained"},
      {"kidnap", "detained"},
      {"kidnapped", "detained"},
      {"abduct", "detained"},
      {"abducted", "detained"},
      {"capture", "detained"},
      {"captured", "detained"},
      {"jail", "detained"},
      {"jailed", "detained"},
      {"imprison", "detained"},
      {"imprisoned", "detained"},
  };
  return table;
}

// Nouns after a numeral that are not people: "twee jaar", "700.000 euro",
// "drie dagen", "tientallen huizen".
const WordSet& uncounted_nouns() {
  static const WordSet words = {"jaar",
                                "jaren",
                                "dag",
                                "dagen",
                                "week",
                                "weken",
                                "maand",
                                "maanden",
                                "uur",
                                "uren",
                                "minuut",
                                "minuten",
                                "seconde",
                                "seconden",
                                "eeuw",
                                "eeuwen",
                                "keer",
                                "keren",
                                "maal",
                                "euro",
                                "euro's",
                                "dollar",
                                "dollars",
                                "pond",
                                "ponden",
                                "procent",
                                "kilometer",
                                "kilometers",
                                "meter",
                                "meters",
                                "kilo",
                                "kilo's",
                                "ton",
                                "tonnen",
                                "huis",
                                "huizen",
                                "woningen",
                                "gebouwen",
                                "dorpen",
                                "steden",
                                "raketten",
                                "granaten",
                                "bommen",
                                "voertuigen",
                                "tanks",
                                "vliegtuigen",
                                "drones",
                                "wapens",
                                "slachtofferaantal",
                                "year",
                                "years",
                                "day",
                                "days",
                                "week",
                                "weeks",
                                "month",
                                "months",
                                "hour",
                                "hours",
                                "minutes",
                                "times",
                                "dollars",
                                "euros",
                                "percent",
                                "kilometres",
                                "kilometers",
                                "miles",
                                "homes",
                                "houses",
                                "buildings",
                                "villages",
                                "towns",
                                "rockets",
                                "missiles",
                                "vehicles",
                                "weapons",
                                "troops-sent"};
  return words;
}

// People nouns that may follow the numeral "één"/"one" in the singular.
const WordSet& singular_people() {
  static const WordSet words = {
      "persoon", "mens",     "burger", "soldaat",    "militair",    "kind",       "man",
      "vrouw",   "strijder", "agent",  "journalist", "demonstrant", "person",     "civilian",
      "soldier", "child",    "woman",  "fighter",    "officer",     "journalist", "protester"};
  return words;
}

// Words that end a clause inside a sentence.
const WordSet& clause_boundary_words() {
  static const WordSet words = {"en",    "maar",  "terwijl", "waarbij",   "waarna",
                                "nadat", "toen",  "omdat",   "hoewel",    "waardoor",
                                "and",   "but",   "while",   "whereas",   "when",
                                "after", "which", "who",     "including", "onder"};
  return words;
}

const WordSet& year_prepositions() {
  static const WordSet words = {"in",    "sinds",  "sedert", "tot",    "van",
                                "vanaf", "since",  "until",  "during", "by",
                                "from",  "before", "after",  "voor",   "na"};
  return words;
}

// Verbs after which "tot"/"to" means "reached", not "at most": "het dodental
// is opgelopen tot 50".
const WordSet& rise_verbs() {
  static const WordSet words = {"stijgen",  "oplopen",   "toenemen",   "rise", "climb", "increase",
                                "gestegen", "opgelopen", "toegenomen", "rose", "risen", "climbed"};
  return words;
}

// ---------------------------------------------------------------- tokens

// A sentence's tokens with their words and lemmas lower-cased once.
struct View {
  View(const Sentence& sentence, const std::string& lang)
      : sentence(sentence), tokens(sentence.tokens), lang(lang) {}
  const Sentence& sentence;
  const std::vector<Token>& tokens;
  const std::string& lang;
  int size() const { return static_cast<int>(tokens.size()); }
  const std::string& word(int i) const { return tokens[i].word_lower; }
  const std::string& lemma(int i) const { return tokens[i].lemma_lower; }
};

bool is_numeral_tag(const View& v, int i) { return is_cardinal(v.tokens[i]); }

bool is_punctuation(const View& v, int i) {
  if (is_punctuation(v.tokens[i])) return true;
  const std::string& w = v.tokens[i].word;
  return w == "," || w == ";" || w == ":" || w == "(" || w == ")" || w == "." || w == "-" ||
         w == "–" || w == "—";
}

// The kind a word names as a noun, by word form and then by lemma.
std::optional<std::string> lookup(const KindTable& table, const View& v, int i) {
  auto found = table.find(v.word(i));
  if (found == table.end()) found = table.find(v.lemma(i));
  if (found == table.end()) return {};
  return found->second;
}

bool is_verb(const View& v, int i) { return is_verb(v.tokens[i]) && !is_nominalised(v.tokens[i]); }

bool is_plural_noun(const View& v, int i) { return is_plural_nominal(v.tokens[i]); }

// "Syriërs", "Kurds": Frog tags demonyms as names (SPEC(deeleigen)).
bool is_plural_name(const View& v, int i) {
  if (!is_proper_noun(v.tokens[i])) return false;
  const std::string& w = v.tokens[i].word;
  const bool capitalised = !w.empty() && std::isupper(static_cast<unsigned char>(w[0]));
  return capitalised && w.size() > 3 && (w.back() == 's' || w.ends_with("en"));
}

bool is_prenominal_modifier(const View& v, int i) { return may_modify_noun(v.tokens[i]); }

bool is_clause_boundary(const View& v, int i) {
  if (is_punctuation(v, i)) return true;
  if (is_conjunction(v.tokens[i]) || is_relative_pronoun(v.tokens[i])) return true;
  return in(clause_boundary_words(), v.word(i));
}

// ---------------------------------------------------------------- the count

struct Count {
  int first = 0, last = 0;
  std::optional<long long> value;  // null for vague words
  long long vague_min = 0;
};

// "tens of thousands", "hundreds of thousands", "a few": English vague
// phrases of several words.
std::optional<Count> read_english_vague_phrase(const View& v, int i) {
  if (i + 2 < v.size() && v.word(i + 1) == "of" && v.word(i + 2) == "thousands") {
    if (v.word(i) == "tens") return Count{i, i + 2, std::nullopt, 20000};
    if (v.word(i) == "hundreds") return Count{i, i + 2, std::nullopt, 200000};
  }
  if (i + 1 < v.size() && v.word(i) == "a" && v.word(i + 1) == "few")
    return Count{i, i + 1, std::nullopt, 2};
  return {};
}

std::optional<Count> read_vague(const View& v, int i) {
  if (v.lang == "en") {
    if (auto phrase = read_english_vague_phrase(v, i)) return phrase;
  }
  const auto found = vague_minimums().find(v.word(i));
  if (found == vague_minimums().end()) return {};
  // "een enkele dode" is one death, not a few.
  if (i > 0 && (v.word(i - 1) == "een" || v.word(i - 1) == "één")) return {};
  return Count{i, i, std::nullopt, found->second};
}

// A token that can be part of a numeral: tagged as one, written in digits, or
// a multiplier ("miljoen", "million").
// Every English number word begins with one of these. ICU's spell-out parser
// takes milliseconds a word, so it is asked only about words that may be one:
// asked about every untagged word, it took a minute on 20,000 of them.
bool may_spell_english_number(const std::string& word) {
  static constexpr std::string_view kStems[] = {"zero", "one", "two", "thr", "thir", "four", "for",
                                                "fiv",  "fif", "six", "sev", "eig",  "nin",  "ten",
                                                "ele",  "twe", "hun", "tho", "mil",  "bil",  "tri"};
  const std::string lower = to_lower(word);
  return std::any_of(std::begin(kStems), std::end(kStems),
                     [&](std::string_view stem) { return lower.starts_with(stem); });
}

bool is_numeral_part(const View& v, int i) {
  const std::string w = v.word(i);
  if (is_digit_form(w) || multiplier_of(w)) return true;
  if (is_numeral_tag(v, i)) return true;
  // Without a tag (or with a tagger that misses spelled numbers) an English
  // number word still counts; "a" and "an" are articles.
  return v.lang == "en" && may_spell_english_number(w) && parse_number({w}, v.lang).has_value();
}

// "in 2019 protesters were arrested": a year after a preposition is no count.
bool looks_like_year(const View& v, int i) {
  const std::string& w = v.tokens[i].word;
  if (w.size() != 4 || !std::all_of(w.begin(), w.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      }))
    return false;
  const int year = std::stoi(w);
  if (year < 1800 || year > 2100 || i == 0) return false;
  return is_adposition(v.tokens[i - 1]) || in(year_prepositions(), v.word(i - 1));
}

// The first token of a numeral: "duizend" and "honderd" alone are numbers
// too, "miljoen" alone is a noun.
bool starts_numeral(const View& v, int i) {
  if (multiplier_of(v.word(i))) return is_numeral_tag(v, i);
  return is_numeral_part(v, i) && !looks_like_year(v, i);
}

std::optional<Count> read_numeral(const View& v, int i) {
  if (!starts_numeral(v, i)) return {};
  int last = i;
  while (last + 1 < v.size() && is_numeral_part(v, last + 1)) ++last;
  // The longest run that parses: "twenty one" before "twenty".
  for (; last >= i; --last) {
    std::vector<std::string> words;
    for (int k = i; k <= last; ++k) words.push_back(v.tokens[k].word);
    if (const auto value = parse_number(words, v.lang)) return Count{i, last, value, 0};
  }
  return {};
}

std::optional<Count> read_count(const View& v, int i) {
  if (auto vague = read_vague(v, i)) return vague;
  return read_numeral(v, i);
}

// ---------------------------------------------------------------- the noun

struct Head {
  int index = -1;
  std::vector<int> modifiers;  // prenominal adjectives between count and noun
};

bool is_singular_person(const View& v, int i) {
  return in(singular_people(), v.word(i)) || in(singular_people(), v.lemma(i));
}

// People counted: plural nouns and names, a casualty noun, or after "één" /
// "one" a person in the singular.
bool is_countable_head(const View& v, const Count& count, int i) {
  if (in(uncounted_nouns(), v.word(i)) || in(uncounted_nouns(), v.lemma(i))) return false;
  if (lookup(casualty_nouns(), v, i) || is_plural_noun(v, i) || is_plural_name(v, i)) return true;
  return count.value == 1 && is_singular_person(v, i);
}

// Skips "of (the)" / "van de" between a count and its noun: "dozens of people".
int skip_partitive(const View& v, int i) {
  if (i < v.size() && (v.word(i) == "of" || v.word(i) == "van")) {
    ++i;
    if (i < v.size() && (v.word(i) == "the" || v.word(i) == "de")) ++i;
  }
  return i;
}

std::optional<Head> find_head(const View& v, const Count& count) {
  Head head;
  int i = skip_partitive(v, count.last + 1);
  // A casualty word right after the count is the head whatever its tag ("12 killed").
  for (; i < v.size() && !lookup(casualty_nouns(), v, i) && is_prenominal_modifier(v, i); ++i)
    head.modifiers.push_back(i);
  if (i < v.size() && is_countable_head(v, count, i)) {
    head.index = i;
    return head;
  }
  // "tientallen raakten gewond": the vague noun is its own head.
  if (!count.value && in(vague_nouns(), v.word(count.last))) {
    head.modifiers.clear();
    head.index = count.last;
    return head;
  }
  return {};
}

// "één"/"one" counts only a person or a casualty ("één dode"); "een" without
// accent is usually the article, so it needs a casualty noun.
bool acceptable_single(const View& v, const Count& count, const Head& head) {
  if (!count.value || *count.value != 1) return true;
  if (lookup(casualty_nouns(), v, head.index)) return true;
  const std::string w = v.word(count.first);
  if (w == "een" || w == "1") return false;
  return is_singular_person(v, head.index);
}

// A plural head for counts above one, any countable head for one.
bool acceptable_number(const View& v, const Count& count, const Head& head) {
  if (head.index == count.last) return true;  // a vague noun standing alone
  if (count.value && *count.value == 1) return acceptable_single(v, count, head);
  return true;
}

// ---------------------------------------------------------------- qualifier

struct Qualifier {
  std::vector<std::string> words;
  std::string name;
  int offset = 0;  // bound = value + offset: "meer dan 50" -> 51, "bijna 100" -> 99
};

const std::vector<Qualifier>& qualifiers() {
  static const std::vector<Qualifier> table = [] {
    std::vector<Qualifier> list = {
        // Dutch
        {{"ongeveer"}, "approximate"},
        {{"circa"}, "approximate"},
        {{"ca."}, "approximate"},
        {{"rond", "de"}, "approximate"},
        {{"rond"}, "approximate"},
        {{"rondom"}, "approximate"},
        {{"zo'n"}, "approximate"},
        {{"naar", "schatting"}, "approximate"},
        {{"omstreeks"}, "approximate"},
        {{"pakweg"}, "approximate"},
        {{"ruwweg"}, "approximate"},
        {{"zeker"}, "at_least"},
        {{"minstens"}, "at_least"},
        {{"ten", "minste"}, "at_least"},
        {{"tenminste"}, "at_least"},
        {{"minimaal"}, "at_least"},
        {{"meer", "dan"}, "at_least", 1},
        {{"ruim"}, "at_least", 1},
        {{"hoogstens"}, "at_most"},
        {{"maximaal"}, "at_most"},
        {{"ten", "hoogste"}, "at_most"},
        {{"tot", "wel"}, "at_most"},
        {{"tot"}, "at_most"},
        {{"bijna"}, "at_most", -1},
        {{"minder", "dan"}, "at_most", -1},
        {{"nog", "geen"}, "at_most", -1},
        // English
        {{"about"}, "approximate"},
        {{"around"}, "approximate"},
        {{"some"}, "approximate"},
        {{"approximately"}, "approximate"},
        {{"roughly"}, "approximate"},
        {{"an", "estimated"}, "approximate"},
        {{"estimated"}, "approximate"},
        {{"at", "least"}, "at_least"},
        {{"more", "than"}, "at_least", 1},
        {{"over"}, "at_least", 1},
        {{"up", "to"}, "at_most"},
        {{"at", "most"}, "at_most"},
        {{"as", "many", "as"}, "at_most"},
        {{"nearly"}, "at_most", -1},
        {{"almost"}, "at_most", -1},
        {{"fewer", "than"}, "at_most", -1},
        {{"less", "than"}, "at_most", -1},
    };
    // Longest phrases first, so "rond de" wins over "rond".
    std::stable_sort(list.begin(), list.end(), [](const Qualifier& a, const Qualifier& b) {
      return a.words.size() > b.words.size();
    });
    return list;
  }();
  return table;
}

bool words_match_before(const View& v, int end, const std::vector<std::string>& words) {
  const int first = end - static_cast<int>(words.size());
  if (first < 0) return false;
  for (std::size_t k = 0; k < words.size(); ++k)
    if (v.word(first + static_cast<int>(k)) != words[k]) return false;
  return true;
}

// The qualifier right before the count, and its first token.
std::pair<const Qualifier*, int> read_qualifier(const View& v, int count_first) {
  for (const Qualifier& q : qualifiers()) {
    if (!words_match_before(v, count_first, q.words)) continue;
    const int first = count_first - static_cast<int>(q.words.size());
    if (q.words.front() == "tot" && first > 0 &&
        (in(rise_verbs(), v.word(first - 1)) || in(rise_verbs(), v.lemma(first - 1))))
      return {nullptr, count_first};
    return {&q, first};
  }
  return {nullptr, count_first};
}

// ---------------------------------------------------------------- the clause

// The words of a clause that may be a separable part of its verb ("om" of
// "kwamen ... om", "vast" of "hielden ... vast", "dood" of "schoten ... dood",
// "gevangen" of "namen ... gevangen"), to join to the verbs' lemmas. Read
// from the tags, not the parse: a sentence that only gives a count is not
// parsed (code/triage.h), and the join must find the same words in it.
std::vector<std::string> particles(const View& v, int first, int last) {
  std::vector<std::string> found;
  for (int i = first; i <= last; ++i) {
    const Token& t = v.tokens[i];
    if (is_particle(t) || is_adjective(t) || is_participle(t)) found.push_back(v.word(i));
  }
  return found;
}

bool segment_has_word(const View& v, int first, int last, const WordSet& words) {
  for (int i = first; i <= last; ++i)
    if (in(words, v.word(i)) || in(words, v.lemma(i))) return true;
  return false;
}

// Multi-word expressions: "op de vlucht", "het leven lieten", "moesten hun
// huizen verlaten", "lost their lives", "forced from their homes".
std::optional<std::string> phrase_kind(const View& v, int i, int first, int last) {
  const std::string w = v.word(i);
  if (w == "vlucht" && i >= 2 && v.word(i - 2) == "op" && v.word(i - 1) == "de") return "displaced";
  if (w == "leven" && segment_has_word(v, first, last, {"laten", "lieten", "liet"}))
    return "killed";
  // "kwamen om het leven", "brachten hen om het leven"
  if (w == "leven" && i >= 2 && v.word(i - 2) == "om" && v.word(i - 1) == "het") return "killed";
  if ((w == "huizen" || w == "huis" || w == "woningen" || w == "woonplaats") &&
      segment_has_word(v, first, last, {"verlaten", "ontvluchten", "ontvlucht"}))
    return "displaced";
  if (w == "lives" && segment_has_word(v, first, last, {"lose", "lost"})) return "killed";
  if ((w == "homes" || w == "home") &&
      segment_has_word(v, first, last,
                       {"force", "forced", "flee", "fled", "leave", "left", "driven", "drive"}))
    return "displaced";
  if (w == "hostage" && segment_has_word(v, first, last, {"take", "taken", "took"}))
    return "detained";
  return {};
}

// What token `i` of the clause [first, last] says happened to people.
std::optional<std::string> trigger_kind(const View& v, int i, int first, int last) {
  if (auto phrase = phrase_kind(v, i, first, last)) return phrase;
  // "doden" and "dood" as nouns are the counted dead, not a predicate.
  if (is_noun(v.tokens[i]) || is_nominalised(v.tokens[i])) return {};
  if (auto kind = lookup(trigger_words(), v, i)) return kind;
  if (!is_verb(v, i)) return {};
  for (const std::string& particle : particles(v, first, last)) {
    const auto found = trigger_words().find(particle + v.lemma(i));
    if (found != trigger_words().end()) return found->second;
  }
  return {};
}

struct Segment {
  int first = 0, last = 0;
};

// The stretch of tokens around `i` between clause boundaries.
Segment segment_around(const View& v, int i) {
  Segment s{i, i};
  while (s.first > 0 && !is_clause_boundary(v, s.first - 1)) --s.first;
  while (s.last + 1 < v.size() && !is_clause_boundary(v, s.last + 1)) ++s.last;
  return s;
}

// The kind nearest to `anchor` in the segment, skipping the count's own tokens.
std::optional<std::string> nearest_trigger(const View& v, const Segment& s, int anchor,
                                           const QuantityMention& span) {
  std::optional<std::string> best;
  int best_distance = 0;
  for (int i = s.first; i <= s.last; ++i) {
    if (i >= span.first && i <= span.last) continue;
    const auto kind = trigger_kind(v, i, s.first, s.last);
    if (kind && (!best || std::abs(i - anchor) < best_distance)) {
      best = kind;
      best_distance = std::abs(i - anchor);
    }
  }
  return best;
}

// Auxiliaries and copulas carry no event of their own: in "zijn … naar
// Tsjaad en Egypte gevlucht" the predicate is the participle after the "en".
bool is_auxiliary(const View& v, int i) {
  static const WordSet auxiliaries = {"zijn", "hebben", "worden", "zullen", "be", "have", "will"};
  return in(auxiliaries, v.lemma(i));
}

bool has_predicate(const View& v, const Segment& s) {
  for (int i = s.first; i <= s.last; ++i)
    if (is_verb(v, i) && !is_auxiliary(v, i)) return true;
  return false;
}

// The kind the clause of the count gives it. The count's own segment decides
// when it has a predicate ("werden gestuurd" decides: nothing); a segment
// without one ("Zeven soldaten en drie burgers kwamen om", "onder wie vier
// kinderen") borrows the next predicate to the right, else to the left.
std::optional<std::string> clause_kind(const View& v, const QuantityMention& span) {
  const Segment own = segment_around(v, span.last);
  if (auto kind = nearest_trigger(v, own, span.last, span)) return kind;
  if (has_predicate(v, own)) return {};
  for (int i = own.last + 1; i < v.size(); ++i) {
    if (is_clause_boundary(v, i)) continue;
    const Segment next = segment_around(v, i);
    if (auto kind = nearest_trigger(v, next, next.first, span)) return kind;
    if (has_predicate(v, next)) break;
    i = next.last;
  }
  for (int i = own.first - 1; i >= 0; --i) {
    if (is_clause_boundary(v, i)) continue;
    const Segment previous = segment_around(v, i);
    if (auto kind = nearest_trigger(v, previous, previous.last, span)) return kind;
    if (has_predicate(v, previous)) break;
    i = previous.first;
  }
  return {};
}

std::optional<std::string> modifier_kind(const View& v, const Head& head) {
  for (int i : head.modifiers)
    if (auto kind = lookup(trigger_words(), v, i)) return kind;
  return {};
}

// A casualty noun ("doden", "gewonden") names the kind itself; a noun of
// state ("gevangenen", "vluchtelingen") yields to a verb in its own clause;
// a people noun takes its kind from an adjective ("gewonde burgers") or the
// clause.
std::optional<std::string> kind_of(const View& v, const Head& head, const QuantityMention& span) {
  const auto noun = lookup(casualty_nouns(), v, head.index);
  if (noun && !verb_may_override(*noun)) return noun;
  if (auto modifier = modifier_kind(v, head)) return modifier;
  if (noun) {
    const auto verb = nearest_trigger(v, segment_around(v, span.last), span.last, span);
    return verb ? verb : noun;
  }
  return clause_kind(v, span);
}

// ---------------------------------------------------------------- the record

void set_bounds(Quantity& q, const Count& count, const Qualifier* qualifier) {
  if (!count.value) {
    q.qualifier = "vague";
    q.min = count.vague_min;
    return;
  }
  const long long value = *count.value;
  q.value = value;
  q.qualifier = qualifier ? qualifier->name : "exact";
  if (q.qualifier == "exact") {
    q.min = q.max = value;
  } else if (q.qualifier == "at_least") {
    q.min = value + qualifier->offset;
  } else if (q.qualifier == "at_most") {
    q.max = value + qualifier->offset;
  }
}

// The count that starts at token `i`, if any.
std::optional<QuantityMention> quantity_at(const View& v, int i, const std::string& document_text) {
  const auto count = read_count(v, i);
  if (!count) return {};
  const auto head = find_head(v, *count);
  if (!head || !acceptable_number(v, *count, *head)) return {};
  const auto [qualifier, first] =
      count->value ? read_qualifier(v, count->first) : std::pair<const Qualifier*, int>{nullptr, i};
  QuantityMention mention;
  mention.first = first;
  mention.last = head->index;
  // The count's own words (not the qualifier) are skipped when looking for
  // the clause's verb, so "gewonden" is not also a trigger for itself.
  QuantityMention own{count->first, head->index, {}};
  const auto kind = kind_of(v, *head, own);
  if (!kind) return {};
  mention.quantity.kind = *kind;
  set_bounds(mention.quantity, *count, qualifier);
  mention.quantity.text = span_text(v.sentence, mention.first, mention.last, document_text);
  return mention;
}

}  // namespace

namespace {

std::optional<long long> parse_number_uncached(const std::vector<std::string>& words,
                                               const std::string& lang) {
  std::vector<std::string> lowered;
  for (const std::string& w : words) lowered.push_back(to_lower(w) == "één" ? "een" : to_lower(w));
  // Spelled out as a whole: "zevenhonderd", "seven hundred thousand".
  if (const auto value = parse_numeral_words(lowered, lowered.size(), lang))
    return whole_number(*value);
  // A number before multipliers: "1,5 miljoen", "2.3 million", "700 duizend".
  std::size_t count = lowered.size();
  double factor = 1;
  while (count > 1 && multiplier_of(lowered[count - 1])) factor *= *multiplier_of(lowered[--count]);
  if (factor == 1) return {};
  const auto value = parse_numeral_words(lowered, count, lang);
  if (!value) return {};
  return whole_number(*value * factor);
}

}  // namespace

// ICU's parsers take tens of microseconds a word, and news repeats its
// numbers: each thread keeps what it parsed (a few thousand entries at most).
std::optional<long long> parse_number(const std::vector<std::string>& words,
                                      const std::string& lang) {
  if (words.empty()) return {};
  constexpr std::size_t kMaxCached = 4096;
  thread_local std::unordered_map<std::string, std::optional<long long>> parsed;
  std::string key = lang;
  for (const std::string& w : words) key += '\x1f' + w;
  if (const auto found = parsed.find(key); found != parsed.end()) return found->second;
  if (parsed.size() >= kMaxCached) parsed.clear();
  const std::optional<long long> value = parse_number_uncached(words, lang);
  parsed.emplace(std::move(key), value);
  return value;
}

std::vector<QuantityMention> find_quantities(const Sentence& sentence,
                                             const std::string& document_text,
                                             const std::string& lang) {
  std::vector<QuantityMention> found;
  if (lang != "nl" && lang != "en") return found;
  const View v(sentence, lang);
  for (int i = 0; i < v.size(); ++i) {
    if (auto mention = quantity_at(v, i, document_text)) {
      i = mention->last;
      found.push_back(std::move(*mention));
    }
  }
  return found;
}

}  // namespace kroniek
