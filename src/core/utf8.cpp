#include "core/utf8.h"

#include <simdjson.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace kroniek {
namespace {

// Scans one window with ICU; returns the offset of the first bad sequence or npos.
std::size_t scan_utf8_window(std::string_view window) {
  const auto length = static_cast<int32_t>(window.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(window.data(), i, length, c);
    if (c < 0) return static_cast<std::size_t>(start);
  }
  return std::string_view::npos;
}

// Finds the first bad byte with ICU, window by window (ICU indexes with int32_t).
std::size_t locate_invalid_utf8(std::string_view bytes) {
  constexpr std::size_t kWindow = std::size_t{1} << 30;
  std::size_t base = 0;
  while (base < bytes.size()) {
    const std::string_view window = bytes.substr(base, kWindow);
    const std::size_t bad = scan_utf8_window(window);
    const bool last_window = base + window.size() == bytes.size();
    if (bad == std::string_view::npos) {
      base += window.size();
    } else if (last_window || bad + U8_MAX_LENGTH <= window.size()) {
      return base + bad;
    } else {
      base += bad;  // a character cut by the window's end: look again from its start
    }
  }
  return bytes.size();  // simdjson and ICU disagree: point past the end
}

}  // namespace

// simdjson says quickly whether all is valid; ICU finds where it is not.
std::size_t first_invalid_utf8(std::string_view bytes) {
  if (simdjson::validate_utf8(bytes.data(), bytes.size())) return std::string_view::npos;
  return locate_invalid_utf8(bytes);
}

}  // namespace kroniek
