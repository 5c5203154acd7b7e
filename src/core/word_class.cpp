#include "core/word_class.h"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <string>

#include "core/sentence.h"

namespace kroniek {
namespace {

// CGN tags always end in their features in parentheses ("LET()"); Penn tags
// never do.
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

// The tag tests of the classes other classes are made of.
bool preposition_tag(const Token& t) {
  return cgn(t, {"VZ(init"}) || penn(t, {"TO"}) || (penn(t, {"IN"}) && !penn_subordinator(t));
}
bool particle_tag(const Token& t) { return cgn(t, {"VZ(fin"}) || penn(t, {"RP"}); }
bool coordinator_tag(const Token& t) { return cgn(t, {"VG(neven"}) || penn(t, {"CC"}); }
bool subordinator_tag(const Token& t) { return cgn(t, {"VG(onder"}) || penn_subordinator(t); }

struct ClassTest {
  WordClass word_class;
  bool (*test)(const Token&);
};

// How each class is told from the tag (and for some Penn tags the word).
constexpr ClassTest kClassTests[] = {
    {WordClass::common_noun,
     [](const Token& t) {
       return cgn(t, {"N(soort"}) || penn(t, {"NN", "NNS"});
     }},
    {WordClass::plural_noun,
     [](const Token& t) { return cgn(t, {"N(soort,mv"}) || penn(t, {"NNS"}); }},
    {WordClass::proper_noun,
     [](const Token& t) {
       return cgn(t, {"SPEC(deeleigen", "N(eigen"}) || penn(t, {"NNP", "NNPS"});
     }},
    {WordClass::noun,
     [](const Token& t) {
       return cgn(t, {"N(", "WW(inf,nom"}) || penn(t, {"NN", "NNS", "NNP", "NNPS"});
     }},
    {WordClass::nominalised,
     [](const Token& t) {
       return cgn(t, {"ADJ(nom", "WW(vd,nom", "WW(od,nom"});
     }},
    {WordClass::plural_nominal,
     [](const Token& t) {
       bool plural_form = t.pos.find("mv-n") != std::string::npos;
       return cgn(t, {"N(soort,mv", "N(eigen,mv"}) || penn(t, {"NNS", "NNPS"}) ||
              (cgn(t, {"ADJ(nom", "WW(vd,nom"}) && plural_form);
     }},
    {WordClass::verb,
     [](const Token& t) {
       return cgn(t, {"WW"}) || penn(t, {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"});
     }},
    {WordClass::finite_verb,
     [](const Token& t) {
       return cgn(t, {"WW(pv"}) || penn(t, {"VBD", "VBZ", "VBP", "MD"});
     }},
    {WordClass::past_finite,
     [](const Token& t) { return cgn(t, {"WW(pv,verl"}) || penn(t, {"VBD"}); }},
    {WordClass::present_finite,
     [](const Token& t) {
       return cgn(t, {"WW(pv,tgw"}) || penn(t, {"VBZ", "VBP"});
     }},
    {WordClass::participle, [](const Token& t) { return cgn(t, {"WW(vd"}) || penn(t, {"VBN"}); }},
    {WordClass::gerund, [](const Token& t) { return cgn(t, {"WW(od"}) || penn(t, {"VBG"}); }},
    {WordClass::infinitive, [](const Token& t) { return cgn(t, {"WW(inf"}) || penn(t, {"VB"}); }},
    {WordClass::attributive_verb,
     [](const Token& t) {
       return cgn(t, {"WW(vd,prenom", "WW(inf,prenom", "WW(od,prenom"});
     }},
    {WordClass::preposition, preposition_tag},
    {WordClass::particle, particle_tag},
    {WordClass::adposition,
     [](const Token& t) { return cgn(t, {"VZ"}) || preposition_tag(t) || particle_tag(t); }},
    {WordClass::article,
     [](const Token& t) {
       return cgn(t, {"LID"}) || (penn(t, {"DT"}) && word_in(t, {"a", "an", "the"}));
     }},
    {WordClass::determiner,
     [](const Token& t) {
       return cgn(t, {"LID"}) || penn(t, {"DT", "PDT"});
     }},
    {WordClass::definite_article,
     [](const Token& t) {
       return cgn(t, {"LID(bep"}) || (penn(t, {"DT"}) && word_in(t, {"the"}));
     }},
    {WordClass::demonstrative_determiner,
     [](const Token& t) {
       return cgn(t, {"VNW(aanw,det"}) ||
              (penn(t, {"DT"}) && word_in(t, {"this", "that", "these", "those"}));
     }},
    {WordClass::possessive,
     [](const Token& t) {
       return cgn(t, {"VNW(bez"}) || penn(t, {"PRP$", "WP$"});
     }},
    {WordClass::relative_pronoun,
     [](const Token& t) {
       return cgn(t, {"VNW(betr"}) || penn(t, {"WDT", "WP"});
     }},
    {WordClass::personal_pronoun,
     [](const Token& t) { return cgn(t, {"VNW(pers,pron"}) || penn(t, {"PRP"}); }},
    {WordClass::demonstrative_pronoun, [](const Token& t) { return cgn(t, {"VNW(aanw,pron"}); }},
    {WordClass::indefinite_pronoun,
     [](const Token& t) {
       return cgn(t, {"VNW(onbep"}) || penn(t, {"PDT"}) ||
              (penn(t, {"DT"}) &&
               word_in(t, {"some", "any", "all", "every", "each", "no", "both"}));
     }},
    {WordClass::pronoun,
     [](const Token& t) {
       return cgn(t, {"VNW"}) || penn(t, {"PRP", "PRP$", "WP", "WP$", "WDT"});
     }},
    {WordClass::coordinator, coordinator_tag},
    {WordClass::subordinator, subordinator_tag},
    {WordClass::conjunction,
     [](const Token& t) { return cgn(t, {"VG("}) || coordinator_tag(t) || subordinator_tag(t); }},
    {WordClass::adverb,
     [](const Token& t) {
       return cgn(t, {"BW"}) || penn(t, {"RB", "RBR", "RBS", "WRB"});
     }},
    {WordClass::relative_adverb,
     [](const Token& t) {
       const std::string& w = t.word_lower;
       return (cgn(t, {"BW"}) && w.size() > 5 && w.starts_with("waar")) || penn(t, {"WRB"});
     }},
    {WordClass::adjective,
     [](const Token& t) {
       return cgn(t, {"ADJ"}) || penn(t, {"JJ", "JJR", "JJS"});
     }},
    {WordClass::prenominal_adjective,
     [](const Token& t) {
       return cgn(t, {"ADJ(prenom"}) || penn(t, {"JJ", "JJR", "JJS"});
     }},
    {WordClass::superlative,
     [](const Token& t) {
       return (is_cgn(t) && t.pos.find(",sup") != std::string::npos) || penn(t, {"JJS", "RBS"});
     }},
    {WordClass::numeral, [](const Token& t) { return cgn(t, {"TW"}) || penn(t, {"CD"}); }},
    {WordClass::cardinal, [](const Token& t) { return cgn(t, {"TW(hoofd"}) || penn(t, {"CD"}); }},
    {WordClass::prenominal_cardinal,
     [](const Token& t) { return cgn(t, {"TW(hoofd,prenom"}) || penn(t, {"CD"}); }},
    {WordClass::may_modify_noun,
     [](const Token& t) {
       return cgn(t, {"ADJ(prenom", "WW(vd,prenom", "WW(od,prenom"}) ||
              penn(t, {"JJ", "JJR", "JJS", "VBN"});
     }},
    {WordClass::punctuation,
     [](const Token& t) {
       return cgn(t, {"LET"}) ||
              penn(t, {".", ",", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "#", "$", "NFP"});
     }},
};
static_assert(std::size(kClassTests) <= 64, "Token::word_classes has 64 bits");

std::uint64_t bit(WordClass c) { return std::uint64_t{1} << static_cast<unsigned>(c); }

}  // namespace

std::uint64_t word_classes_of(const Token& t) {
  std::uint64_t classes = 0;
  for (const ClassTest& c : kClassTests) {
    if (c.test(t)) classes |= bit(c.word_class);
  }
  return classes;
}

}  // namespace kroniek
