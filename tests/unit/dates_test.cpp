// Event dates from the words of a sentence, anchored at the document date.
#include "resolve/dates.h"

#include <gtest/gtest.h>

#include <cctype>
#include <map>
#include <string>

namespace kroniek {
namespace {

// A hand-made sentence: words split at spaces and punctuation, with byte
// offsets into `text`. Words in `verbs` (word -> lemma) are tagged as verbs.
struct Example {
  std::string text;
  Sentence sentence;
};

bool is_punctuation(char c) { return std::string_view(",;:!?()\"").find(c) != std::string::npos; }

void add_token(Example& example, std::size_t start, std::size_t end,
               const std::map<std::string, std::string>& verbs, const std::string& verb_tag) {
  Token token;
  token.word = example.text.substr(start, end - start);
  token.lemma = token.word;
  token.pos = std::isdigit(static_cast<unsigned char>(token.word[0])) ? "TW(hoofd,vrij)" : "N()";
  if (auto verb = verbs.find(token.word); verb != verbs.end()) {
    token.lemma = verb->second;
    token.pos = verb_tag;
  }
  token.start = start;
  token.end = end;
  set_derived_fields(token);
  example.sentence.tokens.push_back(token);
}

Example make_example(const std::string& text, const std::string& lang = "nl",
                     const std::map<std::string, std::string>& verbs = {}) {
  Example example{text, {}};
  const std::string verb_tag = lang == "en" ? "VBD" : "WW(pv,verl,mv)";
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ') {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    if (!is_punctuation(text[i])) {
      while (end < text.size() && text[end] != ' ' && !is_punctuation(text[end])) ++end;
      // A full stop ends the sentence, unless it is inside a number ("700.000").
      if (end - i > 1 && text[end - 1] == '.') --end;
    }
    add_token(example, i, end, verbs, verb_tag);
    i = end;
  }
  example.sentence.end = text.size();
  return example;
}

int token_index(const Example& example, const std::string& word) {
  for (std::size_t i = 0; i < example.sentence.tokens.size(); ++i) {
    if (example.sentence.tokens[i].word == word) return static_cast<int>(i);
  }
  ADD_FAILURE() << "no token " << word;
  return -1;
}

int last_token(const Example& example) {
  return static_cast<int>(example.sentence.tokens.size()) - 1;
}

struct Query {
  std::string text;
  std::string document_date = "2020-02-11";  // a Tuesday
  std::string lang = "nl";
  bool future = false;
  std::string trigger;  // the event word; empty: none
  std::map<std::string, std::string> verbs = {};
  int clause_first = -1;
  int clause_last = -1;
};

EventDate date_of(const Query& q) {
  const Example example = make_example(q.text, q.lang, q.verbs);
  const int trigger = q.trigger.empty() ? -1 : token_index(example, q.trigger);
  return date_event(example.sentence, example.text, q.document_date, q.lang, trigger,
                    q.clause_first, q.clause_last, q.future);
}

// The date of an event in `text`, reported as past, in a 2020-02-11 document.
EventDate past(const std::string& text, const std::string& lang = "nl",
               const std::string& document_date = "2020-02-11") {
  return date_of({text, document_date, lang, false, ""});
}

EventDate future(const std::string& text, const std::string& lang = "nl",
                 const std::string& document_date = "2020-02-11") {
  return date_of({text, document_date, lang, true, ""});
}

// ---------------------------------------------------------------- weekdays

TEST(DateWeekday, PastWeekdayIsTheLatestOnOrBeforeTheDocumentDate) {
  const EventDate d = past("Maandag braken ook weer vuurgevechten uit.");
  EXPECT_EQ(d.date, "2020-02-10");
  EXPECT_EQ(d.date_end, "");
  EXPECT_EQ(d.text, "Maandag");
  EXPECT_EQ(d.source, "text");
  EXPECT_EQ(past("Het leger viel op zaterdag de stad aan.").date, "2020-02-08");
  EXPECT_EQ(past("Het leger viel woensdag de stad aan.").date, "2020-02-05");
}

TEST(DateWeekday, FutureWeekdayIsTheNextOnOrAfterTheDocumentDate) {
  EXPECT_EQ(future("De ministers praten woensdag verder.").date, "2020-02-12");
  EXPECT_EQ(future("De ministers praten op maandag verder.").date, "2020-02-17");
}

