// `kroniek serve --db FILE --port N`: the dashboard and its JSON API over a
// store (src/serve/server.h).
#include <pthread.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <thread>

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

// SIGINT and SIGTERM, blocked in the calling thread and in every thread it
// starts from then on (call it first): they are taken by StopOnSignal instead.
sigset_t block_stop_signals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  return signals;
}

// Stops the server on a blocked stop signal, taken with sigwait on a thread of
// its own: stop() then runs on an ordinary thread (a signal handler may not lock
// or sleep). A signal that came before is pending and stops it at once.
class StopOnSignal {
 public:
  StopOnSignal(DashboardServer& server, sigset_t signals) : signals_(signals) {
    watcher_ = std::thread([this, &server] {
      int signal = 0;
      sigwait(&signals_, &signal);
      if (!done_) server.stop();
    });
  }
  // After listen() returned by itself: wakes the watcher with a signal of its own.
  ~StopOnSignal() {
    done_ = true;
    pthread_kill(watcher_.native_handle(), SIGTERM);
    watcher_.join();
  }
  StopOnSignal(const StopOnSignal&) = delete;
  StopOnSignal& operator=(const StopOnSignal&) = delete;

 private:
  sigset_t signals_;
  std::atomic<bool> done_ = false;
  std::thread watcher_;
};

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
  const sigset_t stop_signals = block_stop_signals();  // before the analyzers' threads
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
    StopOnSignal stop_on_signal(server, stop_signals);
    std::cerr << "kroniek: serving " << options.db
              << (settings.write_token.empty() ? " (read-only)" : " (storing with the token)")
              << " on http://" << options.host << ":" << port << "/ (Ctrl-C stops)\n";
    server.listen();
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
