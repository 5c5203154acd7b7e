#include "core/utf8.h"

#include <simdjson.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
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

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; });
}

namespace {

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::string to_lower(std::string_view text) {
  // Most words are ASCII: lower-cased byte by byte, without ICU's round trip
  // through UTF-16 (the coder lower-cases every lemma it compares).
  if (is_ascii(text)) {
    std::string out(text);
    for (char& c : out) c = ascii_lower(c);
    return out;
  }
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()))
      .toLower()
      .toUTF8String(out);
  return out;
}

}  // namespace kroniek
