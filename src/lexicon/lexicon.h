// Everything the coder reads from data/: ontology, actors and patterns.
#pragma once
#include <string>

#include "lexicon/actor_dictionary.h"
#include "lexicon/gazetteer.h"
#include "lexicon/grammar.h"
#include "lexicon/ontology.h"
#include "lexicon/patterns.h"

namespace kroniek {

struct Lexicon {
  Ontology ontology;
  ActorDictionary actors;    // every language; entries carry their language
  PatternBook patterns;      // the patterns of one language
  PatternBook displacement;  // people fleeing: data/displacement/<lang>.txt
  Grammar grammar;           // the language's function words: data/grammar/<lang>.txt
  // Places named as actors ("beschoten Charkiv" targets Ukraine); owned by
  // the caller, loaded apart (lexicon/gazetteer.h). Null: no place actors.
  const Gazetteer* gazetteer = nullptr;
};

// The data directory of the build (KRONIEK_DATA_DIR), unless the environment
// variable KRONIEK_DATA names another.
std::string default_data_dir();

// Loads data/cameo/events.txt, every data/actors/*.txt and data/patterns/<lang>.txt
// with data/patterns/<lang>-*.txt, data/grammar/<lang>.txt, and
// data/displacement/<lang>.txt when there is one.
// Throws DictionaryError naming the file and line of a malformed entry.
Lexicon load_lexicon(const std::string& data_dir, const std::string& lang);

// Adds a user's dictionaries to ours (`--dictionaries DIR`): DIR/actors/*.txt and
// DIR/patterns/<lang>*.txt in kroniek's formats, and for English the actor and agent
// files of the PETRARCH/TABARI formats in DIR itself (*.actors.txt, *.agents.txt), whose
// names, synonyms and dated codes become actor entries and whose agents role agents.
// Where one of ours and one of DIR's name the same phrase, ours is found first.
// Throws DictionaryError for a malformed line or a directory that is not there.
void extend_lexicon(Lexicon& lexicon, const std::string& dir, const std::string& lang);

}  // namespace kroniek
