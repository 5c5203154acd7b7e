// `kroniek eval --petrarch FILE.xml`: run the records of a PETRARCH validation
// file with the dictionaries its <Environment> names, and count the records
// that come out exactly as expected.
#include "cli/eval_petrarch.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <set>
#include <tuple>

#include "analyze/ptb.h"
#include "code/petrarch_coder.h"
#include "io/petrarch_xml.h"
#include "lexicon/dictionary_file.h"

namespace kroniek::cli {
namespace {

namespace fs = std::filesystem;

std::string beside(const std::string& xml, const std::string& name) {
  return (fs::path(xml).parent_path() / name).string();
}

// Lines the loaders could not read are left out, as PETRARCH does; they are counted.
PetrarchDictionaries load_environment(const std::string& xml, const PetrarchEnvironment& env) {
  if (env.verb_file.empty() || env.actor_files.empty()) {
    throw std::runtime_error("the <Environment> names no <Verbfile> or no <Actorfile>");
  }
  const PetrarchLoadOptions skip{MalformedLine::skip};
  PetrarchDictionaries d;
  d.verbs = load_petrarch_verbs(beside(xml, env.verb_file), skip);
  for (const std::string& file : env.actor_files) {
    d.actors.push_back(load_petrarch_actors(beside(xml, file), skip));
  }
  if (!env.agent_file.empty()) d.agents = load_petrarch_agents(beside(xml, env.agent_file), skip);
  if (!env.discard_file.empty()) {
    d.discards = load_petrarch_discards(beside(xml, env.discard_file), skip);
  }
  std::size_t skipped =
      d.verbs.skipped.size() + d.agents.skipped.size() + d.discards.skipped.size();
  for (const auto& a : d.actors) skipped += a.skipped.size();
  if (skipped > 0) std::cerr << "kroniek: left out " << skipped << " malformed dictionary lines\n";
  return d;
}

// '"THE FREEDONIAN TREASURY"' and "'...'" are the same actor.
std::string bare(std::string code) {
  std::erase_if(code, [](char c) { return c == '"' || c == '\''; });
  return code;
}

using Triple = std::tuple<std::string, std::string, std::string>;

std::set<Triple> expected_events(const PetrarchSentence& s) {
  std::set<Triple> out;
  for (const auto& e : s.expected) out.emplace(bare(e.source), bare(e.target), e.code);
  return out;
}

std::set<Triple> coded_events(const PetrarchCoding& coding) {
  std::set<Triple> out;
  for (const auto& e : coding.events) out.emplace(bare(e.source), bare(e.target), e.code);
  return out;
}

std::string describe(const std::set<Triple>& events) {
  if (events.empty()) return "no events";
  std::string out;
  for (const auto& [source, target, code] : events) {
    if (!out.empty()) out += ", ";
    out += source + ">" + target + " " + code;
  }
  return out;
}

struct RecordResult {
  bool passed = false;
  std::string expected, got;
};

RecordResult judge(const PetrarchSentence& s, const std::string& outcome,
                   const PetrarchCoding& coding) {
  RecordResult r;
  if (!s.expected_error.empty()) {
    r.expected = s.expected_error;
    r.got = outcome == "coded" ? describe(coded_events(coding)) : outcome;
    r.passed = outcome == s.expected_error;
    return r;
  }
  const std::set<Triple> expected = expected_events(s), got = coded_events(coding);
  r.expected = describe(expected);
  r.got = outcome == "coded" ? describe(got) : outcome;
  r.passed = outcome == "coded" && got == expected;
  return r;
}

}  // namespace

int run_petrarch_eval(const PetrarchEvalOptions& options, const TreeSource& parse_text) {
  PetrarchXmlInput input;
  PetrarchDictionaries dictionaries;
  try {
    input = read_petrarch_xml(options.file);
    dictionaries = load_environment(options.file, input.environment);
  } catch (const std::exception& e) {
    std::cerr << "kroniek: " << options.file << ": " << e.what() << "\n";
    return 2;
  }
  for (const ReadProblem& p : input.problems) {
    std::cerr << "kroniek: " << p.doc << ": " << p.reason << "\n";
  }
  const PetrarchCoder coder(dictionaries);
  PetrarchSettings settings;
  std::size_t next_option = 0, passed = 0;
  for (std::size_t i = 0; i < input.sentences.size(); ++i) {
    for (; next_option < input.options.size() && input.options[next_option].from_sentence <= i;
         ++next_option) {
      settings.set(input.options[next_option].option, input.options[next_option].value);
    }
    const PetrarchSentence& s = input.sentences[i];
    PetrarchCoding coding;
    std::string outcome;
    try {
      const PhraseNode tree =
          options.from_text || s.parse.empty() ? parse_text(s.text) : read_ptb_tree(s.parse);
      coding = coder.code(tree, s.text, s.date, settings);
      outcome = std::string(outcome_name(coding.outcome));
    } catch (const std::invalid_argument&) {
      outcome = "bad_input_parse";  // PETRARCH's name for a tree it cannot read
    }
    const RecordResult r = judge(s, outcome, coding);
    if (r.passed) ++passed;
    if (!r.passed && !options.quiet) {
      std::cout << "FAIL " << s.id << ": expected " << r.expected << "; got " << r.got << "\n";
    }
  }
  const std::size_t total = input.sentences.size();
  std::printf("passed %zu of %zu records (%.1f%%) from %s\n", passed, total,
              total == 0 ? 0.0 : 100.0 * static_cast<double>(passed) / static_cast<double>(total),
              options.from_text ? "the text, parsed by link-grammar" : "the supplied parses");
  const double share = total == 0 ? 0.0 : static_cast<double>(passed) / static_cast<double>(total);
  return share >= options.require_share ? 0 : 1;
}

}  // namespace kroniek::cli
