// PETRARCH XML input: <Sentence date="YYYYMMDD" id="..." category="..." sentence="true">
// with its <Text>, an optional <Parse> (a Penn Treebank tree, kept as text: src/analyze
// reads trees) and, in validation files, the <EventCoding .../> records the sentence
// should give; plus the <Environment> block that names the dictionaries and the <Config>
// options between sentences. Read with libxml2's streaming reader, one sentence at a time.
#pragma once
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "io/readers.h"

namespace kroniek {

// The file is not well-formed XML (or cannot be read): the message names file and line.
class PetrarchXmlError : public std::runtime_error {
 public:
  PetrarchXmlError(const std::string& file, int line, const std::string& reason);
};

// <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"/>. Actors the
// dictionaries lack are given as their words in quotes: '"THE FREEDONIAN TREASURY"'.
struct PetrarchExpectedEvent {
  std::string source, target, code;
};

struct PetrarchSentence {
  std::string id;               // "DEMO-01", "FRD19330101.0001_2"
  std::string date;             // YYYY-MM-DD
  std::string category;         // validation category ("DEMO", "ACTOR"); may be empty
  std::string source;           // news source ("AFP"); may be empty
  bool single_sentence = true;  // sentence="false": the text is a whole story to split
  std::string text;   // every run of white space made one blank; may be empty with a parse
  std::string parse;  // the <Parse> tree as written (trimmed); empty when absent
  std::vector<PetrarchExpectedEvent> expected;
  bool expects_no_events = false;  // <EventCoding noevents="True">
  std::string expected_error;      // <EventCoding error="dateline">: the coder should refuse
  int line = 0;                    // of the <Sentence> tag
};

// <Config option="require_dyad" value="false"/>: holds from sentence `from_sentence` (an
// index into sentences; 0 for the <Environment>) until the option is set again.
struct PetrarchOption {
  std::string option, value;
  std::size_t from_sentence = 0;
  int line = 0;
};

// The dictionaries and settings of a validation file, as written (paths relative to it).
struct PetrarchEnvironment {
  bool present = false;
  std::string verb_file, agent_file, discard_file, issue_file, error_file;
  std::vector<std::string> actor_files;
  std::vector<std::string> include, exclude;  // categories; "valid" means valid records only
  std::string pause;
};

struct PetrarchXmlInput {
  PetrarchEnvironment environment;
  std::vector<PetrarchSentence> sentences;
  std::vector<PetrarchOption> options;
  // Sentences that could not be used (no id, no date, neither text nor parse, an
  // <EventCoding> that says nothing), each with its id or "file:line N", and why; the
  // others are read all the same.
  std::vector<ReadProblem> problems;
};

// Throws PetrarchXmlError for a file that cannot be read or is not well-formed. Entities
// are not loaded from the network, and libxml2's limits on depth and node size hold.
PetrarchXmlInput read_petrarch_xml(const std::string& path);
PetrarchXmlInput parse_petrarch_xml(std::string_view bytes, const std::string& name);

// The sentences as documents to code: one per story (the id up to its last '_':
// "AFP0808020625_4" is sentence 4 of story AFP0808020625; an id without '_' is a
// story of its own), in English, dated by its first sentence. When every sentence of
// a story has a parse the trees come along (Document::parsed) and replace the
// analyzer; otherwise the text is analysed. Unusable sentences are problems.
ReadBatch petrarch_documents(const PetrarchXmlInput& input);

}  // namespace kroniek
