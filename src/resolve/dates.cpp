#include "resolve/dates.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>

#include "core/date.h"
#include "core/word_class.h"
#include "core/word_set.h"
#include "lexicon/dictionary_file.h"
#include "resolve/quantities.h"

namespace kroniek {
namespace {

namespace ch = std::chrono;

// ---------------------------------------------------------------- calendar

enum class Precision { day, month, year };

// A calendar period: the day it starts on and how long it is.
struct Point {
  ch::sys_days day;
  Precision precision = Precision::day;
};

// What an expression says: one period, or a range from `begin` to `end`.
struct Resolved {
  Point begin;
  std::optional<Point> end;
};

Point day_point(ch::sys_days day) { return {day, Precision::day}; }

Point month_point(ch::year_month month) {
  return {ch::sys_days{month / ch::day{1}}, Precision::month};
}

Point year_point(ch::year year) { return {ch::sys_days{year / ch::January / 1}, Precision::year}; }

std::optional<ch::sys_days> parse_document_date(std::string_view date) {
  if (!is_iso_date(date)) return std::nullopt;
  const int year = std::atoi(std::string(date.substr(0, 4)).c_str());
  const unsigned month = std::atoi(std::string(date.substr(5, 2)).c_str());
  const unsigned day = std::atoi(std::string(date.substr(8, 2)).c_str());
  return ch::sys_days{ch::year{year} / ch::month{month} / ch::day{day}};
}

std::string format_point(const Point& point) {
  const ch::year_month_day ymd{point.day};
  char buffer[16];
  const int year = static_cast<int>(ymd.year());
  const unsigned month = static_cast<unsigned>(ymd.month());
  const unsigned day = static_cast<unsigned>(ymd.day());
  switch (point.precision) {
    case Precision::day:
      std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year, month, day);
      break;
    case Precision::month:
      std::snprintf(buffer, sizeof buffer, "%04d-%02u", year, month);
      break;
    case Precision::year:
      std::snprintf(buffer, sizeof buffer, "%04d", year);
      break;
  }
  return buffer;
}

// The latest `wanted` weekday on or before `day`.
ch::sys_days weekday_on_or_before(ch::sys_days day, ch::weekday wanted) {
  return day - (ch::weekday{day} - wanted);
}

// The first `wanted` weekday on or after `day`.
ch::sys_days weekday_on_or_after(ch::sys_days day, ch::weekday wanted) {
  return day + (wanted - ch::weekday{day});
}

ch::sys_days monday_of_week(ch::sys_days day) { return weekday_on_or_before(day, ch::Monday); }

// `day` moved by whole months; a day the target month lacks (31 March minus
// a month) becomes that month's last day.
ch::sys_days add_months(ch::sys_days day, int count) {
  const ch::year_month_day ymd{day};
  const ch::year_month target = ch::year_month{ymd.year(), ymd.month()} + ch::months{count};
  const ch::year_month_day moved{target / ymd.day()};
  if (moved.ok()) return ch::sys_days{moved};
  return ch::sys_days{target / ch::last};
}

ch::year_month month_of(ch::sys_days day) {
  const ch::year_month_day ymd{day};
  return {ymd.year(), ymd.month()};
}

ch::year year_of(ch::sys_days day) { return ch::year_month_day{day}.year(); }

// ---------------------------------------------------------------- vocabulary

// Relative expressions that name a period around the document date.
enum class Relative {
  day_offset,
  previous_week,
  past_seven_days,
  earlier_this_week,
  this_week,
  next_week,
  last_weekend,
  this_weekend,
  previous_month,
  past_month,
  this_month,
  next_month,
  previous_year,
  past_year,
  this_year,
  next_year
};

struct RelativePhrase {
  std::vector<std::string> words;  // lowercase
  Relative kind;
  int offset = 0;  // days, for day_offset
};

enum class Unit { hour, day, week, month, year };

struct Vocabulary {
  std::map<std::string, unsigned, std::less<>> months;  // full names
  std::map<std::string, unsigned, std::less<>> month_abbreviations;
  bool capitalized_months = false;     // English: "May", not the verb "may"
  std::vector<std::string> weekdays;   // Sunday first, as std::chrono::weekday counts
  std::vector<std::string> day_parts;  // "avond" in "maandagavond", "night" in "Monday night"
  bool day_part_is_suffix = false;     // Dutch writes it as one word
  WordSet past_modifiers;              // "afgelopen zaterdag"
  WordSet future_modifiers;
  WordSet ordinal_suffixes;  // "8th"
  std::vector<RelativePhrase> phrases;
  WordSet noun_homographs;  // "morgen" is also "morning": not after an article
  WordSet articles;
  std::map<std::string, Unit, std::less<>> units;
  std::string ago;              // "<n> <unit> geleden"
  std::string ahead;            // "over <n> <unit>"
  WordSet period_prepositions;  // what a bare month or year needs before it
  WordSet deadline_words;       // "voor 8 maart": not when it happened
  WordSet range_openers;
  std::vector<std::vector<std::string>> range_connectors;
  WordSet begin_verbs;  // lemmas and common forms
  WordSet end_verbs;
  // Words one of which every expression without a digit holds (month, unit,
  // first word of a relative phrase); weekdays are told by their start.
  WordSet cue_words;
};

// Fills cue_words from the rest of the vocabulary.
void add_cue_words(Vocabulary& v) {
  for (const auto& [name, month] : v.months) v.cue_words.insert(name);
  for (const auto& [name, month] : v.month_abbreviations) v.cue_words.insert(name);
  for (const auto& [name, unit] : v.units) v.cue_words.insert(name);
  for (const RelativePhrase& phrase : v.phrases) v.cue_words.insert(phrase.words.front());
}

Vocabulary dutch_vocabulary() {
  Vocabulary v;
  v.months = {{"januari", 1},   {"februari", 2}, {"maart", 3},     {"april", 4},
              {"mei", 5},       {"juni", 6},     {"juli", 7},      {"augustus", 8},
              {"september", 9}, {"oktober", 10}, {"november", 11}, {"december", 12}};
  v.month_abbreviations = {{"jan", 1},  {"feb", 2},  {"mrt", 3},  {"apr", 4},
                           {"jun", 6},  {"jul", 7},  {"aug", 8},  {"sep", 9},
                           {"sept", 9}, {"okt", 10}, {"nov", 11}, {"dec", 12}};
  v.weekdays = {"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"};
  v.day_parts = {"ochtend", "morgen", "middag", "avond", "nacht"};
  v.day_part_is_suffix = true;
  v.past_modifiers = {"afgelopen", "vorige", "verleden", "jongstleden"};
  v.future_modifiers = {"komende", "volgende", "aanstaande"};
  v.ordinal_suffixes = {"e", "de", "ste"};
  using R = Relative;
  v.phrases = {
      {{"eergisteren"}, R::day_offset, -2},
      {{"gisteren"}, R::day_offset, -1},
      {{"gisteravond"}, R::day_offset, -1},
      {{"gisterochtend"}, R::day_offset, -1},
      {{"gistermiddag"}, R::day_offset, -1},
      {{"gisternacht"}, R::day_offset, -1},
      {{"vandaag"}, R::day_offset, 0},
      {{"vanochtend"}, R::day_offset, 0},
      {{"vanmorgen"}, R::day_offset, 0},
      {{"vanmiddag"}, R::day_offset, 0},
      {{"vanavond"}, R::day_offset, 0},
      {{"vannacht"}, R::day_offset, 0},
      {{"morgen"}, R::day_offset, 1},
      {{"morgenochtend"}, R::day_offset, 1},
      {{"morgenmiddag"}, R::day_offset, 1},
      {{"morgenavond"}, R::day_offset, 1},
      {{"overmorgen"}, R::day_offset, 2},
      {{"vorige", "week"}, R::previous_week},
      {{"verleden", "week"}, R::previous_week},
      {{"afgelopen", "week"}, R::past_seven_days},
      {{"de", "afgelopen", "week"}, R::past_seven_days},
      {{"eerder", "deze", "week"}, R::earlier_this_week},
      {{"deze", "week"}, R::this_week},
      {{"volgende", "week"}, R::next_week},
      {{"komende", "week"}, R::next_week},
      {{"afgelopen", "weekend"}, R::last_weekend},
      {{"het", "afgelopen", "weekend"}, R::last_weekend},
      {{"vorig", "weekend"}, R::last_weekend},
      {{"vorige", "weekend"}, R::last_weekend},
      {{"dit", "weekend"}, R::this_weekend},
      {{"vorige", "maand"}, R::previous_month},
      {{"verleden", "maand"}, R::previous_month},
      {{"afgelopen", "maand"}, R::past_month},
      {{"de", "afgelopen", "maand"}, R::past_month},
      {{"deze", "maand"}, R::this_month},
      {{"volgende", "maand"}, R::next_month},
      {{"komende", "maand"}, R::next_month},
      {{"vorig", "jaar"}, R::previous_year},
      {{"verleden", "jaar"}, R::previous_year},
      {{"afgelopen", "jaar"}, R::past_year},
      {{"het", "afgelopen", "jaar"}, R::past_year},
      {{"dit", "jaar"}, R::this_year},
      {{"volgend", "jaar"}, R::next_year},
      {{"komend", "jaar"}, R::next_year},
  };
  v.noun_homographs = {"morgen"};
  v.articles = {"de", "die", "deze", "een", "elke", "iedere"};
  v.units = {{"uur", Unit::hour},    {"uren", Unit::hour},     {"dag", Unit::day},
             {"dagen", Unit::day},   {"week", Unit::week},     {"weken", Unit::week},
             {"maand", Unit::month}, {"maanden", Unit::month}, {"jaar", Unit::year},
             {"jaren", Unit::year}};
  v.ago = "geleden";
  v.ahead = "over";
  v.period_prepositions = {"in",    "sinds", "sedert", "vanaf", "van", "tot",
                           "begin", "eind",  "half",   "medio", "per"};
  v.deadline_words = {"voor", "vóór", "na", "uiterlijk"};
  v.range_openers = {"van", "vanaf", "tussen"};
  v.range_connectors = {{"tot", "en", "met"}, {"t/m"}, {"tot"}, {"en"}, {"-"}};
  v.begin_verbs = {"beginnen", "begonnen", "begon", "begint", "starten", "startten",
                   "startte",  "gestart",  "start", "openen", "geopend", "aanvangen"};
  v.end_verbs = {"eindigen", "eindigden",  "eindigde",  "geëindigd", "afronden",   "afgerond",
                 "rondden",  "beëindigen", "beëindigd", "afsluiten", "afgesloten", "sloten"};
  return v;
}

Vocabulary english_vocabulary() {
  Vocabulary v;
  v.months = {{"january", 1},   {"february", 2}, {"march", 3},     {"april", 4},
              {"may", 5},       {"june", 6},     {"july", 7},      {"august", 8},
              {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12}};
  v.month_abbreviations = {{"jan", 1},  {"feb", 2},  {"mar", 3},  {"apr", 4},
                           {"jun", 6},  {"jul", 7},  {"aug", 8},  {"sep", 9},
                           {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}};
  v.capitalized_months = true;
  v.weekdays = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
  v.day_parts = {"morning", "afternoon", "evening", "night"};
  v.past_modifiers = {"last", "past"};
  v.future_modifiers = {"next", "coming"};
  v.ordinal_suffixes = {"st", "nd", "rd", "th"};
  using R = Relative;
  v.phrases = {
      {{"the", "day", "before", "yesterday"}, R::day_offset, -2},
      {{"yesterday"}, R::day_offset, -1},
      {{"last", "night"}, R::day_offset, -1},
      {{"today"}, R::day_offset, 0},
      {{"tonight"}, R::day_offset, 0},
      {{"this", "morning"}, R::day_offset, 0},
      {{"this", "afternoon"}, R::day_offset, 0},
      {{"this", "evening"}, R::day_offset, 0},
      {{"tomorrow"}, R::day_offset, 1},
      {{"the", "day", "after", "tomorrow"}, R::day_offset, 2},
      {{"last", "week"}, R::previous_week},
      {{"the", "previous", "week"}, R::previous_week},
      {{"the", "past", "week"}, R::past_seven_days},
      {{"this", "past", "week"}, R::past_seven_days},
      {{"earlier", "this", "week"}, R::earlier_this_week},
      {{"this", "week"}, R::this_week},
      {{"next", "week"}, R::next_week},
      {{"the", "coming", "week"}, R::next_week},
      {{"last", "weekend"}, R::last_weekend},
      {{"this", "past", "weekend"}, R::last_weekend},
      {{"the", "past", "weekend"}, R::last_weekend},
      {{"this", "weekend"}, R::this_weekend},
      {{"last", "month"}, R::previous_month},
      {{"the", "past", "month"}, R::past_month},
      {{"this", "month"}, R::this_month},
      {{"next", "month"}, R::next_month},
      {{"last", "year"}, R::previous_year},
      {{"the", "past", "year"}, R::past_year},
      {{"this", "year"}, R::this_year},
      {{"next", "year"}, R::next_year},
  };
  v.units = {{"hour", Unit::hour},   {"hours", Unit::hour},   {"day", Unit::day},
             {"days", Unit::day},    {"week", Unit::week},    {"weeks", Unit::week},
             {"month", Unit::month}, {"months", Unit::month}, {"year", Unit::year},
             {"years", Unit::year}};
  v.ago = "ago";
  v.ahead = "in";
  v.period_prepositions = {"in",    "since", "during", "from", "until",  "till",
                           "early", "late",  "mid",    "of",   "through"};
  v.deadline_words = {"before", "after", "by"};
  v.range_openers = {"from", "between"};
  v.range_connectors = {{"to"}, {"until"}, {"till"}, {"through"}, {"and"}, {"-"}};
  v.begin_verbs = {"begin",  "began", "begun",  "begins", "start",    "started",
                   "starts", "open",  "opened", "opens",  "commence", "commenced"};
  v.end_verbs = {"end",    "ended",    "ends",     "conclude", "concluded", "concludes",
                 "finish", "finished", "finishes", "close",    "closed",    "closes"};
  return v;
}

const Vocabulary& vocabulary(const std::string& lang) {
  static const Vocabulary dutch = [] {
    Vocabulary v = dutch_vocabulary();
    add_cue_words(v);
    return v;
  }();
  static const Vocabulary english = [] {
    Vocabulary v = english_vocabulary();
    add_cue_words(v);
    return v;
  }();
  return lang == "en" ? english : dutch;
}

bool all_digits(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

// ---------------------------------------------------------------- expressions

// How an expression may move when a range comes out reversed: a weekday by a
// week, a date without a year by a year.
enum class Floating { none, week, year };

struct Expression {
  int first = 0;  // token span in the sentence
  int last = 0;
  std::string text;
  std::optional<Resolved> when;  // empty: a relative expression without a document date
  Floating floating = Floating::none;
};

// What a token can be in a date, read once for the sentence: only a date
// word (may_be_date_word) can be any of these.
struct TokenReading {
  bool date_word = false;
  std::optional<unsigned> day;                     // "8", "8th"
  std::optional<ch::year> year;                    // "2020"
  std::optional<ch::month> month;                  // "februari", "February"
  std::optional<ch::month> month_or_abbreviation;  // also "feb", "Feb."
};

// The sentence as the parsers read it.
struct Context {
  const Sentence& sentence;
  const std::string& document_text;
  const Vocabulary& vocab;
  const std::string& lang;
  std::optional<ch::sys_days> anchor;
  bool future = false;
  std::vector<std::string_view> words;  // the tokens' lower case, an abbreviation's dot dropped
  std::vector<TokenReading> readings;

  int size() const { return static_cast<int>(words.size()); }
  std::string_view word(int i) const { return i >= 0 && i < size() ? words[i] : ""; }
  const std::string& original(int i) const { return sentence.tokens[i].word; }
};

std::vector<std::string_view> lowercase_words(const Sentence& sentence) {
  std::vector<std::string_view> words;
  for (const Token& token : sentence.tokens) {
    std::string_view word = token.word_lower;
    if (word.size() > 1 && word.back() == '.') word.remove_suffix(1);  // "feb."
    words.push_back(word);
  }
  return words;
}

Expression make_expression(const Context& ctx, int first, int last, std::optional<Resolved> when,
                           Floating floating = Floating::none) {
  return {first, last, span_text(ctx.sentence, first, last, ctx.document_text), when, floating};
}

std::optional<Resolved> single(Point point) { return Resolved{point, std::nullopt}; }

std::optional<Resolved> range(Point begin, Point end) { return Resolved{begin, end}; }

std::optional<Resolved> day_range(ch::sys_days begin, ch::sys_days end) {
  if (begin == end) return single(day_point(begin));
  return range(day_point(begin), day_point(end));
}

// ---- numbers, days, months and years as tokens

std::optional<unsigned> read_day_of_month(const Vocabulary& vocab, std::string_view word) {
  for (const std::string& suffix : vocab.ordinal_suffixes) {
    if (word.size() > suffix.size() && word.ends_with(suffix) &&
        all_digits(word.substr(0, word.size() - suffix.size()))) {
      word.remove_suffix(suffix.size());
      break;
    }
  }
  if (!all_digits(word) || word.size() > 2) return std::nullopt;
  const unsigned day = std::atoi(std::string(word).c_str());
  if (day < 1 || day > 31) return std::nullopt;
  return day;
}

std::optional<ch::year> read_year(std::string_view word) {
  if (word.size() != 4 || !all_digits(word)) return std::nullopt;
  const int year = std::atoi(std::string(word).c_str());
  if (year < 1800 || year > 2200) return std::nullopt;
  return ch::year{year};
}

// A month's name in `word` (lower case) as `original` writes it; abbreviations
// only when `abbreviations`.
std::optional<ch::month> read_month(const Vocabulary& vocab, std::string_view word,
                                    const std::string& original, bool abbreviations) {
  if (vocab.capitalized_months &&
      (original.empty() || !std::isupper(static_cast<unsigned char>(original.front())))) {
    return std::nullopt;
  }
  auto found = vocab.months.find(word);
  if (found != vocab.months.end()) return ch::month{found->second};
  if (!abbreviations) return std::nullopt;
  found = vocab.month_abbreviations.find(word);
  if (found != vocab.month_abbreviations.end()) return ch::month{found->second};
  return std::nullopt;
}

// Whether a word could belong to a date expression: it holds a digit, starts
// with a weekday, or is a cue word of the vocabulary.
bool may_be_date_word(const Vocabulary& vocab, std::string_view word) {
  if (std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return true;
  }
  for (const std::string& weekday : vocab.weekdays) {
    if (word.starts_with(weekday)) return true;
  }
  return vocab.cue_words.contains(word);
}

TokenReading read_token(const Vocabulary& vocab, std::string_view word,
                        const std::string& original) {
  TokenReading reading;
  reading.date_word = may_be_date_word(vocab, word);
  if (!reading.date_word) return reading;
  reading.day = read_day_of_month(vocab, word);
  reading.year = read_year(word);
  reading.month = read_month(vocab, word, original, false);
  reading.month_or_abbreviation =
      reading.month ? reading.month : read_month(vocab, word, original, true);
  return reading;
}

std::optional<unsigned> day_of_month(const Context& ctx, int i) {
  if (i < 0 || i >= ctx.size()) return std::nullopt;
  return ctx.readings[i].day;
}

std::optional<ch::year> year_number(const Context& ctx, int i) {
  if (i < 0 || i >= ctx.size()) return std::nullopt;
  return ctx.readings[i].year;
}

// A month name at token i; abbreviations only when `abbreviations` (next to a day or year).
std::optional<ch::month> month_name(const Context& ctx, int i, bool abbreviations) {
  if (i < 0 || i >= ctx.size()) return std::nullopt;
  return abbreviations ? ctx.readings[i].month_or_abbreviation : ctx.readings[i].month;
}

std::optional<long long> cardinal(const Context& ctx, int i) {
  if (i < 0 || i >= ctx.size()) return std::nullopt;
  return parse_cardinal(ctx.word(i), ctx.lang);
}

// ---- resolving days and months that have no year

// The year for a month and day written without one: the document's, unless
// a past event would then fall after the document date (previous year) or a
// future one before it (next year).
std::optional<Point> yearless_day(const Context& ctx, ch::month month, ch::day day) {
  if (!ctx.anchor) return std::nullopt;
  const ch::year year = year_of(*ctx.anchor);
  ch::year_month_day date = year / month / day;
  if (!ctx.future && date.ok() && ch::sys_days{date} > *ctx.anchor)
    date = (year - ch::years{1}) / month / day;
  if (ctx.future && date.ok() && ch::sys_days{date} < *ctx.anchor)
    date = (year + ch::years{1}) / month / day;
  if (!date.ok()) return std::nullopt;
  return day_point(ch::sys_days{date});
}

std::optional<Point> yearless_month(const Context& ctx, ch::month month) {
  if (!ctx.anchor) return std::nullopt;
  const ch::year_month anchor_month = month_of(*ctx.anchor);
  ch::year_month result{anchor_month.year(), month};
  if (!ctx.future && result > anchor_month) result -= ch::years{1};
  if (ctx.future && result < anchor_month) result += ch::years{1};
  return month_point(result);
}

// A day and month with an optional year: a full date, or a floating one
// (unresolved without a document date). nullopt when no such day exists.
std::optional<Expression> day_month_expression(const Context& ctx, int first, int last, ch::day day,
                                               ch::month month, std::optional<ch::year> year) {
  if (year) {
    const ch::year_month_day date = *year / month / day;
    if (!date.ok()) return std::nullopt;
    return make_expression(ctx, first, last, single(day_point(ch::sys_days{date})));
  }
  if (!(ch::year{2000} / month / day).ok()) return std::nullopt;  // 2000: a leap year
  const std::optional<Point> point = yearless_day(ctx, month, day);
  if (ctx.anchor && !point) return std::nullopt;  // 29 February in a common year
  std::optional<Resolved> when;
  if (point) when = single(*point);
  return make_expression(ctx, first, last, when, Floating::year);
}

// ---- parsers: each reads an expression starting at token i, or gives nullopt

std::optional<Expression> parse_iso_date(const Context& ctx, int i) {
  const std::string_view word = ctx.word(i);
  if (!is_iso_date(word)) return std::nullopt;
  const std::optional<ch::sys_days> day = parse_document_date(word);
  return make_expression(ctx, i, i, single(day_point(*day)));
}

// "8 februari", "8 februari 2020", "8 February 2020", "8th February".
std::optional<Expression> parse_day_month(const Context& ctx, int i) {
  const std::optional<unsigned> day = day_of_month(ctx, i);
  const std::optional<ch::month> month = month_name(ctx, i + 1, true);
  if (!day || !month) return std::nullopt;
  const std::optional<ch::year> year = year_number(ctx, i + 2);
  return day_month_expression(ctx, i, year ? i + 2 : i + 1, ch::day{*day}, *month, year);
}

// "February 8", "February 8, 2020", "Feb. 8th".
std::optional<Expression> parse_month_day(const Context& ctx, int i) {
  const std::optional<ch::month> month = month_name(ctx, i, true);
  const std::optional<unsigned> day = day_of_month(ctx, i + 1);
  if (!month || !day) return std::nullopt;
  int last = i + 1;
  std::optional<ch::year> year = year_number(ctx, i + 2);
  if (year) {
    last = i + 2;
  } else if (ctx.word(i + 2) == "," && (year = year_number(ctx, i + 3))) {
    last = i + 3;
  }
  return day_month_expression(ctx, i, last, ch::day{*day}, *month, year);
}

// "maart 2019", or "in maart" (a bare month needs a preposition unless `bare`).
std::optional<Expression> parse_month(const Context& ctx, int i, bool bare) {
  if (day_of_month(ctx, i - 1)) return std::nullopt;  // "30 februari": a day that does not exist
  if (const std::optional<ch::year> year = year_number(ctx, i + 1)) {
    if (const std::optional<ch::month> month = month_name(ctx, i, true)) {
      return make_expression(ctx, i, i + 1, single(month_point(*year / *month)));
    }
  }
  const std::optional<ch::month> month = month_name(ctx, i, false);
  if (!month) return std::nullopt;
  if (!bare && !ctx.vocab.period_prepositions.contains(ctx.word(i - 1))) return std::nullopt;
  std::optional<Resolved> when;
  if (const std::optional<Point> point = yearless_month(ctx, *month)) when = single(*point);
  return make_expression(ctx, i, i, when, Floating::year);
}

// "in 2018": a bare year needs a preposition unless `bare`.
std::optional<Expression> parse_year(const Context& ctx, int i, bool bare) {
  const std::optional<ch::year> year = year_number(ctx, i);
  if (!year) return std::nullopt;
  if (!bare && !ctx.vocab.period_prepositions.contains(ctx.word(i - 1))) return std::nullopt;
  return make_expression(ctx, i, i, single(year_point(*year)));
}

// The weekday a word names, with Dutch day parts glued on ("maandagavond").
std::optional<ch::weekday> weekday_name(const Context& ctx, int i) {
  const std::string_view word = ctx.word(i);
  for (unsigned d = 0; d < ctx.vocab.weekdays.size(); ++d) {
    const std::string& name = ctx.vocab.weekdays[d];
    if (word == name) return ch::weekday{d};
    if (!ctx.vocab.day_part_is_suffix || !word.starts_with(name)) continue;
    const std::string_view part = word.substr(name.size());
    if (std::find(ctx.vocab.day_parts.begin(), ctx.vocab.day_parts.end(), part) !=
        ctx.vocab.day_parts.end()) {
      return ch::weekday{d};
    }
  }
  return std::nullopt;
}

std::optional<Expression> parse_day_month_at(const Context& ctx, int i) {
  if (auto found = parse_day_month(ctx, i)) return found;
  return parse_month_day(ctx, i);
}

// "zaterdag", "afgelopen zaterdag", "Monday night", "maandag 10 februari".
std::optional<Expression> parse_weekday(const Context& ctx, int i) {
  const bool past_word = ctx.vocab.past_modifiers.contains(ctx.word(i));
  const bool future_word = ctx.vocab.future_modifiers.contains(ctx.word(i));
  const int day_token = past_word || future_word ? i + 1 : i;
  const std::optional<ch::weekday> weekday = weekday_name(ctx, day_token);
  if (!weekday) return std::nullopt;
  // A date right after the weekday says which one: take it.
  const int next = ctx.word(day_token + 1) == "," ? day_token + 2 : day_token + 1;
  if (std::optional<Expression> date = parse_day_month_at(ctx, next)) {
    return make_expression(ctx, i, date->last, date->when, date->floating);
  }
  int last = day_token;  // "Monday night", "zaterdag avond"
  if (std::find(ctx.vocab.day_parts.begin(), ctx.vocab.day_parts.end(), ctx.word(last + 1)) !=
      ctx.vocab.day_parts.end()) {
    ++last;
  }
  std::optional<Resolved> when;
  if (ctx.anchor) {
    const bool future = future_word || (ctx.future && !past_word);
    when = single(day_point(future ? weekday_on_or_after(*ctx.anchor, *weekday)
                                   : weekday_on_or_before(*ctx.anchor, *weekday)));
  }
  return make_expression(ctx, i, last, when, Floating::week);
}

Resolved resolve_relative(Relative kind, int offset, ch::sys_days d, bool future) {
  const ch::sys_days monday = monday_of_week(d);
  const ch::days one{1};
  switch (kind) {
    case Relative::day_offset:
      return *single(day_point(d + ch::days{offset}));
    case Relative::previous_week:
      return *day_range(monday - ch::days{7}, monday - one);
    case Relative::past_seven_days:
      return *day_range(d - ch::days{7}, d);
    case Relative::earlier_this_week:
      return *day_range(monday, std::max(monday, d - one));
    case Relative::this_week:
      return future ? *day_range(d, monday + ch::days{6}) : *day_range(monday, d);
    case Relative::next_week:
      return *day_range(monday + ch::days{7}, monday + ch::days{13});
    case Relative::last_weekend: {
      const ch::sys_days saturday = weekday_on_or_before(d - one, ch::Saturday);
      return *day_range(saturday, saturday + one);
    }
    case Relative::this_weekend: {
      // The day before `d` makes a Sunday document's weekend the current one.
      const ch::sys_days saturday = future ? weekday_on_or_after(d - one, ch::Saturday)
                                           : weekday_on_or_before(d, ch::Saturday);
      return *day_range(saturday, saturday + one);
    }
    case Relative::previous_month:
      return *single(month_point(month_of(d) - ch::months{1}));
    case Relative::past_month:
      return *day_range(add_months(d, -1), d);
    case Relative::this_month:
      return *single(month_point(month_of(d)));
    case Relative::next_month:
      return *single(month_point(month_of(d) + ch::months{1}));
    case Relative::previous_year:
      return *single(year_point(year_of(d) - ch::years{1}));
    case Relative::past_year:
      return *day_range(add_months(d, -12), d);
    case Relative::this_year:
      return *single(year_point(year_of(d)));
    case Relative::next_year:
      return *single(year_point(year_of(d) + ch::years{1}));
  }
  return *single(day_point(d));
}

bool phrase_matches(const Context& ctx, int i, const RelativePhrase& phrase) {
  for (std::size_t k = 0; k < phrase.words.size(); ++k) {
    if (ctx.word(i + static_cast<int>(k)) != phrase.words[k]) return false;
  }
  // "de morgen" is the morning, not tomorrow.
  return !(phrase.words.size() == 1 && ctx.vocab.noun_homographs.contains(phrase.words[0]) &&
           ctx.vocab.articles.contains(ctx.word(i - 1)));
}

// "gisteren", "vorige week", "the past month": the longest phrase at token i.
std::optional<Expression> parse_relative(const Context& ctx, int i) {
  const RelativePhrase* best = nullptr;
  for (const RelativePhrase& phrase : ctx.vocab.phrases) {
    if (phrase_matches(ctx, i, phrase) && (!best || phrase.words.size() > best->words.size())) {
      best = &phrase;
    }
  }
  if (!best) return std::nullopt;
  std::optional<Resolved> when;
  if (ctx.anchor) when = resolve_relative(best->kind, best->offset, *ctx.anchor, ctx.future);
  return make_expression(ctx, i, i + static_cast<int>(best->words.size()) - 1, when);
}

// The document date moved by `count` units (negative: back), as precise as the unit.
Point shift_by_units(ch::sys_days d, Unit unit, long long count) {
  const int n = static_cast<int>(count);
  switch (unit) {
    case Unit::hour:
      return day_point(d);
    case Unit::day:
      return day_point(d + ch::days{n});
    case Unit::week:
      return day_point(d + ch::days{7 * n});
    case Unit::month:
      return month_point(month_of(d) + ch::months{n});
    case Unit::year:
      return year_point(year_of(d) + ch::years{n});
  }
  return day_point(d);
}

// "<n> <unit>" at tokens n, n+1, moved back (-1) or forward (+1) from the
// document date; the expression spans tokens [first, last].
std::optional<Expression> counted_units(const Context& ctx, int n, int first, int last,
                                        int direction) {
  const auto unit = ctx.vocab.units.find(ctx.word(n + 1));
  if (unit == ctx.vocab.units.end()) return std::nullopt;
  const std::optional<long long> count = cardinal(ctx, n);
  if (!count || *count < 0 || *count > 5000) return std::nullopt;
  std::optional<Resolved> when;
  if (ctx.anchor) when = single(shift_by_units(*ctx.anchor, unit->second, direction * *count));
  return make_expression(ctx, first, last, when);
}

// "twee jaar geleden", "three days ago".
std::optional<Expression> parse_ago(const Context& ctx, int i) {
  if (ctx.word(i + 2) != ctx.vocab.ago) return std::nullopt;
  return counted_units(ctx, i, i, i + 2, -1);
}

// "over twee weken", "in three days"; only in a report of what is to come,
// since in a past one they are durations ("in three days of fighting").
std::optional<Expression> parse_ahead(const Context& ctx, int i) {
  if (!ctx.future || ctx.word(i) != ctx.vocab.ahead) return std::nullopt;
  return counted_units(ctx, i + 1, i, i + 2, +1);
}

// One expression (not a range) at token i. `bare` lets a month or year
// stand without a preposition, as the second element of a range does.
std::optional<Expression> first_parse(const Context& ctx, int i, bool bare) {
  if (auto found = parse_iso_date(ctx, i)) return found;
  if (auto found = parse_weekday(ctx, i)) return found;
  if (auto found = parse_day_month_at(ctx, i)) return found;
  if (auto found = parse_month(ctx, i, bare)) return found;
  if (auto found = parse_year(ctx, i, bare)) return found;
  if (auto found = parse_ago(ctx, i)) return found;
  if (auto found = parse_ahead(ctx, i)) return found;
  return parse_relative(ctx, i);
}

std::optional<Expression> parse_single(const Context& ctx, int i, bool bare) {
  std::optional<Expression> found = first_parse(ctx, i, bare);
  if (found && ctx.vocab.deadline_words.contains(ctx.word(found->first - 1))) return std::nullopt;
  return found;
}

// ---- ranges

// The number of tokens of a range connector ("tot en met", "to") at token i, or 0.
int connector_length(const Context& ctx, int i) {
  for (const auto& connector : ctx.vocab.range_connectors) {
    bool matches = true;
    for (std::size_t k = 0; k < connector.size() && matches; ++k) {
      matches = ctx.word(i + static_cast<int>(k)) == connector[k];
    }
    if (matches) return static_cast<int>(connector.size());
  }
  return 0;
}

// A bare day of the month ("3" in "tussen 3 en 5 maart") in the month of `other`.
std::optional<Expression> bare_day_like(const Context& ctx, int i, const Expression& other) {
  const std::optional<unsigned> day = day_of_month(ctx, i);
  if (!day) return std::nullopt;
  std::optional<Resolved> when;
  if (other.when) {
    const ch::year_month_day date = month_of(other.when->begin.day) / ch::day{*day};
    if (!date.ok()) return std::nullopt;
    when = single(day_point(ch::sys_days{date}));
  }
  return make_expression(ctx, i, i, when, other.floating);
}

bool shift(Expression& expression, int direction) {
  if (!expression.when || expression.floating == Floating::none) return false;
  Point& point = expression.when->begin;
  if (expression.floating == Floating::week) {
    point.day += ch::days{7 * direction};
    return true;
  }
  const ch::year_month_day moved = ch::year_month_day{point.day} + ch::years{direction};
  if (!moved.ok()) return false;
  point.day = ch::sys_days{moved};
  return true;
}

// "van vrijdag tot maandag" read before a Saturday document gives a Monday
// before the Friday: move the floating end forward (future) or begin back.
void order_range(const Context& ctx, Expression& begin, Expression& end) {
  if (!begin.when || !end.when || end.when->begin.day >= begin.when->begin.day) return;
  if (ctx.future && shift(end, +1)) return;
  if (shift(begin, -1)) return;
  shift(end, +1);
}

// Only like joins like: "in 2018 en vorige week" are two dates, not a range.
bool can_join(const Expression& begin, const Expression& end) {
  if (!begin.when || !end.when) return true;
  return !begin.when->end && !end.when->end &&
         begin.when->begin.precision == end.when->begin.precision;
}

Expression join_range(const Context& ctx, Expression begin, Expression end) {
  order_range(ctx, begin, end);
  Expression joined{begin.first, end.last, begin.text + " … " + end.text, std::nullopt,
                    Floating::none};
  if (begin.when && end.when) {
    const Point& last = end.when->end ? *end.when->end : end.when->begin;
    joined.when = range(begin.when->begin, last);
  }
  return joined;
}

// The second element of a range after the connector at token k; a bare day
// takes the month of the first element ("March 3 to 5").
std::optional<Expression> range_end(const Context& ctx, int k, const Expression& first) {
  if (std::optional<Expression> end = parse_single(ctx, k, true)) return end;
  if (first.when && first.when->begin.precision == Precision::day && !first.when->end) {
    return bare_day_like(ctx, k, first);
  }
  return std::nullopt;
}

// "van zaterdag tot maandag", "tussen 3 en 5 maart", "woensdag en donderdag".
std::optional<Expression> parse_range(const Context& ctx, int i) {
  const bool opener = ctx.vocab.range_openers.contains(ctx.word(i));
  const int j = opener ? i + 1 : i;
  std::optional<Expression> first = parse_single(ctx, j, opener);
  const int after_first = first ? first->last + 1 : j + 1;
  const int connector = connector_length(ctx, after_first);
  if (connector == 0) return std::nullopt;
  const int k = after_first + connector;
  if (first) {
    std::optional<Expression> end = range_end(ctx, k, *first);
    if (!end || !can_join(*first, *end)) return std::nullopt;
    return join_range(ctx, *first, *end);
  }
  // A bare day first: it waits for the month of the end.
  std::optional<Expression> end = parse_single(ctx, k, true);
  if (!end) return std::nullopt;
  std::optional<Expression> begin = bare_day_like(ctx, j, *end);
  if (!begin || !can_join(*begin, *end)) return std::nullopt;
  return join_range(ctx, *begin, *end);
}

std::vector<Expression> find_expressions(const Context& ctx) {
  // Every expression starts at most three tokens before a date word ("van
  // afgelopen zaterdag", "tussen 3 en 5 maart", "van over twee weken"): the
  // parsers are tried only there, as most tokens are far from any date.
  auto near_date_word = [&](int i) {
    for (int k = i; k < std::min(i + 4, ctx.size()); ++k) {
      if (ctx.readings[k].date_word) return true;
    }
    return false;
  };
  std::vector<Expression> found;
  for (int i = 0; i < ctx.size();) {
    if (!near_date_word(i)) {
      ++i;
      continue;
    }
    std::optional<Expression> expression = parse_range(ctx, i);
    if (!expression) expression = parse_single(ctx, i, false);
    if (!expression) {
      ++i;
      continue;
    }
    i = expression->last + 1;
    found.push_back(std::move(*expression));
  }
  return found;
}

// ---------------------------------------------------------------- choosing

bool verb_in(const Context& ctx, int i, const WordSet& verbs) {
  const Token& token = ctx.sentence.tokens[i];
  return is_verb(token) && (verbs.contains(token.lemma_lower) || verbs.contains(ctx.word(i)));
}

int distance(const Expression& expression, int token) {
  if (token < 0 || (token >= expression.first && token <= expression.last)) return 0;
  return token < expression.first ? expression.first - token : token - expression.last;
}

// The expression nearest to token `token`, other than `skip`; -1 for none.
int nearest_expression(const std::vector<Expression>& expressions, int token, int skip) {
  int best = -1;
  for (int e = 0; e < static_cast<int>(expressions.size()); ++e) {
    if (e == skip) continue;
    if (best < 0 || distance(expressions[e], token) < distance(expressions[best], token)) best = e;
  }
  return best;
}

// "De onderhandelingen begonnen zaterdag en werden maandag afgerond": the
// dates nearest a verb of beginning and one of ending give the sentence's range.
std::optional<Expression> begin_end_range(const Context& ctx,
                                          const std::vector<Expression>& expressions) {
  if (expressions.size() < 2) return std::nullopt;
  int begin_verb = -1, end_verb = -1;
  for (int i = 0; i < ctx.size(); ++i) {
    if (begin_verb < 0 && verb_in(ctx, i, ctx.vocab.begin_verbs)) begin_verb = i;
    if (end_verb < 0 && verb_in(ctx, i, ctx.vocab.end_verbs)) end_verb = i;
  }
  if (begin_verb < 0 || end_verb < 0) return std::nullopt;
  const int begin = nearest_expression(expressions, begin_verb, -1);
  const int end = nearest_expression(expressions, end_verb, begin);
  if (!can_join(expressions[begin], expressions[end])) return std::nullopt;
  return join_range(ctx, expressions[begin], expressions[end]);
}

bool inside_clause(const Expression& expression, int clause_first, int clause_last) {
  return clause_first >= 0 && expression.first <= clause_last && expression.last >= clause_first;
}

// A subordinate or relative clause starts at this token: "dat", "die",
// "hoewel", "waarbij", "which", "that".
bool opens_clause(const Token& t) {
  return is_subordinator(t) || is_relative_pronoun(t) || is_relative_adverb(t);
}

// A date in a clause that opens after the event's own clause dates that
// clause's event, not this one: "De beschietingen betekenen het einde van
// een bestand [dat zij in 2018 sloten]".
bool in_later_clause(const Sentence& s, const Expression& e, int clause_last) {
  if (clause_last < 0 || e.first <= clause_last) return false;
  for (int i = clause_last + 1; i <= e.first; ++i) {
    if (opens_clause(s.tokens[i])) return true;
  }
  return false;
}

// Prefer an expression inside the clause, then the nearest to the event word.
const Expression* choose_expression(const Sentence& s, const std::vector<Expression>& expressions,
                                    int trigger, int clause_first, int clause_last) {
  const Expression* best = nullptr;
  auto rank = [&](const Expression& e) {
    return std::pair{!inside_clause(e, clause_first, clause_last), distance(e, trigger)};
  };
  for (const Expression& expression : expressions) {
    if (in_later_clause(s, expression, clause_last)) continue;
    if (!best || rank(expression) < rank(*best)) best = &expression;
  }
  return best;
}

EventDate to_event_date(const Expression& expression) {
  EventDate date;
  date.text = expression.text;
  date.source = "text";
  if (!expression.when) return date;
  date.date = format_point(expression.when->begin);
  if (expression.when->end) {
    const std::string end = format_point(*expression.when->end);
    if (end != date.date) date.date_end = end;
  }
  return date;
}

Context make_context(const Sentence& sentence, const std::string& document_text,
                     const std::string& document_date, const std::string& lang, bool future) {
  Context ctx{sentence,
              document_text,
              vocabulary(lang),
              lang,
              parse_document_date(document_date),
              future,
              lowercase_words(sentence),
              {}};
  for (int i = 0; i < ctx.size(); ++i) {
    ctx.readings.push_back(read_token(ctx.vocab, ctx.words[i], ctx.original(i)));
  }
  return ctx;
}

}  // namespace

std::optional<long long> parse_cardinal(std::string_view word, const std::string& lang) {
  if (word.empty()) return std::nullopt;
  if (all_digits(word)) {
    if (word.size() > 12) return std::nullopt;
    return std::atoll(std::string(word).c_str());
  }
  const std::string lower = to_lower(word);
  if (lang == "en" && (lower == "a" || lower == "an")) return 1;
  return parse_number({std::string(word)}, lang);  // one ICU number parser (quantities)
}

std::vector<DateExpression> find_date_expressions(const Sentence& sentence,
                                                  const std::string& document_text,
                                                  const std::string& document_date,
                                                  const std::string& lang, bool future) {
  const Context ctx = make_context(sentence, document_text, document_date, lang, future);
  std::vector<DateExpression> out;
  for (const Expression& e : find_expressions(ctx)) {
    out.push_back({e.first, e.last, to_event_date(e)});
  }
  return out;
}

// What SentenceDates keeps: the sentence read for a past and for a future
// report, each with its expressions, made when first asked for.
struct SentenceDates::Readings {
  struct Reading {
    Context context;
    std::vector<Expression> expressions;
  };
  const Sentence& sentence;
  const std::string& document_text;
  const std::string& document_date;
  const std::string& lang;
  std::optional<Reading> past, future;