TEST(DateWeekday, SameWeekdayAsTheDocumentIsTheDocumentDate) {
  EXPECT_EQ(past("De spanningen zijn dinsdag opnieuw opgelopen.").date, "2020-02-11");
  EXPECT_EQ(future("De top begint dinsdag.").date, "2020-02-11");
  EXPECT_EQ(past("Talks resumed on Tuesday.", "en").date, "2020-02-11");
}

TEST(DateWeekday, DayPartsBelongToTheDay) {
  const EventDate evening = past("Het bombardement begon maandagavond laat.");
  EXPECT_EQ(evening.date, "2020-02-10");
  EXPECT_EQ(evening.text, "maandagavond");
  EXPECT_EQ(past("Zaterdagochtend vielen er doden.").date, "2020-02-08");
  const EventDate night = past("Rebels attacked the town on Monday night.", "en");
  EXPECT_EQ(night.date, "2020-02-10");
  EXPECT_EQ(night.text, "Monday night");
}

TEST(DateWeekday, EnglishWeekdays) {
  EXPECT_EQ(past("On Saturday the army shelled Idlib.", "en").date, "2020-02-08");
  EXPECT_EQ(future("Ministers will meet on Friday.", "en").date, "2020-02-14");
}

TEST(DateWeekday, ModifiersChooseTheDirection) {
  EXPECT_EQ(future("Afgelopen zaterdag werd besloten dat ...").date, "2020-02-08");
  EXPECT_EQ(past("Komende vrijdag is er een top.").date, "2020-02-14");
  const EventDate next = past("They agreed to meet next Monday.", "en");
  EXPECT_EQ(next.date, "2020-02-17");
  EXPECT_EQ(next.text, "next Monday");
}

TEST(DateWeekday, AWeekdayWithADateTakesTheDate) {
  const EventDate d = past("Op vrijdag 31 januari tekenden zij het akkoord.");
  EXPECT_EQ(d.date, "2020-01-31");
  EXPECT_EQ(d.text, "vrijdag 31 januari");
  EXPECT_EQ(past("The deal was signed on Friday, January 31.", "en").date, "2020-01-31");
}

// ---------------------------------------------------------------- deictic days

TEST(DateDeictic, DutchDays) {
  EXPECT_EQ(past("Gisteren vielen er doden.").date, "2020-02-10");
  EXPECT_EQ(past("Eergisteren vielen er doden.").date, "2020-02-09");
  EXPECT_EQ(past("Vandaag vielen er doden.").date, "2020-02-11");
  EXPECT_EQ(past("Vannacht vielen er doden.").date, "2020-02-11");
  EXPECT_EQ(future("Morgen praten zij verder.").date, "2020-02-12");
  EXPECT_EQ(past("Gisteravond vielen er doden.").date, "2020-02-10");
}

TEST(DateDeictic, MorningIsNotTomorrow) {
  // "de morgen" is the morning; without another expression the document date stands.
  EXPECT_EQ(past("In de morgen vielen er doden.").source, "document");
}

TEST(DateDeictic, EnglishDays) {
  EXPECT_EQ(past("Yesterday troops advanced.", "en").date, "2020-02-10");
  EXPECT_EQ(past("Troops advanced today.", "en").date, "2020-02-11");
  EXPECT_EQ(future("Troops will advance tomorrow.", "en").date, "2020-02-12");
  EXPECT_EQ(past("Troops advanced last night.", "en").date, "2020-02-10");
}

// ---------------------------------------------------------------- weeks, months, years

TEST(DatePeriod, PreviousWeekIsMondayToSundayOfTheWeekBefore) {
  const EventDate d = past("Vorige week vielen er doden.");
  EXPECT_EQ(d.date, "2020-02-03");
  EXPECT_EQ(d.date_end, "2020-02-09");
  EXPECT_EQ(d.text, "Vorige week");
  const EventDate en = past("Troops advanced last week.", "en");
  EXPECT_EQ(en.date, "2020-02-03");
  EXPECT_EQ(en.date_end, "2020-02-09");
}

TEST(DatePeriod, PastWeekIsTheLastSevenDays) {
  const EventDate d =
      past("Daar hebben de legers elkaar de afgelopen week regelmatig onder vuur genomen.");
  EXPECT_EQ(d.date, "2020-02-04");
  EXPECT_EQ(d.date_end, "2020-02-11");
  EXPECT_EQ(d.text, "de afgelopen week");
  EXPECT_EQ(past("Afgelopen week vielen er doden.").date, "2020-02-04");
  EXPECT_EQ(past("Fighting raged over the past week.", "en").date_end, "2020-02-11");
}

