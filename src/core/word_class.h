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

// Every class below that the token's tag (and word) gives, as bits: worked
// out once per token by set_derived_fields, read by the questions below.
std::uint64_t word_classes_of(const Token& t);

// Nouns
bool is_common_noun(const Token& t);     // N(soort | NN, NNS
bool is_plural_noun(const Token& t);     // N(soort,mv | NNS
bool is_proper_noun(const Token& t);     // SPEC(deeleigen, N(eigen | NNP, NNPS
bool is_noun(const Token& t);            // any noun, and a nominal infinitive ("het overleg")
bool is_nominalised(const Token& t);     // an adjective or participle as noun: "de gewonden"
bool is_plural_nominal(const Token& t);  // a plural noun or nominalised word

// Verbs
bool is_verb(const Token& t);            // WW | VB*, MD
bool is_finite_verb(const Token& t);     // WW(pv | VBD, VBZ, VBP, MD
bool is_past_finite(const Token& t);     // WW(pv,verl | VBD
bool is_present_finite(const Token& t);  // WW(pv,tgw | VBZ, VBP
bool is_participle(const Token& t);      // WW(vd | VBN
bool is_gerund(const Token& t);          // WW(od | VBG: "without reaching"
bool is_infinitive(const Token& t);      // WW(inf | VB
// A verb form used as an adjective before a noun ("de omstreden wet"); Penn
// tags do not say, so never for them.
bool is_attributive_verb(const Token& t);

// Function words
bool is_preposition(const Token& t);       // VZ(init | IN (not a subordinator), TO
bool is_particle(const Token& t);          // VZ(fin, a separable or stranded particle | RP
bool is_adposition(const Token& t);        // either of the two
bool is_article(const Token& t);           // LID | DT a, an, the
bool is_determiner(const Token& t);        // LID | DT, PDT (Penn does not tell articles apart)
bool is_definite_article(const Token& t);  // LID(bep | the
bool is_demonstrative_determiner(const Token& t);  // VNW(aanw,det | DT this, that, these, those
bool is_possessive(const Token& t);                // VNW(bez | PRP$, WP$
bool is_relative_pronoun(const Token& t);          // VNW(betr | WDT, WP
bool is_personal_pronoun(const Token& t);          // VNW(pers,pron | PRP
bool is_demonstrative_pronoun(const Token& t);     // VNW(aanw,pron | (none)
bool is_indefinite_pronoun(const Token& t);        // VNW(onbep | PDT, DT some, any, all …
bool is_pronoun(const Token& t);                   // VNW | PRP, PRP$, WP, WP$, WDT
bool is_coordinator(const Token& t);               // VG(neven | CC
bool is_subordinator(const Token& t);              // VG(onder | IN that, whether, if, because …
bool is_conjunction(const Token& t);               // either of the two
bool is_adverb(const Token& t);
// "waarbij", "waardoor" | WRB: an adverb that opens a relative clause.
bool is_relative_adverb(const Token& t);  // BW | RB, RBR, RBS, WRB

// Modifiers and numbers
bool is_adjective(const Token& t);             // ADJ | JJ, JJR, JJS
bool is_prenominal_adjective(const Token& t);  // ADJ(prenom | JJ* (Penn does not say where)
bool is_superlative(const Token& t);           // CGN ",sup" ("minst", "meest") | JJS, RBS
bool is_numeral(const Token& t);               // TW | CD
bool is_cardinal(const Token& t);              // TW(hoofd | CD
bool is_prenominal_cardinal(const Token& t);   // TW(hoofd,prenom | CD (Penn does not say where)
// A word that may stand before the noun it modifies: an attributive adjective
// or verb form | JJ*, and any VBN (Penn does not say where).
bool may_modify_noun(const Token& t);

bool is_punctuation(const Token& t);  // LET | . , : `` '' -LRB- -RRB- HYPH …

}  // namespace kroniek
