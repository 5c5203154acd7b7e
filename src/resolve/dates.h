// Dates of events: the calendar date (or range) an event happened on, read
// from the words of its sentence and anchored at the document date.
//
// Expressions understood (Dutch / English), with the date they give for a
// document dated D (a Tuesday, 2020-02-11, in the examples):
//
//   weekday     "zaterdag", "op maandag", "maandagavond", "on Monday",
//               "Monday night": the most recent such day on or before D for a
//               past or present report (so D itself for "dinsdag"), the next
//               one on or after D for a future one. "afgelopen"/"vorige"/
//               "last"/"past" force the past reading, "komende"/"volgende"/
//               "aanstaande"/"next"/"coming" the future one. A weekday
//               followed by a date ("maandag 10 februari") takes the date.
//   days        "eergisteren" D-2; "gisteren", "gisteravond", "yesterday",
//               "last night" D-1; "vandaag", "vanavond", "vannacht" (the
//               night that ended on D, or tonight), "today", "tonight",
//               "this morning" D; "morgen", "tomorrow" D+1; "overmorgen",
//               "the day after tomorrow" D+2.
//   weeks       "vorige week", "last week": Monday..Sunday of the previous
//               ISO week (date..date_end). "(de) afgelopen week", "the past
//               week": the last seven days, D-7..D. "eerder deze week",
//               "earlier this week": Monday of D's week..D-1 (just Monday
//               when D is a Monday). "deze week", "this week": Monday..D for
//               a past report, D..Sunday for a future one. "volgende week",
//               "komende week", "next week": the next ISO week.
//   weekends    "(het) afgelopen weekend", "vorig weekend", "last weekend":
//               the Saturday..Sunday of the latest weekend begun before D.
//               "dit weekend", "this weekend": the latest weekend begun on or
//               before D (past), the first not yet over (future).
//   months      "vorige maand", "last month": the previous calendar month
//               (YYYY-MM); "deze maand", "this month" and "volgende maand",
//               "next month" likewise; "(de) afgelopen maand", "the past
//               month": D minus one month..D.
//   years       "vorig jaar", "last year": YYYY-1; "dit jaar", "volgend
//               jaar" likewise; "(het) afgelopen jaar", "the past year": D
//               minus one year..D.
//   ago/ahead   "<n> <unit> geleden", "<n> <unit> ago"; in future reports also
//               "over <n> <unit>", "in <n> <unit>" (in a past one these are
//               durations: "in three days of fighting"). n in digits or words
//               (ICU spellout parsing; English "a"/"an" is one). Days and
//               weeks give a day, months YYYY-MM, years YYYY, hours D.
//   calendar    "in 2018", "sinds 2018" YYYY (a bare year needs such a
//               preposition); "in maart" YYYY-MM (a bare month needs one
//               too); "maart 2019"; "8 februari", "op 8 februari", "8 februari
//               2020", "February 8", "on February 8", "8 February 2020",
//               "February 8, 2020", "2020-02-08". Without a year a day or
//               month takes D's year, or the previous year when a past event
//               would fall after D, or the next year when a future event
//               would fall before D. English month names must be capitalized.
//               A date right after "voor", "na", "before", "after", "by",
//               "uiterlijk" is a deadline, not when the event happened, and
//               is not taken.
//   ranges      "van zaterdag tot maandag", "tussen 3 en 5 maart", "from Monday
//               to Wednesday", "between March 3 and 5", "3 tot en met 5 maart",
//               "woensdag en donderdag": date..date_end, text "zaterdag …
//               maandag". A bare day takes the month of the other element.
//               Only like joins like (two days, two months, two years), so
//               "in 2018 en vorige week" stays two expressions. A range that
//               comes out reversed moves its floating end (a weekday, a date
//               without year) forward for a future report, else its floating
//               begin back.
//   begin/end   a sentence with a verb of beginning ("beginnen", "starten",
//               "begin", "start", ...) and a verb of ending ("afronden",
//               "eindigen", "end", "conclude", ...) each nearest to its own
//               date expression gives that range to every event of the
//               sentence: "De onderhandelingen begonnen zaterdag en werden
//               maandag zonder overeenkomst afgerond." 2020-02-08..2020-02-10.
//
// Which expression dates the event: a begin/end range of the sentence; else
// one inside the event's clause, nearest the event word; else the nearest in
// the sentence. None: the document date, source "document". An expression
// with no document date to anchor it keeps its text and leaves the date
// empty; one with its own year ("8 februari 2020", "in 2018") still resolves.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/sentence.h"

namespace kroniek {

struct EventDate {
  std::string date;      // YYYY-MM-DD, or YYYY-MM / YYYY when the text is only that precise;
                         // empty when there is no document date to anchor a relative expression
  std::string date_end;  // end of a range in the same format, else empty
  std::string text;      // the expression(s) as written: "zaterdag", "zaterdag … maandag"
  std::string source;    // "text", "document" (fell back to the document date), or ""
};

// The date of the event whose word is token `trigger` of `sentence`, in the
// clause spanning tokens [clause_first, clause_last] (-1 when unknown).
// `document_date` is YYYY-MM-DD or empty; `lang` is "nl" or "en"; `future`
// is true when the event is reported as still to come.
EventDate date_event(const Sentence& sentence, const std::string& document_text,
                     const std::string& document_date, const std::string& lang, int trigger,
                     int clause_first, int clause_last, bool future);

// The dates of the events of one sentence, as date_event gives them: the
// sentence's date expressions are found once (once for events told as past,
// once for those still to come) and serve every event of the sentence. The
// arguments must outlive it.
class SentenceDates {
 public:
  SentenceDates(const Sentence& sentence, const std::string& document_text,
                const std::string& document_date, const std::string& lang);
  ~SentenceDates();
  SentenceDates(SentenceDates&&) noexcept;
  SentenceDates& operator=(SentenceDates&&) noexcept;

  EventDate date_event(int trigger, int clause_first, int clause_last, bool future);

 private:
  struct Readings;
  std::unique_ptr<Readings> readings_;
};

// One date expression of a sentence, resolved as date_event would give it.
struct DateExpression {
  int first = 0;  // token span in the sentence (ranges: first to last element)
  int last = 0;
  EventDate date;  // source is always "text"
};

// Every date expression of a sentence, in text order; begin/end pairs
// (see above) are not merged here.
std::vector<DateExpression> find_date_expressions(const Sentence& sentence,
                                                  const std::string& document_text,
                                                  const std::string& document_date,
                                                  const std::string& lang, bool future);

// A whole word read as a cardinal number: digits ("3"), or words by ICU's
// spellout rules for `lang` ("drie", "eenentwintig", "twenty-one"), and
// English "a"/"an" as one. nullopt when the word is not a number.
std::optional<long long> parse_cardinal(std::string_view word, const std::string& lang);

}  // namespace kroniek