  Reading& reading(bool is_future) {
    std::optional<Reading>& r = is_future ? future : past;
    if (!r) {
      Context context = make_context(sentence, document_text, document_date, lang, is_future);
      std::vector<Expression> expressions = find_expressions(context);
      r.emplace(Reading{std::move(context), std::move(expressions)});
    }
    return *r;
  }
};

SentenceDates::SentenceDates(const Sentence& sentence, const std::string& document_text,
                             const std::string& document_date, const std::string& lang)
    : readings_(new Readings{sentence, document_text, document_date, lang, {}, {}}) {}
SentenceDates::~SentenceDates() = default;
SentenceDates::SentenceDates(SentenceDates&&) noexcept = default;
SentenceDates& SentenceDates::operator=(SentenceDates&&) noexcept = default;

EventDate SentenceDates::date_event(int trigger, int clause_first, int clause_last, bool future) {
  const Readings::Reading& reading = readings_->reading(future);
  const Context& ctx = reading.context;
  if (std::optional<Expression> pair = begin_end_range(ctx, reading.expressions)) {
    return to_event_date(*pair);
  }
  if (const Expression* chosen = choose_expression(ctx.sentence, reading.expressions, trigger,
                                                   clause_first, clause_last)) {
    return to_event_date(*chosen);
  }
  EventDate fallback;
  if (ctx.anchor) {
    fallback.date = format_point(day_point(*ctx.anchor));
    fallback.source = "document";
  }
  return fallback;
}

EventDate date_event(const Sentence& sentence, const std::string& document_text,
                     const std::string& document_date, const std::string& lang, int trigger,
                     int clause_first, int clause_last, bool future) {
  return SentenceDates(sentence, document_text, document_date, lang)
      .date_event(trigger, clause_first, clause_last, future);
}

}  // namespace kroniek
