#include "analyze/language.h"

#include <cld2/public/compact_lang_det.h>

#include <climits>

namespace kroniek {

std::string detect_language(const std::string& text) {
  if (text.size() > static_cast<std::size_t>(INT_MAX)) return "";
  CLD2::Language top3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0, valid_prefix = 0;
  bool reliable = false;
  CLD2::Language found = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true, /*cld_hints=*/nullptr,
      /*flags=*/0, top3, percent3, scores3, /*resultchunkvector=*/nullptr, &text_bytes, &reliable,
      &valid_prefix);
  if (!reliable || found == CLD2::UNKNOWN_LANGUAGE) return "";
  return CLD2::LanguageCode(found);
}

}  // namespace kroniek