TEST(DatePeriod, EarlierThisWeek) {
  const EventDate d = past("Eerder deze week kwam het tot confrontaties.");
  EXPECT_EQ(d.date, "2020-02-10");  // Monday; the document is a Tuesday
  EXPECT_EQ(d.date_end, "");
  const EventDate thursday =
      past("Eerder deze week kwam het tot confrontaties.", "nl", "2020-02-13");
  EXPECT_EQ(thursday.date, "2020-02-10");
  EXPECT_EQ(thursday.date_end, "2020-02-12");
  EXPECT_EQ(past("Clashes erupted earlier this week.", "en", "2020-02-13").date_end, "2020-02-12");
}

TEST(DatePeriod, ThisWeekUpToOrFromTheDocumentDate) {
  const EventDate p = past("Deze week vielen er doden.");
  EXPECT_EQ(p.date, "2020-02-10");
  EXPECT_EQ(p.date_end, "2020-02-11");
  const EventDate f = future("Deze week wordt er onderhandeld.");
  EXPECT_EQ(f.date, "2020-02-11");
  EXPECT_EQ(f.date_end, "2020-02-16");
}

TEST(DatePeriod, Weekends) {
  const EventDate d = past("Afgelopen weekend vielen er doden.");
  EXPECT_EQ(d.date, "2020-02-08");
  EXPECT_EQ(d.date_end, "2020-02-09");
  EXPECT_EQ(past("Het afgelopen weekend vielen er doden.").text, "Het afgelopen weekend");
  // On a Saturday the weekend just begun is not yet "afgelopen".
  EXPECT_EQ(past("Afgelopen weekend vielen er doden.", "nl", "2020-02-15").date, "2020-02-08");
  EXPECT_EQ(past("Protests spread last weekend.", "en").date, "2020-02-08");
  const EventDate coming = future("Dit weekend wordt er gestemd.");
  EXPECT_EQ(coming.date, "2020-02-15");
  EXPECT_EQ(coming.date_end, "2020-02-16");
}

TEST(DatePeriod, MonthsAndYearsAreReducedPrecision) {
  EXPECT_EQ(past("Vorige maand vielen er doden.").date, "2020-01");
  EXPECT_EQ(past("Vorige maand vielen er doden.", "nl", "2020-01-15").date, "2019-12");
  EXPECT_EQ(past("Vorig jaar vielen er doden.").date, "2019");
  EXPECT_EQ(past("Troops withdrew last month.", "en").date, "2020-01");
  EXPECT_EQ(past("Troops withdrew last year.", "en").date, "2019");
  EXPECT_EQ(future("Volgend jaar zijn er verkiezingen.").date, "2021");
}

TEST(DatePeriod, PastMonthClampsToTheMonthsLastDay) {
  const EventDate d = past("De afgelopen maand vielen er doden.", "nl", "2020-03-31");
  EXPECT_EQ(d.date, "2020-02-29");
  EXPECT_EQ(d.date_end, "2020-03-31");
}

// ---------------------------------------------------------------- ago

TEST(DateAgo, NumberWordsAndDigits) {
  const EventDate years = past("Twee jaar geleden werd de stad ingenomen.");
  EXPECT_EQ(years.date, "2018");
  EXPECT_EQ(years.text, "Twee jaar geleden");
  EXPECT_EQ(past("Drie dagen geleden werd de stad ingenomen.").date, "2020-02-08");
  EXPECT_EQ(past("3 dagen geleden werd de stad ingenomen.").date, "2020-02-08");
  EXPECT_EQ(past("Een maand geleden werd de stad ingenomen.").date, "2020-01");
  EXPECT_EQ(past("Twee weken geleden werd de stad ingenomen.").date, "2020-01-28");
  EXPECT_EQ(past("Eenentwintig dagen geleden werd de stad ingenomen.").date, "2020-01-21");
}

TEST(DateAgo, English) {
  EXPECT_EQ(past("The town fell two years ago.", "en").date, "2018");
  EXPECT_EQ(past("The town fell three days ago.", "en").date, "2020-02-08");
  EXPECT_EQ(past("The town fell a month ago.", "en").date, "2020-01");
  EXPECT_EQ(past("The town fell twenty-one days ago.", "en").date, "2020-01-21");
}

