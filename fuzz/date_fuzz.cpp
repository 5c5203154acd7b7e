// The date parsers: ISO dates and the days a record's date covers
// (core/date.h), and TABARI's YYMMDD/YYYYMMDD dates (lexicon/petrarch_format.h).
// An input "DATE\n%%\nDATE_END" gives both ends of a span.
#include <cstdlib>

#include "core/date.h"
#include "fuzz_support.h"
#include "lexicon/petrarch_format.h"

using namespace kroniek;

namespace {

void check_span(const std::string& date, const std::string& date_end) {
  const auto span = day_span(date, date_end);
  if (span && span->first > span->last) std::abort();  // a span never ends before it starts
}

void check_tabari(std::string_view digits) {
  try {
    // What parse_date gives is a real calendar date.
    if (!is_iso_date(petrarch::parse_date(digits))) std::abort();
  } catch (const petrarch::LineError&) {
    // not a date, as documented
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = fuzz::as_text(data, size);
  const auto parts = fuzz::split_parts(input, 2);
  is_iso_date(input);
  check_span(std::string(input), "");
  check_span(std::string(parts[0]), std::string(parts[1]));
  check_tabari(input);
  return 0;
}
