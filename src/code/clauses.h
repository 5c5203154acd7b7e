// Clause extraction: a sentence split into clauses, each with its verbs,
// nouns, actor arguments and modality.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/actor.h"
#include "core/clause.h"
#include "core/sentence.h"
#include "lexicon/grammar.h"

namespace kroniek {

// The argument of `clause` that covers token `token`, or null.
const Argument* argument_at(const Clause& clause, int token);

// "niet", "geen", "nooit", ... (the language's negators)
bool is_negator(const Token& token, const Grammar& grammar);

// Lower-cased lemma of a token (Frog gives proper nouns their case).
const std::string& lemma_of(const Token& token);

// Whether the token's lemma or form, lower-cased, is `word` (lower case).
bool is_word(const Token& token, std::string_view word);

// A pronoun that can stand for the subject, whom the story resolves ("hij",
// "zij", "die": data/grammar/<lang>.txt, subject_pronouns).
bool is_subject_pronoun(const Token& token, const Grammar& g);

// Splits `sentence` at subordinating conjunctions, relative pronouns,
// "waarbij"-adverbs, "om/zonder ... te" and coordinated finite clauses, and
// groups the actor mentions of each clause into arguments: coordinated actors
// ("Ankara en Moskou") form one argument, with the preposition that governs it.
std::vector<Clause> extract_clauses(const Sentence& sentence,
                                    const std::vector<ActorMention>& mentions,
                                    const Grammar& grammar);

}  // namespace kroniek
