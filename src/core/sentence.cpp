#include "core/sentence.h"

#include "core/utf8.h"

namespace kroniek {

void set_lower_forms(Token& token) {
  token.word_lower = to_lower(token.word);
  token.lemma_lower = to_lower(token.lemma);
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