TEST(DateAgo, AheadOfTheDocument) {
  EXPECT_EQ(future("Over twee weken zijn er verkiezingen.").date, "2020-02-25");
  EXPECT_EQ(future("Elections will be held in three months.", "en").date, "2020-05");
  // In a past report "in <n> <unit>" is a duration.
  EXPECT_EQ(past("In three days of fighting fifty people died.", "en").source, "document");
}

TEST(DateAgo, VagueCountsAreNoDate) {
  EXPECT_EQ(past("Enkele dagen geleden werd de stad ingenomen.").source, "document");
}

TEST(DateNumber, ParsesSpelledOutNumbersWithIcu) {
  EXPECT_EQ(parse_cardinal("twee", "nl"), 2);
  EXPECT_EQ(parse_cardinal("één", "nl"), 1);
  EXPECT_EQ(parse_cardinal("tweeëntwintig", "nl"), 22);
  EXPECT_EQ(parse_cardinal("seventy", "en"), 70);
  EXPECT_EQ(parse_cardinal("an", "en"), 1);
  EXPECT_EQ(parse_cardinal("12", "en"), 12);
  EXPECT_EQ(parse_cardinal("enkele", "nl"), std::nullopt);
  EXPECT_EQ(parse_cardinal("twee", "en"), std::nullopt);
  EXPECT_EQ(parse_cardinal("", "nl"), std::nullopt);
}

// ---------------------------------------------------------------- calendar dates

TEST(DateCalendar, YearsAndMonths) {
  const EventDate year = past("In 2018 werd de stad ingenomen.");
  EXPECT_EQ(year.date, "2018");
  EXPECT_EQ(year.text, "2018");
  EXPECT_EQ(past("In maart werd de stad ingenomen.", "nl", "2020-05-01").date, "2020-03");
  EXPECT_EQ(past("In maart 2019 werd de stad ingenomen.").date, "2019-03");
  EXPECT_EQ(past("The town fell in 2018.", "en").date, "2018");
  EXPECT_EQ(past("The town fell in March 2019.", "en").date, "2019-03");
}

TEST(DateCalendar, APastMonthAfterTheDocumentIsLastYears) {
  EXPECT_EQ(past("In maart werd de stad ingenomen.").date, "2019-03");
  EXPECT_EQ(future("In maart zijn er verkiezingen.").date, "2020-03");
  EXPECT_EQ(future("In januari zijn er verkiezingen.").date, "2021-01");
}

TEST(DateCalendar, BareNumbersAndMonthsNeedAPreposition) {
  EXPECT_EQ(past("Er vielen 2019 doden.").source, "document");
  EXPECT_EQ(past("They may march on the capital.", "en").source, "document");
}

TEST(DateCalendar, DayAndMonth) {
  const EventDate d = past("Op 8 februari werd de stad ingenomen.");
  EXPECT_EQ(d.date, "2020-02-08");
  EXPECT_EQ(d.text, "8 februari");
  EXPECT_EQ(past("8 februari 2019 werd de stad ingenomen.").date, "2019-02-08");
  EXPECT_EQ(past("The town fell on February 8.", "en").date, "2020-02-08");
  EXPECT_EQ(past("The town fell on 8 February 2019.", "en").date, "2019-02-08");
  const EventDate us = past("The town fell on February 8, 2019.", "en");
  EXPECT_EQ(us.date, "2019-02-08");
  EXPECT_EQ(us.text, "February 8, 2019");
  EXPECT_EQ(past("The town fell on the 8th February.", "en").date, "2020-02-08");
  EXPECT_EQ(past("The town fell on 2020-02-08.", "en").date, "2020-02-08");
}

TEST(DateCalendar, YearRollsBackForAPastEventAfterTheDocumentDate) {
  EXPECT_EQ(past("Op 28 december werd de stad ingenomen.", "nl", "2021-01-03").date, "2020-12-28");
  EXPECT_EQ(future("Op 28 december zijn er verkiezingen.", "nl", "2021-01-03").date, "2021-12-28");
  EXPECT_EQ(future("Op 2 januari zijn er verkiezingen.", "nl", "2021-01-03").date, "2022-01-02");
  EXPECT_EQ(past("Rebels took the town on December 28.", "en", "2021-01-03").date, "2020-12-28");
}

