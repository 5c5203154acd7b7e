// Calendar dates as kroniek writes them: YYYY-MM-DD.
#pragma once
#include <string_view>

namespace kroniek {

// True for a real calendar date written as YYYY-MM-DD ("2020-02-30" is not).
bool is_iso_date(std::string_view date);

}  // namespace kroniek
