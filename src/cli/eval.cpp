// `kroniek eval GOLD...`: code the text beside each gold file and score it.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "analyze/linkgrammar_en.h"
#include "cli/commands.h"
#include "cli/eval_petrarch.h"
#include "cli/pipeline.h"
#include "dedup/merge.h"
#include "eval/gold.h"
#include "lexicon/lexicon.h"

namespace kroniek::cli {
namespace {

struct EvalOptions {
  std::vector<std::string> gold_files;
  std::string data_dir = default_data_dir();
  double require_recall = 0.0;
  double require_precision = 0.0;
  bool quiet = false;
  bool roles = false;
  PetrarchEvalOptions petrarch;  // used when petrarch.file is given
};

// A record's text through link-grammar: its sentences' trees under one root
// (a validation record is mostly one sentence). The parser loads on first use.
PhraseNode parse_english(std::string_view text) {
  static const LinkGrammarTreeParser parser;
  PhraseNode root{"ROOT", "", {}, -1};
  for (PhraseNode& tree : parser.parse(text)) {
    for (PhraseNode& child : tree.children) root.children.push_back(std::move(child));
  }
  if (root.children.empty()) throw std::invalid_argument("the text has no words");
  return root;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void print_list(const char* title, const std::vector<std::string>& items) {
  if (items.empty()) return;
  std::cout << title << " (" << items.size() << "):\n";
  for (const std::string& item : items) std::cout << "  " << item << "\n";
}

void print_score(const Score& s, std::size_t documents) {
  std::printf("documents %zu\n", documents);
  std::printf("recall    %.3f  (%d of %d directed gold events)\n", s.recall(), s.found, s.expected);
  std::printf("precision %.3f  (%d of %d asserted records)\n", s.precision(), s.correct, s.coded);
  if (s.attributes_expected > 0) {
    std::printf("attributes %d of %d right (dates, places, counts of the events found)\n",
                s.attributes_right, s.attributes_expected);
  }
  if (s.displacements_expected > 0 || s.displacement_records > 0) {
    std::printf("displacement %d of %d right (%d displacement records)\n", s.displacements_right,
                s.displacements_expected, s.displacement_records);
  }
}

int run_eval(const EvalOptions& options) {
  std::unique_ptr<Pipeline> pipeline = load_pipeline(options.data_dir);
  if (!pipeline) return 2;
  Score score;
  for (const std::string& path : options.gold_files) {
    try {
      GoldDocument gold = read_gold(path);
      Document doc{gold.id, gold.lang, gold.date, "", read_text(gold.text_path)};
      score_document(gold, merge_duplicates(pipeline->code(doc)), score, options.roles);
    } catch (const std::exception& e) {
      std::cerr << "kroniek: " << path << ": " << e.what() << "\n";
      return 2;
    }
  }
  if (!options.quiet) {
    print_list("missed", score.misses);
    print_list("false positives", score.false_positives);
    print_list("wrong or missing attributes", score.attribute_misses);
    print_list("displacement misses", score.displacement_misses);
  }
  print_score(score, options.gold_files.size());
  bool good_enough =
      score.recall() >= options.require_recall && score.precision() >= options.require_precision;
  return good_enough ? 0 : 1;
}

}  // namespace

void add_eval_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* cmd = app.add_subcommand(
      "eval", "Score coding against gold files (NAME.gold.json beside NAME.<lang>.txt)");
  cmd->add_option("gold", options->gold_files, "Gold files")->check(CLI::ExistingFile);
  cmd->add_option("--petrarch", options->petrarch.file,
                  "Run a PETRARCH validation file (PETR.UnitTest.records.xml) with the "
                  "dictionaries its <Environment> names")
      ->check(CLI::ExistingFile);
  cmd->add_flag("--from-text", options->petrarch.from_text,
                "With --petrarch: parse each sentence's text with link-grammar instead of "
                "using the supplied Penn Treebank parse");
  cmd->add_option("--require-passed", options->petrarch.require_share,
                  "With --petrarch: exit with status 1 when a smaller share of records pass");
  cmd->add_option("--data", options->data_dir, "Dictionary directory")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--require-recall", options->require_recall,
                  "Exit with status 1 when recall is below this");
  cmd->add_option("--require-precision", options->require_precision,
                  "Exit with status 1 when precision is below this");
  cmd->add_flag("--quiet", options->quiet, "Print only the scores, not the misses");
  cmd->add_flag("--roles", options->roles,
                "Also require the source and target roles the gold files give");
  cmd->callback([options, &exit_code] {
    if (!options->petrarch.file.empty()) {
      options->petrarch.quiet = options->quiet;
      exit_code = run_petrarch_eval(options->petrarch, parse_english);
      return;
    }
    if (options->gold_files.empty())
      throw CLI::ValidationError("eval", "give gold files or --petrarch");
    exit_code = run_eval(*options);
  });
}

}  // namespace kroniek::cli
