// Word classes answer the same question for Frog's CGN tags and Penn tags.
#include "core/word_class.h"

#include <gtest/gtest.h>

namespace kroniek {
namespace {

Token tagged(const std::string& word, const std::string& pos) {
  Token t;
  t.word = word;
  t.pos = pos;
  set_derived_fields(t);
  return t;
}

TEST(WordClass, VerbFormsInBothTagSets) {
  EXPECT_TRUE(is_finite_verb(tagged("steunt", "WW(pv,tgw,met-t)")));
  EXPECT_TRUE(is_finite_verb(tagged("supports", "VBZ")));
  EXPECT_TRUE(is_past_finite(tagged("steunde", "WW(pv,verl,ev)")));
  EXPECT_TRUE(is_past_finite(tagged("supported", "VBD")));
  EXPECT_FALSE(is_past_finite(tagged("supports", "VBZ")));
  EXPECT_TRUE(is_participle(tagged("gesteund", "WW(vd,vrij,zonder)")));
  EXPECT_TRUE(is_participle(tagged("supported", "VBN")));
  EXPECT_FALSE(is_finite_verb(tagged("supported", "VBN")));
  EXPECT_TRUE(is_infinitive(tagged("steunen", "WW(inf,vrij,zonder)")));
  EXPECT_TRUE(is_infinitive(tagged("support", "VB")));
  EXPECT_TRUE(is_attributive_verb(tagged("omstreden", "WW(vd,prenom,met-e)")));
  EXPECT_FALSE(is_attributive_verb(tagged("disputed", "VBN")));  // Penn does not say
}

TEST(WordClass, PrepositionsParticlesAndSubordinators) {
  EXPECT_TRUE(is_preposition(tagged("op", "VZ(init)")));
  EXPECT_TRUE(is_particle(tagged("op", "VZ(fin)")));
  EXPECT_TRUE(is_preposition(tagged("near", "IN")));
  EXPECT_TRUE(is_particle(tagged("up", "RP")));
  EXPECT_TRUE(is_subordinator(tagged("that", "IN")));
  EXPECT_FALSE(is_preposition(tagged("that", "IN")));
  EXPECT_TRUE(is_subordinator(tagged("dat", "VG(onder)")));
  EXPECT_TRUE(is_coordinator(tagged("and", "CC")));
  EXPECT_TRUE(is_coordinator(tagged("en", "VG(neven)")));
}

TEST(WordClass, DeterminersAndPronouns) {
  EXPECT_TRUE(is_definite_article(tagged("de", "LID(bep,stan,rest)")));
  EXPECT_TRUE(is_definite_article(tagged("The", "DT")));
  EXPECT_FALSE(is_definite_article(tagged("a", "DT")));
  EXPECT_TRUE(is_article(tagged("a", "DT")));
  EXPECT_FALSE(is_article(tagged("this", "DT")));
  EXPECT_TRUE(is_determiner(tagged("this", "DT")));
  EXPECT_TRUE(is_demonstrative_determiner(tagged("those", "DT")));
  EXPECT_TRUE(is_possessive(tagged("their", "PRP$")));
  EXPECT_TRUE(is_possessive(tagged("hun", "VNW(bez,det,stan,vol,3,mv,prenom,zonder,agr)")));
  EXPECT_TRUE(is_relative_pronoun(tagged("which", "WDT")));
  EXPECT_TRUE(is_relative_adverb(tagged("waarbij", "BW()")));
  EXPECT_FALSE(is_relative_adverb(tagged("waarschuwde", "WW(pv,verl,ev)")));
}

TEST(WordClass, NounsNumbersAndMarks) {
  EXPECT_TRUE(is_common_noun(tagged("aanval", "N(soort,ev,basis,zijd,stan)")));
  EXPECT_TRUE(is_plural_noun(tagged("attacks", "NNS")));
  EXPECT_TRUE(is_proper_noun(tagged("Idlib", "SPEC(deeleigen)")));
  EXPECT_TRUE(is_proper_noun(tagged("Idlib", "NNP")));
  EXPECT_TRUE(is_plural_nominal(tagged("gewonden", "ADJ(nom,basis,met-e,mv-n)")));
  EXPECT_TRUE(is_cardinal(tagged("700", "CD")));
  EXPECT_TRUE(is_superlative(tagged("least", "JJS")));
  EXPECT_FALSE(is_superlative(tagged("large", "JJ")));
  EXPECT_TRUE(is_prenominal_cardinal(tagged("twee", "TW(hoofd,prenom,stan)")));
  EXPECT_TRUE(is_punctuation(tagged(",", ",")));
  EXPECT_TRUE(is_punctuation(tagged(".", "LET()")));
  EXPECT_FALSE(is_noun(tagged("(", "-LRB-")));
}

}  // namespace
}  // namespace kroniek
