// UTF-8 text: the checks shared by every stage that reads bytes from outside
// (documents, dictionaries: invalid UTF-8 is rejected with its byte offset,
// never passed on), and lower-casing.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace kroniek {

// Byte offset of the first byte that is not part of valid UTF-8, or npos when all is valid.
std::size_t first_invalid_utf8(std::string_view bytes);

// Unicode-aware lower case (ICU): "Erdoğan" -> "erdoğan", "SYRIË" -> "syrië".
std::string to_lower(std::string_view text);

// Whether every byte is ASCII: then lower case and case folding are A-Z to a-z.
bool is_ascii(std::string_view text);

}  // namespace kroniek
