#include "core/date.h"

#include <cctype>
#include <chrono>

namespace kroniek {

bool is_iso_date(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(date[i]))) return false;
  }
  auto number = [&](std::size_t pos, std::size_t len) {
    int value = 0;
    for (char c : date.substr(pos, len)) value = value * 10 + (c - '0');
    return value;
  };
  const std::chrono::year_month_day ymd{std::chrono::year{number(0, 4)},
                                        std::chrono::month{static_cast<unsigned>(number(5, 2))},
                                        std::chrono::day{static_cast<unsigned>(number(8, 2))}};
  return ymd.ok();
}

namespace {

using namespace std::chrono;

// The days of one ISO date of day, month or year precision.
std::optional<DaySpan> span_of(const std::string& date) {
  if (is_iso_date(date)) {
    sys_days day{year{std::stoi(date.substr(0, 4))} /
                 month{static_cast<unsigned>(std::stoi(date.substr(5, 2)))} /
                 std::chrono::day{static_cast<unsigned>(std::stoi(date.substr(8, 2)))}};
    return DaySpan{day, day};
  }
  auto all_digits = [&](std::size_t from, std::size_t n) {
    for (std::size_t i = from; i < from + n; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(date[i]))) return false;
    }
    return true;
  };
  if (date.size() == 7 && date[4] == '-' && all_digits(0, 4) && all_digits(5, 2)) {
    year_month ym{year{std::stoi(date.substr(0, 4))},
                  month{static_cast<unsigned>(std::stoi(date.substr(5, 2)))}};
    if (!ym.ok()) return std::nullopt;
    return DaySpan{sys_days{ym / 1}, sys_days{ym / last}};
  }
  if (date.size() == 4 && all_digits(0, 4)) {
    year y{std::stoi(date)};
    return DaySpan{sys_days{y / January / 1}, sys_days{y / December / 31}};
  }
  return std::nullopt;
}

}  // namespace

std::optional<DaySpan> day_span(const std::string& date, const std::string& date_end) {
  std::optional<DaySpan> span = span_of(date);
  if (!span || date_end.empty()) return span;
  std::optional<DaySpan> end = span_of(date_end);
  if (end && end->last > span->last) span->last = end->last;
  return span;
}

}  // namespace kroniek
