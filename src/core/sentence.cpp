#include "core/sentence.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>

#include "core/utf8.h"
#include "core/word_class.h"

namespace kroniek {

namespace {

bool starts_with_capital(const std::string& word) {
  if (word.empty()) return false;
  std::int32_t offset = 0;
  UChar32 initial;
  U8_NEXT(word.data(), offset, static_cast<std::int32_t>(word.size()), initial);
  return initial >= 0 && u_isUUppercase(initial);
}

}  // namespace

void set_derived_fields(Token& token) {
  token.word_lower = to_lower(token.word);
  token.lemma_lower = to_lower(token.lemma);
  token.word_classes = word_classes_of(token);
  token.capitalised = starts_with_capital(token.word);
}

std::string span_text(const Sentence& sentence, int first, int last,
                      const std::string& document_text) {
  const Token& a = sentence.tokens[first];
  const Token& b = sentence.tokens[last];
  if (a.start < b.end && b.end <= document_text.size()) {
    return document_text.substr(a.start, b.end - a.start);
  }
  std::string text;
  for (int i = first; i <= last; ++i) text += (i > first ? " " : "") + sentence.tokens[i].word;
  return text;
}

}  // namespace kroniek
