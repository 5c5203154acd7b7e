// Word classes as the stages ask for them, whatever tag set the analyzer gave:
// CGN (Frog, Dutch: "WW(pv,tgw,met-t)") or Penn Treebank (link-grammar and
// PETRARCH parses, English: "VBZ"). The stages ask "is this a finite verb",
// never for a tag, so a language is an analyzer plus dictionaries.
//
// Where Penn tags cannot tell what CGN tells (an adjective or numeral before
// its noun, a participle used as an adjective), the answer is the closest one
// the tag gives; each function says so.
#pragma once
#include <cstdint>

#include "core/sentence.h"

namespace kroniek {

// The classes the questions below ask for, one bit each of Token::word_classes.
enum class WordClass : unsigned {
  common_noun,
  plural_noun,
  proper_noun,
  noun,
  nominalised,
  plural_nominal,
  verb,
  finite_verb,
  past_finite,
  present_finite,
  participle,
  gerund,
  infinitive,
  attributive_verb,
  preposition,
  particle,
  adposition,
  article,
  determiner,
  definite_article,
  demonstrative_determiner,
  possessive,
  relative_pronoun,
  personal_pronoun,
  demonstrative_pronoun,
  indefinite_pronoun,
  pronoun,
  coordinator,
  subordinator,
  conjunction,
  adverb,
  relative_adverb,
  adjective,
  prenominal_adjective,
  superlative,
  numeral,
  cardinal,
  prenominal_cardinal,
  may_modify_noun,
  punctuation,
};

// Every class that the token's tag (and word) gives, as bits: worked out once
// per token by set_derived_fields, read by the questions below.
std::uint64_t word_classes_of(const Token& t);

inline bool has_word_class(const Token& t, WordClass c) {
  return ((t.word_classes >> static_cast<unsigned>(c)) & 1) != 0;
}

// Nouns
// N(soort | NN, NNS
inline bool is_common_noun(const Token& t) { return has_word_class(t, WordClass::common_noun); }
// N(soort,mv | NNS
inline bool is_plural_noun(const Token& t) { return has_word_class(t, WordClass::plural_noun); }
// SPEC(deeleigen, N(eigen | NNP, NNPS
inline bool is_proper_noun(const Token& t) { return has_word_class(t, WordClass::proper_noun); }
// any noun, and a nominal infinitive ("het overleg")
inline bool is_noun(const Token& t) { return has_word_class(t, WordClass::noun); }
// an adjective or participle as noun: "de gewonden"
inline bool is_nominalised(const Token& t) { return has_word_class(t, WordClass::nominalised); }
// a plural noun or nominalised word
inline bool is_plural_nominal(const Token& t) {
  return has_word_class(t, WordClass::plural_nominal);
}

// Verbs
// WW | VB*, MD
inline bool is_verb(const Token& t) { return has_word_class(t, WordClass::verb); }
// WW(pv | VBD, VBZ, VBP, MD
inline bool is_finite_verb(const Token& t) { return has_word_class(t, WordClass::finite_verb); }
// WW(pv,verl | VBD
inline bool is_past_finite(const Token& t) { return has_word_class(t, WordClass::past_finite); }
// WW(pv,tgw | VBZ, VBP
inline bool is_present_finite(const Token& t) {
  return has_word_class(t, WordClass::present_finite);
}
// WW(vd | VBN
inline bool is_participle(const Token& t) { return has_word_class(t, WordClass::participle); }
// WW(od | VBG: "without reaching"
inline bool is_gerund(const Token& t) { return has_word_class(t, WordClass::gerund); }
// WW(inf | VB
inline bool is_infinitive(const Token& t) { return has_word_class(t, WordClass::infinitive); }
// A verb form used as an adjective before a noun ("de omstreden wet"); Penn
// tags do not say, so never for them.
inline bool is_attributive_verb(const Token& t) {
  return has_word_class(t, WordClass::attributive_verb);
}

// Function words
// VZ(init | IN (not a subordinator), TO
inline bool is_preposition(const Token& t) { return has_word_class(t, WordClass::preposition); }
// VZ(fin, a separable or stranded particle | RP
inline bool is_particle(const Token& t) { return has_word_class(t, WordClass::particle); }
// either of the two
inline bool is_adposition(const Token& t) { return has_word_class(t, WordClass::adposition); }
// LID | DT a, an, the
inline bool is_article(const Token& t) { return has_word_class(t, WordClass::article); }
// LID | DT, PDT (Penn does not tell articles apart)
inline bool is_determiner(const Token& t) { return has_word_class(t, WordClass::determiner); }
// LID(bep | the
inline bool is_definite_article(const Token& t) {
  return has_word_class(t, WordClass::definite_article);
}
// VNW(aanw,det | DT this, that, these, those
inline bool is_demonstrative_determiner(const Token& t) {
  return has_word_class(t, WordClass::demonstrative_determiner);
}
// VNW(bez | PRP$, WP$
inline bool is_possessive(const Token& t) { return has_word_class(t, WordClass::possessive); }
// VNW(betr | WDT, WP
inline bool is_relative_pronoun(const Token& t) {
  return has_word_class(t, WordClass::relative_pronoun);
}
// VNW(pers,pron | PRP
inline bool is_personal_pronoun(const Token& t) {
  return has_word_class(t, WordClass::personal_pronoun);
}
// VNW(aanw,pron | (none)
inline bool is_demonstrative_pronoun(const Token& t) {
  return has_word_class(t, WordClass::demonstrative_pronoun);
}
// VNW(onbep | PDT, DT some, any, all …
inline bool is_indefinite_pronoun(const Token& t) {
  return has_word_class(t, WordClass::indefinite_pronoun);
}
// VNW | PRP, PRP$, WP, WP$, WDT
inline bool is_pronoun(const Token& t) { return has_word_class(t, WordClass::pronoun); }
// VG(neven | CC
inline bool is_coordinator(const Token& t) { return has_word_class(t, WordClass::coordinator); }
// VG(onder | IN that, whether, if, because …
inline bool is_subordinator(const Token& t) { return has_word_class(t, WordClass::subordinator); }
// either of the two
inline bool is_conjunction(const Token& t) { return has_word_class(t, WordClass::conjunction); }
// BW | RB, RBR, RBS, WRB
inline bool is_adverb(const Token& t) { return has_word_class(t, WordClass::adverb); }
// "waarbij", "waardoor" | WRB: an adverb that opens a relative clause.
inline bool is_relative_adverb(const Token& t) {
  return has_word_class(t, WordClass::relative_adverb);
}

// Modifiers and numbers
// ADJ | JJ, JJR, JJS
inline bool is_adjective(const Token& t) { return has_word_class(t, WordClass::adjective); }
// ADJ(prenom | JJ* (Penn does not say where)
inline bool is_prenominal_adjective(const Token& t) {
  return has_word_class(t, WordClass::prenominal_adjective);
}
// CGN ",sup" ("minst", "meest") | JJS, RBS
inline bool is_superlative(const Token& t) { return has_word_class(t, WordClass::superlative); }
// TW | CD
inline bool is_numeral(const Token& t) { return has_word_class(t, WordClass::numeral); }
// TW(hoofd | CD
inline bool is_cardinal(const Token& t) { return has_word_class(t, WordClass::cardinal); }
// TW(hoofd,prenom | CD (Penn does not say where)
inline bool is_prenominal_cardinal(const Token& t) {
  return has_word_class(t, WordClass::prenominal_cardinal);
}
// A word that may stand before the noun it modifies: an attributive adjective
// or verb form | JJ*, and any VBN (Penn does not say where).
inline bool may_modify_noun(const Token& t) {
  return has_word_class(t, WordClass::may_modify_noun);
}

// LET | . , : `` '' -LRB- -RRB- HYPH …
inline bool is_punctuation(const Token& t) { return has_word_class(t, WordClass::punctuation); }

}  // namespace kroniek
