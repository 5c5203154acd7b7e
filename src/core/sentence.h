// Analyzer output: sentences of tokens with lemma, POS, NER and a dependency tree.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace kroniek {

struct Token {
  std::string word;
  std::string lemma;
  std::string pos;        // full tag, e.g. "WW(pv,tgw,met-t)" (CGN) or "VBD" (PTB)
  std::string ner;        // "O", "B-LOC", "I-PER", ...
  int head = -1;          // index of the head token in the sentence, -1 for the root
  std::string rel;        // dependency relation to the head (Alpino labels for Dutch)
  std::size_t start = 0;  // byte offsets of the word in Document::text
  std::size_t end = 0;
  // Worked out once from the fields above (set_derived_fields), since the later
  // stages ask them of every token many times: the word and the lemma
  // lower-cased, for their word lists; the token's word classes as bits
  // (core/word_class.h asks them); whether the word starts with a capital
  // letter of any script ("Ürümqi", "İdlib").
  std::string word_lower;
  std::string lemma_lower;
  std::uint64_t word_classes = 0;
  bool capitalised = false;
};

// Sets word_lower, lemma_lower, word_classes and capitalised from the token's
// word, lemma and tag: every analyzer calls it once these are final, as must
// anything else making tokens.
void set_derived_fields(Token& token);

// True when the token's tag starts with `prefix`: pos_is(t, "WW(pv") for a
// finite verb in the CGN tag set.
inline bool pos_is(const Token& token, const char* prefix) {
  return std::string_view(token.pos).starts_with(prefix);
}

struct Sentence {
  std::size_t index = 0;  // 0-based position in the document
  std::size_t start = 0;  // byte offsets in Document::text
  std::size_t end = 0;
  std::vector<Token> tokens;
  // False when the analyzer tagged the sentence but left out its dependency
  // parse, having been told nothing could be coded from it (analyze/analyzer.h):
  // every head is -1 and no relation is set.
  bool parsed = true;
  // False when the analyzer left out its named-entity tags, having been told
  // they could not change what is found in it (code/places.h): every token
  // has "O".
  bool entities_tagged = true;
};

// The words of tokens [first, last] as the document writes them, or joined
// by spaces when the offsets do not point into `document_text`.
std::string span_text(const Sentence& sentence, int first, int last,
                      const std::string& document_text);

struct AnalyzedDocument {
  std::vector<Sentence> sentences;
  // What the analyzer had to change to read the text (e.g. a stretch too long
  // for the parsers cut up), for the user.
  std::vector<std::string> warnings;
};

}  // namespace kroniek
