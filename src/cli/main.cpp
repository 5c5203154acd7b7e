// kroniek: news text in, political event data out.
#include <CLI/CLI.hpp>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"kroniek: who did what to whom, when, where and how many, from news text"};
  app.require_subcommand(1);
  int exit_code = 0;
  kroniek::cli::add_code_command(app, exit_code);
  kroniek::cli::add_eval_command(app, exit_code);
  kroniek::cli::add_query_command(app, exit_code);
  kroniek::cli::add_serve_command(app, exit_code);
  kroniek::cli::add_gazetteer_command(app, exit_code);
  CLI11_PARSE(app, argc, argv);
  return exit_code;
}
