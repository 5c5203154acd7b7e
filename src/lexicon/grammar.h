// The words of one language that the clause stage and the coder look for,
// each set named by the part it plays (data/grammar/<lang>.txt). With them the
// stages hold no Dutch or English of their own: a language is an analyzer
// plus dictionaries.
#pragma once
#include <string>
#include <vector>

#include "core/sentence.h"
#include "core/word_set.h"

namespace kroniek {

struct Grammar {
  using Words = WordSet;           // lowercased words; "over en weer" is three
  Words auxiliaries;               // a clause with one waits for its participle
  Words future_words;              // "zal": what is still to come
  Words intention_verbs;           // "willen" (lemma, finite): intention is no event yet
  Words intention_phrases;         // "van plan"
  Words hypothetical_words;        // "zou"
  Words conditionals;              // "als", "indien": the clause they open is hypothetical
  Words negators;                  // "niet", "geen"
  Words negating_openers;          // "zonder": the clause it opens is negated
  Words purpose_openers;           // "om", "zonder" + te-infinitive open a clause
  Words infinitive_markers;        // "te"
  Words comparisons;               // "dan": "meer dan driehonderd" opens no clause
  Words role_markers;              // "als" without a verb: "treedt op als bemiddelaar"
  Words reciprocals;               // "elkaar", "over en weer"
  Words compass_nouns;             // "het noorden van Libanon"
  Words subject_pronouns;          // "die", "zij": refer back
  Words speech_verbs;              // lemmas: "zeggen"; make what they introduce reported
  Words denial_verbs;              // lemmas: "ontkennen"; negate what they introduce
  Words asking_verbs;              // lemmas: "onderzoeken"; "of" after them asks
  Words complementizers;           // "dat": what a speech verb reports
  Words question_complementizers;  // "of"
  Words attribution_prepositions;  // "volgens"
  Words attribution_words;         // "aldus"
  Words agent_prepositions;        // "door": the source of a passive or a noun
  Words owner_prepositions;        // "van"
  Words place_prepositions;        // "in"
  Words between_prepositions;      // "tussen"
  Words target_prepositions;       // "op", "tegen", "met": a nominal event's target
  Words receiving_verbs;           // lemmas "krijgen", "ontvangen": the subject is the target
  Words copulas;                   // lemma "zijn"
  Words passive_auxiliaries;       // lemma "worden"
  Words large_numbers;             // "honderd", "duizend": a count of victims in the hundreds
  Words ending_verbs;  // lemmas "sneuvelen", "collapse": a cooperative event noun they have
                       // as subject ("the ceasefire collapsed") is no new event

  // Reads "<set>: word | word | …" lines; throws DictionaryError naming the
  // file and line of an unknown set or an empty entry.
  void load_file(const std::string& path);
};

// Whether a phrase of `words` starts at token `at`: the lowercased words of
// the tokens, one entry word per token ("over en weer").
bool phrase_at(const Sentence& s, std::size_t at, const Grammar::Words& words);

// The lowercased word of a token, and whether it is in `words`.
bool word_in(const Token& t, const Grammar::Words& words);

}  // namespace kroniek
