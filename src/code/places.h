// The place finder: which places a sentence names, resolved in the gazetteer.
#pragma once
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/event.h"
#include "core/sentence.h"
#include "core/string_hash.h"
#include "lexicon/gazetteer.h"

namespace kroniek {

struct PlaceMention {
  int first = 0, last = 0;  // token span in the sentence
  std::string preposition;  // the preposition just before ("in", "bij", "richting", "naar",
                            // "uit", "vanuit", "tussen"...), lower case, or empty
  Location location;
};

// The gazetteer's places by name, each name looked up once: keep one for a
// document, as its names recur from sentence to sentence and each run of the
// place finder over a sentence asks for the same ones.
class PlaceCandidates {
 public:
  explicit PlaceCandidates(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {}
  const std::vector<GazetteerPlace>& of(std::string_view name);

 private:
  const Gazetteer& gazetteer_;
  std::unordered_map<std::string, std::vector<GazetteerPlace>, StringHash, std::equal_to<>> known_;
};

// The places a sentence names, in text order, disambiguated.
// `document_countries` holds the ISO3 codes of the countries the document
// mentions: a name that several places share resolves to the one there.
std::vector<PlaceMention> find_places(const Sentence& sentence, const std::string& document_text,
                                      PlaceCandidates& candidates,
                                      const std::set<std::string>& document_countries);
// The same, looking each name up afresh.
std::vector<PlaceMention> find_places(const Sentence& sentence, const std::string& document_text,
                                      const Gazetteer& gazetteer,
                                      const std::set<std::string>& document_countries);

// Whether the sentence's named-entity tags (Token::ner) could change what
// find_places gives for it, in any document: false when no capitalised word
// the tags would make a name's start could start a place, and no name's
// likely place depends on whether the tags call it a person or an
// organisation. The analyzer leaves such a sentence's entities untagged
// (analyze/analyzer.h, SentenceNeeds).
bool entity_tags_may_matter(const Sentence& sentence, const std::string& document_text,
                            const Gazetteer& gazetteer);

}  // namespace kroniek
