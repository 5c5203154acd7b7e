#include "core/sentence.h"

#include "core/utf8.h"
#include "core/word_class.h"

namespace kroniek {

void set_derived_fields(Token& token) {
  token.word_lower = to_lower(token.word);
  token.lemma_lower = to_lower(token.lemma);
  token.word_classes = word_classes_of(token);
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
