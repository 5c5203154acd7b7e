// `kroniek query --db FILE [filters]`: the stored records that match, in any
// output format.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/record_printer.h"
#include "store/sqlite_store.h"

namespace kroniek::cli {
namespace {

struct QueryOptions {
  std::string db;
  std::string format = "jsonl";
  bool count_only = false;
  RecordQuery query;
};

int run_query(const QueryOptions& options) {
  try {
    const SqliteStore store(options.db);
    if (options.count_only) {
      std::cout << store.count(options.query) << "\n";
      return 0;
    }
    RecordPrinter printer(options.format);
    for (const Record& r : store.records(options.query)) printer.print(r);
    return 0;
  } catch (const StoreError& e) {
    std::cerr << "kroniek: " << e.what() << "\n";
    return 2;
  }
}

// A filter checked where it is given, by the store's own rules: a clear
// message, not an empty answer.
CLI::Validator filter_check(const std::string& name) {
  return CLI::Validator(
      [name](std::string& value) {
        RecordQuery scratch;
        return set_record_filter(scratch, name, value);
      },
      "");
}

}  // namespace

void add_query_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<QueryOptions>();
  RecordQuery& q = options->query;
  q.limit = 1000;
  CLI::App* cmd = app.add_subcommand("query", "Print the stored records that match the filters");
  cmd->add_option("--db", options->db, "SQLite store written by `kroniek code --db`")
      ->required()
      ->check(CLI::ExistingFile);
  for (const std::string& name : record_filter_names()) {
    // Each option's value goes through set_record_filter once more when given.
    cmd->add_option_function<std::string>(
           "--" + name,
           [options, name](const std::string& value) {
             set_record_filter(options->query, name, value);
           },
           record_filter_help(name))
        ->check(filter_check(name));
  }
  cmd->add_option("--limit", q.limit, "At most this many records (default 1000)")
      ->check(CLI::Range(1, 1000000));
  cmd->add_option("--offset", q.offset,
                  "Skip this many first (records come by date, undated first)");
  cmd->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"jsonl", "tsv", "csv", "geojson"}));
  cmd->add_flag("--count", options->count_only, "Print only how many records match");
  cmd->callback([options, &exit_code] { exit_code = run_query(*options); });
}

}  // namespace kroniek::cli