TEST(DateCalendar, ImpossibleDaysAreNoDate) {
  EXPECT_EQ(past("Op 30 februari werd de stad ingenomen.").source, "document");
  EXPECT_EQ(past("Op 29 februari 2019 werd de stad ingenomen.").source, "document");
}

TEST(DateCalendar, DeadlinesAreNotEventDates) {
  EXPECT_EQ(past("Zij eisten terugtrekking voor 1 maart.").source, "document");
  EXPECT_EQ(past("They demanded a withdrawal by Friday.", "en").source, "document");
}

// ---------------------------------------------------------------- ranges

TEST(DateRange, FromWeekdayToWeekday) {
  const EventDate d = past("Van zaterdag tot maandag werd er gevochten.");
  EXPECT_EQ(d.date, "2020-02-08");
  EXPECT_EQ(d.date_end, "2020-02-10");
  EXPECT_EQ(d.text, "zaterdag … maandag");
  const EventDate en = future("Talks run from Monday to Wednesday.", "en");
  EXPECT_EQ(en.date, "2020-02-17");
  EXPECT_EQ(en.date_end, "2020-02-19");
}

TEST(DateRange, AReversedRangeMovesItsFloatingEnd) {
  // A Saturday document: the Monday after the coming Thursday.
  const EventDate f =
      future("Van donderdag tot maandag wordt er onderhandeld.", "nl", "2020-02-15");
  EXPECT_EQ(f.date, "2020-02-20");
  EXPECT_EQ(f.date_end, "2020-02-24");
  // A Tuesday document: the Friday before last Monday.
  const EventDate p = past("Van vrijdag tot maandag werd er gevochten.", "nl", "2020-02-11");
  EXPECT_EQ(p.date, "2020-02-07");
  EXPECT_EQ(p.date_end, "2020-02-10");
  const EventDate w = past("Van dinsdag tot maandag werd er gevochten.", "nl", "2020-02-11");
  EXPECT_EQ(w.date, "2020-02-04");
  EXPECT_EQ(w.date_end, "2020-02-10");
}

TEST(DateRange, BetweenBareDayAndDate) {
  const EventDate d = past("Tussen 3 en 5 februari werd er gevochten.");
  EXPECT_EQ(d.date, "2020-02-03");
  EXPECT_EQ(d.date_end, "2020-02-05");
  EXPECT_EQ(d.text, "3 … 5 februari");
  const EventDate through = past("Van 3 tot en met 5 februari werd er gevochten.");
  EXPECT_EQ(through.date_end, "2020-02-05");
  const EventDate en = past("Fighting raged between February 3 and 5.", "en");
  EXPECT_EQ(en.date, "2020-02-03");
  EXPECT_EQ(en.date_end, "2020-02-05");
}

TEST(DateRange, CoordinatedDaysAndYears) {
  const EventDate d = future("De NAVO-top op woensdag en donderdag zal de strijd bespreken.");
  EXPECT_EQ(d.date, "2020-02-12");
  EXPECT_EQ(d.date_end, "2020-02-13");
  const EventDate y = past("Tussen 2015 en 2018 werd er gevochten.");
  EXPECT_EQ(y.date, "2015");
  EXPECT_EQ(y.date_end, "2018");
}

TEST(DateRange, BeginAndEndVerbsSpanTheSentence) {
  const std::string text =
      "De onderhandelingen begonnen zaterdag en werden maandag zonder overeenkomst afgerond.";
  const std::map<std::string, std::string> verbs = {
      {"begonnen", "beginnen"}, {"werden", "worden"}, {"afgerond", "afronden"}};
  for (const std::string trigger : {"begonnen", "afgerond"}) {
    Query q{text, "2020-02-11", "nl", false, trigger, verbs};
    q.clause_first = trigger == "begonnen" ? 0 : 4;
    q.clause_last = trigger == "begonnen" ? 3 : 10;
    const EventDate d = date_of(q);
    EXPECT_EQ(d.date, "2020-02-08") << trigger;
    EXPECT_EQ(d.date_end, "2020-02-10") << trigger;
    EXPECT_EQ(d.text, "zaterdag … maandag") << trigger;
    EXPECT_EQ(d.source, "text");
  }
  const EventDate en = date_of({"The talks began on Saturday and ended on Monday.",
                                "2020-02-11",
                                "en",
                                false,
                                "ended",
                                {{"began", "begin"}, {"ended", "end"}}});
  EXPECT_EQ(en.date, "2020-02-08");
  EXPECT_EQ(en.date_end, "2020-02-10");
}

