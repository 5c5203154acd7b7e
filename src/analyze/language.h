// Which language a document is written in, for `--lang auto`: CLD2 (Compact
// Language Detector 2, Debian libcld2-dev) over the whole text.
#pragma once
#include <string>

namespace kroniek {

// The ISO 639-1 code CLD2 finds most likely ("nl", "en", "de" …), or "" when
// the text is too short or too mixed to tell, or is not valid UTF-8.
std::string detect_language(const std::string& text);

}  // namespace kroniek
