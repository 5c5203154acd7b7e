// The subcommands of `kroniek`: each registers itself on the CLI11 app.
#pragma once
#include <CLI/CLI.hpp>

namespace kroniek::cli {

// Registers `kroniek code`; `exit_code` receives the command's status.
void add_code_command(CLI::App& app, int& exit_code);

// Registers `kroniek eval`.
void add_eval_command(CLI::App& app, int& exit_code);

// Registers `kroniek query` (records from a store).
void add_query_command(CLI::App& app, int& exit_code);

// Registers `kroniek serve` (dashboard and JSON API over a store).
void add_serve_command(CLI::App& app, int& exit_code);

// Registers `kroniek gazetteer` (builds the place index).
void add_gazetteer_command(CLI::App& app, int& exit_code);

}  // namespace kroniek::cli
