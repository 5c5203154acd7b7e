// Looking into an analysed sentence in tests: a token by its word, and its
// dependency as "rel head-word" ("su attacked", "ROOT").
#pragma once
#include <stdexcept>
#include <string>

#include "core/sentence.h"

namespace kroniek::testing {

inline const Token& token(const Sentence& sentence, const std::string& word) {
  for (const Token& t : sentence.tokens) {
    if (t.word == word) return t;
  }
  throw std::runtime_error("no token " + word);
}

inline std::string dependency(const Sentence& sentence, const std::string& word) {
  const Token& t = token(sentence, word);
  return t.head < 0 ? t.rel : t.rel + " " + sentence.tokens.at(t.head).word;
}

}  // namespace kroniek::testing
