// `kroniek gazetteer`: build the place index from GeoNames and world-countries.
#include "lexicon/gazetteer.h"

#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/commands.h"

namespace kroniek::cli {
namespace {

struct GazetteerOptions {
  std::string cities;
  std::string countries;
  std::string out;
  std::string names;  // our further country names; optional
};

int run_gazetteer(const GazetteerOptions& options) {
  try {
    build_gazetteer_index(options.cities, options.countries, options.out, options.names);
    // Loading what was written checks it and gives the counts to report.
    Gazetteer gazetteer = Gazetteer::load(options.out);
    std::cout << options.out << ": " << gazetteer.size() << " places, " << gazetteer.name_count()
              << " names, " << std::filesystem::file_size(options.out) << " bytes\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "kroniek: " << e.what() << "\n";
    return 2;
  }
}

}  // namespace

void add_gazetteer_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<GazetteerOptions>();
  CLI::App* cmd = app.add_subcommand(
      "gazetteer", "Build the place index from GeoNames cities1000 and world-countries");
  cmd->add_option("--cities", options->cities, "GeoNames cities1000.txt (tab-separated)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--countries", options->countries, "world-countries countries.json")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--out", options->out, "Index file to write")->required();
  cmd->add_option(
         "--names", options->names,
         "Further country names, \"CODE name | name\" a line (data/places/country-names.txt)")
      ->check(CLI::ExistingFile);
  cmd->callback([options, &exit_code] { exit_code = run_gazetteer(*options); });
}

}  // namespace kroniek::cli
