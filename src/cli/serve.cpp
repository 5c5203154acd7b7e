// `kroniek serve --db FILE --port N`: the dashboard and its JSON API over a
// store (src/serve/server.h).
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "analyze/language.h"
#include "cli/commands.h"
#include "cli/pipeline.h"
#include "dedup/merge.h"
#include "serve/server.h"

namespace kroniek::cli {
namespace {

struct ServeOptions {
  std::string db;
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string web_dir;
  std::string data_dir = default_data_dir();
  std::string write_token_file;  // empty: read-only
};

// The write token: the first line of its file, at least 16 characters.
std::string read_write_token(const std::string& path) {
  std::ifstream in(path);
  std::string token;
  std::getline(in, token);
  token.erase(token.find_last_not_of(" \t\r") + 1);
  if (token.size() < 16) {
    throw std::runtime_error(path +
                             ": a write token needs at least 16 characters on its first line "
                             "(e.g. from `openssl rand -hex 16`)");
  }
  return token;
}

// build/web, beside the kroniek binary: where `make build` puts the dashboard.
std::string default_web_dir() {
  std::error_code error;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? std::string("web") : (self.parent_path() / "web").string();
}

DashboardServer* running_server = nullptr;

void stop_on_signal(int) {
  if (running_server) running_server->stop();
}

// Pasted text is coded as `kroniek code` codes a document: merged within it,
// asserted records only.
TextCoder text_coder(std::shared_ptr<Pipeline> pipeline) {
  return [pipeline](Document& doc) {
    if (doc.lang == "auto") doc.lang = detect_language(doc.text);
    if (doc.lang.empty()) {
      throw std::runtime_error("its language could not be told (too short or mixed); choose one");
    }
    std::vector<Record> shown;
    for (Record& r : merge_duplicates(pipeline->code(doc))) {
      if (r.modality == "asserted") shown.push_back(std::move(r));
    }
    return shown;
  };
}

int run_serve(const ServeOptions& options) {
  std::shared_ptr<Pipeline> pipeline = load_pipeline(options.data_dir);
  if (!pipeline) return 2;
  ServeSettings settings;
  settings.db = options.db;
  settings.host = options.host;
  settings.port = options.port;
  settings.web_dir = options.web_dir.empty() ? default_web_dir() : options.web_dir;
  settings.coder = text_coder(pipeline);
  try {
    if (!options.write_token_file.empty())
      settings.write_token = read_write_token(options.write_token_file);
    DashboardServer server(settings);
    const int port = server.bind();
    running_server = &server;
    std::signal(SIGINT, stop_on_signal);
    std::signal(SIGTERM, stop_on_signal);
    std::cerr << "kroniek: serving " << options.db
              << (settings.write_token.empty() ? " (read-only)" : " (storing with the token)")
              << " on http://" << options.host << ":" << port << "/ (Ctrl-C stops)\n";
    server.listen();
    running_server = nullptr;
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "kroniek: " << e.what() << "\n";
    return 2;
  }
}

}  // namespace

void add_serve_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ServeOptions>();
  CLI::App* cmd =
      app.add_subcommand("serve", "Serve the dashboard and a JSON API over a store (read-only)");
  cmd->add_option("--db", options->db, "SQLite store written by `kroniek code --db`")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--port", options->port, "TCP port (0: any free one; it is printed)")
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--host", options->host,
                  "Address to listen on (default 127.0.0.1: this machine only)");
  cmd->add_option("--web", options->web_dir, "The dashboard's files (default: web/ beside kroniek)")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--data", options->data_dir, "Dictionary directory for pasted text")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--write-token-file", options->write_token_file,
                  "File whose first line is the token that lets POST /api/documents store "
                  "(default: nothing is stored)")
      ->check(CLI::ExistingFile);
  cmd->callback([options, &exit_code] { exit_code = run_serve(*options); });
}

}  // namespace kroniek::cli
