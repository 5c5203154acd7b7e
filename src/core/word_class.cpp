#include "core/word_class.h"

#include <algorithm>
#include <initializer_list>
#include <string>

#include "core/sentence.h"

namespace kroniek {
namespace {

// CGN tags always end in their features in parentheses ("LET()"); Penn tags
// never do. The last byte tells, without a search: word classes are asked of
// every token many times.
bool is_cgn(const Token& t) { return t.pos.size() > 1 && t.pos.back() == ')'; }

bool cgn(const Token& t, std::initializer_list<const char*> prefixes) {
  return is_cgn(t) &&
         std::any_of(prefixes.begin(), prefixes.end(), [&](const char* p) { return pos_is(t, p); });
}

bool penn(const Token& t, std::initializer_list<const char*> tags) {
  return !is_cgn(t) &&
         std::any_of(tags.begin(), tags.end(), [&](const char* tag) { return t.pos == tag; });
}

bool word_in(const Token& t, std::initializer_list<const char*> words) {
  return std::any_of(words.begin(), words.end(), [&](const char* x) { return t.word_lower == x; });
}

// Penn tags IN for prepositions and subordinators alike.
bool penn_subordinator(const Token& t) {
  return penn(t, {"IN"}) && word_in(t, {"that", "whether", "if", "because", "although", "though",
                                        "unless", "whereas", "while"});
}

}  // namespace

bool is_common_noun(const Token& t) { return cgn(t, {"N(soort"}) || penn(t, {"NN", "NNS"}); }
bool is_plural_noun(const Token& t) { return cgn(t, {"N(soort,mv"}) || penn(t, {"NNS"}); }
bool is_proper_noun(const Token& t) {
  return cgn(t, {"SPEC(deeleigen", "N(eigen"}) || penn(t, {"NNP", "NNPS"});
}
bool is_noun(const Token& t) {
  return cgn(t, {"N(", "WW(inf,nom"}) || penn(t, {"NN", "NNS", "NNP", "NNPS"});
}
bool is_nominalised(const Token& t) { return cgn(t, {"ADJ(nom", "WW(vd,nom", "WW(od,nom"}); }
bool is_plural_nominal(const Token& t) {
  bool plural_form = t.pos.find("mv-n") != std::string::npos;
  return cgn(t, {"N(soort,mv", "N(eigen,mv"}) || penn(t, {"NNS", "NNPS"}) ||
         (cgn(t, {"ADJ(nom", "WW(vd,nom"}) && plural_form);
}

bool is_verb(const Token& t) {
  return cgn(t, {"WW"}) || penn(t, {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"});
}
bool is_finite_verb(const Token& t) {
  return cgn(t, {"WW(pv"}) || penn(t, {"VBD", "VBZ", "VBP", "MD"});
}
bool is_past_finite(const Token& t) { return cgn(t, {"WW(pv,verl"}) || penn(t, {"VBD"}); }
bool is_present_finite(const Token& t) { return cgn(t, {"WW(pv,tgw"}) || penn(t, {"VBZ", "VBP"}); }
bool is_participle(const Token& t) { return cgn(t, {"WW(vd"}) || penn(t, {"VBN"}); }
bool is_gerund(const Token& t) { return cgn(t, {"WW(od"}) || penn(t, {"VBG"}); }
bool is_infinitive(const Token& t) { return cgn(t, {"WW(inf"}) || penn(t, {"VB"}); }
bool is_attributive_verb(const Token& t) {
  return cgn(t, {"WW(vd,prenom", "WW(inf,prenom", "WW(od,prenom"});
}

bool is_preposition(const Token& t) {
  return cgn(t, {"VZ(init"}) || penn(t, {"TO"}) || (penn(t, {"IN"}) && !penn_subordinator(t));
}
bool is_particle(const Token& t) { return cgn(t, {"VZ(fin"}) || penn(t, {"RP"}); }
bool is_adposition(const Token& t) { return cgn(t, {"VZ"}) || is_preposition(t) || is_particle(t); }
bool is_article(const Token& t) {
  return cgn(t, {"LID"}) || (penn(t, {"DT"}) && word_in(t, {"a", "an", "the"}));
}
bool is_determiner(const Token& t) { return cgn(t, {"LID"}) || penn(t, {"DT", "PDT"}); }
bool is_definite_article(const Token& t) {
  return cgn(t, {"LID(bep"}) || (penn(t, {"DT"}) && word_in(t, {"the"}));
}
bool is_demonstrative_determiner(const Token& t) {
  return cgn(t, {"VNW(aanw,det"}) ||
         (penn(t, {"DT"}) && word_in(t, {"this", "that", "these", "those"}));
}
bool is_possessive(const Token& t) { return cgn(t, {"VNW(bez"}) || penn(t, {"PRP$", "WP$"}); }
bool is_relative_pronoun(const Token& t) { return cgn(t, {"VNW(betr"}) || penn(t, {"WDT", "WP"}); }
bool is_personal_pronoun(const Token& t) { return cgn(t, {"VNW(pers,pron"}) || penn(t, {"PRP"}); }
bool is_demonstrative_pronoun(const Token& t) { return cgn(t, {"VNW(aanw,pron"}); }
bool is_indefinite_pronoun(const Token& t) {
  return cgn(t, {"VNW(onbep"}) || penn(t, {"PDT"}) ||
         (penn(t, {"DT"}) && word_in(t, {"some", "any", "all", "every", "each", "no", "both"}));
}
bool is_pronoun(const Token& t) {
  return cgn(t, {"VNW"}) || penn(t, {"PRP", "PRP$", "WP", "WP$", "WDT"});
}
bool is_coordinator(const Token& t) { return cgn(t, {"VG(neven"}) || penn(t, {"CC"}); }
bool is_subordinator(const Token& t) { return cgn(t, {"VG(onder"}) || penn_subordinator(t); }
bool is_conjunction(const Token& t) {
  return cgn(t, {"VG("}) || is_coordinator(t) || is_subordinator(t);
}
bool is_adverb(const Token& t) { return cgn(t, {"BW"}) || penn(t, {"RB", "RBR", "RBS", "WRB"}); }

bool is_relative_adverb(const Token& t) {
  const std::string& w = t.word_lower;
  return (cgn(t, {"BW"}) && w.size() > 5 && w.starts_with("waar")) || penn(t, {"WRB"});
}

bool is_adjective(const Token& t) { return cgn(t, {"ADJ"}) || penn(t, {"JJ", "JJR", "JJS"}); }
bool is_prenominal_adjective(const Token& t) {
  return cgn(t, {"ADJ(prenom"}) || penn(t, {"JJ", "JJR", "JJS"});
}
bool is_superlative(const Token& t) {
  return (is_cgn(t) && t.pos.find(",sup") != std::string::npos) || penn(t, {"JJS", "RBS"});
}
bool is_numeral(const Token& t) { return cgn(t, {"TW"}) || penn(t, {"CD"}); }
bool is_cardinal(const Token& t) { return cgn(t, {"TW(hoofd"}) || penn(t, {"CD"}); }
bool is_prenominal_cardinal(const Token& t) {
  return cgn(t, {"TW(hoofd,prenom"}) || penn(t, {"CD"});
}
bool may_modify_noun(const Token& t) {
  return cgn(t, {"ADJ(prenom", "WW(vd,prenom", "WW(od,prenom"}) ||
         penn(t, {"JJ", "JJR", "JJS", "VBN"});
}

bool is_punctuation(const Token& t) {
  return cgn(t, {"LET"}) ||
         penn(t, {".", ",", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "#", "$", "NFP"});
}

}  // namespace kroniek
