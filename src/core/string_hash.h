// A hash for unordered containers keyed by std::string that also finds by
// std::string_view (with std::equal_to<>), without making a string to ask.
#pragma once
#include <cstddef>
#include <functional>
#include <string_view>

namespace kroniek {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace kroniek
