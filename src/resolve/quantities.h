// Counts of killed, wounded, displaced, arrested and detained people in a
// sentence: "zeker 700.000 Syriërs zijn op de vlucht geslagen", "meerdere
// doden", "more than 50 people were killed".
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/event.h"
#include "core/sentence.h"

namespace kroniek {

struct QuantityMention {
  int first = 0, last = 0;  // token span of the count in the sentence (qualifier/numeral .. noun)
  Quantity quantity;        // kind, value, min, max, qualifier, text
};

// The counts a sentence gives, in text order. A count is a numeral or a vague
// word ("tientallen", "dozens") with the noun it counts; its kind comes from
// that noun ("doden", "gewonden", "refugees") or, for people in general
// ("mensen", "Syriërs", "civilians"), from the clause's verb ("kwamen om",
// "op de vlucht geslagen", "were arrested"). Numbers that count anything else
// (years, money, soldiers sent) give nothing. `lang` is "nl" or "en"; other
// languages give no counts. Reads the words and tags, not the parse, so a
// sentence the analyzer did not parse gives the same counts.
std::vector<QuantityMention> find_quantities(const Sentence& sentence,
                                             const std::string& document_text,
                                             const std::string& lang);

// The number a numeral token sequence spells, e.g. {"700.000"} -> 700000,
// {"1,5", "miljoen"} -> 1500000, {"zeven"} -> 7, {"zevenhonderd"} -> 700
// (Dutch); {"2.3", "million"}, {"seven"}, {"twenty-one"}, {"twenty", "one"}
// (English). Digits follow the language's separators (ICU NumberFormat), words
// its spell-out rules (ICU RuleBasedNumberFormat). Ordinals ("tweede",
// "second"), negative and non-whole numbers give nullopt.
std::optional<long long> parse_number(const std::vector<std::string>& words,
                                      const std::string& lang);

}  // namespace kroniek
