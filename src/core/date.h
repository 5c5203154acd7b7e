// Calendar dates as kroniek writes them: YYYY-MM-DD.
#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace kroniek {

// True for a real calendar date written as YYYY-MM-DD ("2020-02-30" is not).
bool is_iso_date(std::string_view date);

// The days a record's date covers, both ends included: "2020-02-10" one day,
// "2020-02" the month, "2018" the year; with a `date_end`, through the last
// day it covers. Nothing for an empty or malformed date.
struct DaySpan {
  std::chrono::sys_days first, last;
  bool overlaps(const DaySpan& other) const { return first <= other.last && other.first <= last; }
  int length() const { return (last - first).count() + 1; }
};
std::optional<DaySpan> day_span(const std::string& date, const std::string& date_end = "");

}  // namespace kroniek