TEST(DateRange, WithoutBeginAndEndVerbsEachClauseKeepsItsDate) {
  const std::map<std::string, std::string> verbs = {{"vielen", "vallen"}, {"braken", "breken"}};
  const std::string text = "Zaterdag vielen er doden en maandag braken er gevechten uit.";
  EXPECT_EQ(date_of({text, "2020-02-11", "nl", false, "vielen", verbs, 0, 3}).date, "2020-02-08");
  EXPECT_EQ(date_of({text, "2020-02-11", "nl", false, "braken", verbs, 4, 10}).date, "2020-02-10");
}

// ---------------------------------------------------------------- choosing

TEST(DateChoice, TheClauseWinsOverANearerExpressionOutsideIt) {
  // "maandag" is next to the trigger but in the other clause.
  const std::string text =
      "Nadat de rebellen zaterdag de stad innamen maandag bombardeerde het leger de wijk.";
  const Example e = make_example(text);
  const int innamen = token_index(e, "innamen");
  EXPECT_EQ(date_event(e.sentence, e.text, "2020-02-11", "nl", innamen, 0, innamen, false).date,
            "2020-02-08");
  const int bombardeerde = token_index(e, "bombardeerde");
  EXPECT_EQ(date_event(e.sentence, e.text, "2020-02-11", "nl", bombardeerde, innamen + 1,
                       last_token(e), false)
                .date,
            "2020-02-10");
}

TEST(DateChoice, OutsideTheClauseTheNearestExpressionWins) {
  const std::string text = "Zaterdag vielen doden , zei de minister , die maandag sprak .";
  const Example e = make_example(text);
  const int zei = token_index(e, "zei");
  // The clause "zei de minister" has no expression: "Zaterdag" is 4 tokens away, "maandag" 5.
  const EventDate d = date_event(e.sentence, e.text, "2020-02-11", "nl", zei, zei, zei + 2, false);
  EXPECT_EQ(d.date, "2020-02-08");
  const int sprak = token_index(e, "sprak");
  EXPECT_EQ(date_event(e.sentence, e.text, "2020-02-11", "nl", sprak, -1, -1, false).date,
            "2020-02-10");
}

TEST(DateChoice, NoExpressionFallsBackToTheDocumentDate) {
  const EventDate d = past("Turkije heeft bij de Russische diplomaten aangegeven dat ...");
  EXPECT_EQ(d.date, "2020-02-11");
  EXPECT_EQ(d.date_end, "");
  EXPECT_EQ(d.text, "");
  EXPECT_EQ(d.source, "document");
}

TEST(DateChoice, NoDocumentDateKeepsTheText) {
  const EventDate relative = past("Maandag braken vuurgevechten uit.", "nl", "");
  EXPECT_EQ(relative.date, "");
  EXPECT_EQ(relative.text, "Maandag");
  EXPECT_EQ(relative.source, "text");
  const EventDate range = past("Van zaterdag tot maandag werd er gevochten.", "nl", "");
  EXPECT_EQ(range.date, "");
  EXPECT_EQ(range.text, "zaterdag … maandag");
  // A date with its own year needs no anchor.
  EXPECT_EQ(past("Op 8 februari 2020 werd er gevochten.", "nl", "").date, "2020-02-08");
  const EventDate none = past("Er werd gevochten.", "nl", "");
  EXPECT_EQ(none.date, "");
  EXPECT_EQ(none.text, "");
  EXPECT_EQ(none.source, "");
  EXPECT_EQ(past("Er werd gevochten.", "nl", "2020-13-45").source, "");
}

TEST(DateExpressions, FindsEveryExpressionInOrder) {
  const Example e = make_example("Zaterdag en gisteren, en ook in 2018 en vorige week.");
  const auto found = find_date_expressions(e.sentence, e.text, "2020-02-11", "nl", false);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].date.text, "Zaterdag … gisteren");
  EXPECT_EQ(found[0].date.date, "2020-02-08");
  EXPECT_EQ(found[0].date.date_end, "2020-02-10");
  EXPECT_EQ(found[1].date.text, "2018");
  EXPECT_EQ(found[1].first, 7);
  EXPECT_EQ(found[2].date.text, "vorige week");
}

}  // namespace
}  // namespace kroniek
