// `kroniek code`: read documents, analyse, code and print records.
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "analyze/language.h"
#include "cli/coding_processes.h"
#include "cli/commands.h"
#include "cli/parallel_coding.h"
#include "cli/pipeline.h"
#include "cli/progress.h"
#include "cli/record_printer.h"
#include "cli/stopwatch.h"
#include "core/date.h"
#include "dedup/merge.h"
#include "io/readers.h"
#include "io/record_writers.h"
#include "store/sqlite_store.h"

namespace kroniek::cli {
namespace {

struct CodeOptions {
  std::vector<std::string> inputs = {"-"};
  std::string lang = "nl";
  std::string date;
  std::string format = "jsonl";
  bool all_modalities = false;
  bool explain = false;
  std::string merge = "batch";
  std::string data_dir = default_data_dir();
  std::vector<std::string> dictionaries;  // the user's, added to ours
  std::string db;                         // store records there instead of printing them
  std::string analysis = "lazy";
  std::size_t threads = 0;  // 0: default_threads()
  std::string parallel = "processes";
  std::string stats;  // write the batch's figures there as JSON
};

// Through C stdio, not std::cerr, which is silenced while an analyzer loads
// (analyze/frog_nl.cpp).
void report(const std::string& doc, const std::string& reason) {
  std::fprintf(stderr, "kroniek: %s: %s\n", doc.c_str(), reason.c_str());
}

// The language a document is coded in: its own, else --lang; "auto" asks
// CLD2, and gives "" when the text does not tell.
std::string language_of(const Document& doc, const CodeOptions& options) {
  std::string lang = doc.lang.empty() ? options.lang : doc.lang;
  return lang == "auto" ? detect_language(doc.text) : lang;
}

#if defined(__SANITIZE_ADDRESS__)
#define KRONIEK_FREE_BEFORE_EXIT 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KRONIEK_FREE_BEFORE_EXIT 1
#endif
#endif

// Freeing Frog's models takes about two seconds of CPU an analyzer, and the
// process ends right after coding: the operating system takes the memory
// back at once. Under AddressSanitizer the pipeline is freed, so that its
// leak check still tells a real leak from this one.
void leave_to_the_system(std::unique_ptr<Pipeline> pipeline) {
#ifdef KRONIEK_FREE_BEFORE_EXIT
  pipeline.reset();
#else
  static_cast<void>(pipeline.release());
#endif
}

class CodeCommand {
 public:
  explicit CodeCommand(const CodeOptions& options) : options_(options) {}

  int run() {
    if (!open_output()) return 2;
    const std::size_t threads = options_.threads ? options_.threads : default_threads();
    std::unique_ptr<Pipeline> pipeline =
        load_pipeline(options_.data_dir, options_.dictionaries,
                      {.analyzers = threads, .lazy = options_.analysis == "lazy"});
    if (!pipeline) return 2;
    const auto start = std::chrono::steady_clock::now();
    progress_ = std::make_unique<Progress>(isatty(STDERR_FILENO) != 0, input_bytes());
    {
      ParallelCoder coder(make_coders(*pipeline, threads),
                          [&](CodingResult& result) { take_result(result, *pipeline); });
      for (const std::string& input : options_.inputs) read_into(input, coder);
      coder.finish();
    }
    Stopwatch merging(stats_.merge);
    if (options_.merge == "batch")
      output(batch_documents_, merge_duplicates(std::move(batch_records_)));
    std::cout.flush();
    merging.stop();
    progress_->clear();
    if (store_) {
      std::cerr << "kroniek: " << options_.db << ": " << stored_ << " records of " << coded_
                << " documents stored\n";
    }
    if (!options_.stats.empty()) write_stats(start, threads);
    leave_to_the_system(std::move(pipeline));
    return failures_ == 0 ? 0 : 1;
  }

 private:
  // Forked coding processes share the analyzer of --lang; otherwise each
  // coder has an analyzer of its own.
  std::size_t default_threads() const {
    const bool shared = options_.parallel == "processes" && options_.lang != "auto";
    return default_coding_threads(shared ? kCodingProcessBytes : kAnalyzerBytes);
  }

  // A coder for each document coded at once: processes forked from this one
  // once the analyzer of --lang has loaded, or threads of this one.
  std::vector<std::unique_ptr<DocumentCoder>> make_coders(Pipeline& pipeline, std::size_t threads) {
    if (threads > 1 && options_.parallel == "processes") {
      preload_analyzer(pipeline);
      auto processes = start_coding_processes(pipeline, threads);
      if (!processes.empty()) return processes;
    }
    std::vector<std::unique_ptr<DocumentCoder>> coders;
    for (std::size_t i = 0; i < threads; ++i)
      coders.push_back(std::make_unique<PipelineCoder>(pipeline));
    return coders;
  }

  // The analyzer of --lang, loaded before the coding processes are forked so
  // that they share it. With --lang auto each loads what its documents need.
  // A failure to load is left for the documents to report.
  void preload_analyzer(Pipeline& pipeline) {
    if (options_.lang == "auto") return;
    Stopwatch loading(stats_.stages.load);
    try {
      pipeline.preload(options_.lang);
    } catch (const std::exception&) {
    }
  }

  // The total size of the input files (0 with standard input: unknown).
  std::size_t input_bytes() const {
    std::size_t total = 0;
    for (const std::string& input : options_.inputs) {
      std::error_code error;
      if (input == "-") return 0;
      total += std::filesystem::file_size(input, error);
      if (error) return 0;
    }
    return total;
  }

  // Reads an input piece by piece and submits its documents; the time spent
  // reading goes to stats_.read, not the time waiting for the coder.
  void read_into(const std::string& input, ParallelCoder& coder) {
    Stopwatch reading(stats_.read);
    read_input_in_pieces(input, [&](ReadBatch batch) {
      reading.stop();
      for (const ReadProblem& p : batch.problems) fail(p.doc, p.reason);
      for (Document& doc : batch.documents) submit(std::move(doc), coder);
      reading.start();
    });
  }

  void submit(Document doc, ParallelCoder& coder) {
    doc.lang = language_of(doc, options_);
    if (doc.lang.empty()) {
      return fail(doc.id, "its language could not be told (too short or mixed); give --lang");
    }
    if (doc.date.empty()) doc.date = options_.date;
    coder.submit(std::move(doc));
  }

  // A document coded (in input order): its records are printed, stored or
  // kept for merging across the batch.
  void take_result(CodingResult& result, Pipeline& pipeline) {
    Document& doc = result.document;
    progress_->add(doc.text.size());
    if (!result.error.empty()) return fail(doc.id, "could not be coded: " + result.error);
    if (options_.explain) {
      progress_->clear();
      std::ostringstream explanation;
      pipeline.explain(doc, explanation);
      std::fputs(explanation.str().c_str(), stderr);
    }
    for (const std::string& warning : result.coded.warnings) warn(doc.id, warning);
    ++coded_;
    stats_.tokens += result.coded.tokens;
    stats_.sentences += result.coded.sentences;
    stats_.parsed += result.coded.parsed;
    stats_.entity_tagged += result.coded.entity_tagged;
    stats_.stages += result.coded.times;
    std::vector<Record>& records = result.coded.records;
    Stopwatch writing(stats_.write);
    if (options_.merge == "batch") {
      std::move(records.begin(), records.end(), std::back_inserter(batch_records_));
      if (store_) batch_documents_.push_back(std::move(doc));
    } else {
      output({doc}, options_.merge == "document" ? merge_duplicates(std::move(records)) : records);
    }
  }

  // --stats: one JSON object with the batch's figures, for benchmarks.
  void write_stats(std::chrono::steady_clock::time_point start, std::size_t threads) const {
    // Coding processes (cli/coding_processes.h) have ended by now: their CPU
    // counts in RUSAGE_CHILDREN, and ru_maxrss is the largest one's.
    rusage usage{}, children{};
    getrusage(RUSAGE_SELF, &usage);
    getrusage(RUSAGE_CHILDREN, &children);
    const auto seconds_of = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
    const nlohmann::json stats = {
        {"documents", coded_},
        {"failed", failures_},
        {"tokens", stats_.tokens},
        {"sentences",
         {{"all", stats_.sentences},
          {"parsed", stats_.parsed},
          {"entity_tagged", stats_.entity_tagged}}},
        {"threads", threads},
        {"analysis", options_.analysis},
        {"seconds",
         std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()},
        {"parallel", threads > 1 ? options_.parallel : "none"},
        {"cpu_seconds", seconds_of(usage.ru_utime) + seconds_of(usage.ru_stime) +
                            seconds_of(children.ru_utime) + seconds_of(children.ru_stime)},
        {"peak_rss_mb", usage.ru_maxrss / 1024.0},
        {"coding_process_peak_rss_mb", children.ru_maxrss / 1024.0},
        {"stages",
         {{"read", stats_.read},
          {"load", stats_.stages.load},
          {"analyze", stats_.stages.analyze},
          {"code", stats_.stages.code},
          {"resolve", stats_.stages.resolve},
          {"merge", stats_.merge},
          {"write", stats_.write}}}};
    std::ofstream out(options_.stats);
    out << stats.dump() << "\n";
    if (!out) std::cerr << "kroniek: cannot write " << options_.stats << "\n";
  }

  // The store when --db is given, else the printer.
  bool open_output() {
    if (options_.db.empty()) {
      printer_ = std::make_unique<RecordPrinter>(options_.format);
      return true;
    }
    try {
      store_ = std::make_unique<SqliteStore>(options_.db);
      return true;
    } catch (const StoreError& e) {
      std::cerr << "kroniek: " << e.what() << "\n";
      return false;
    }
  }

  void fail(const std::string& doc, const std::string& reason) {
    warn(doc, reason);
    ++failures_;
  }

  void warn(const std::string& doc, const std::string& reason) {
    if (progress_) progress_->clear();
    report(doc, reason);
  }

  void output(const std::vector<Document>& documents, const std::vector<Record>& records) {
    std::vector<Record> shown;
    for (const Record& r : records) {
      if (r.modality == "asserted" || options_.all_modalities) shown.push_back(r);
    }
    if (!store_) {
      for (const Record& r : shown) printer_->print(r);
      return;
    }
    try {
      store_->replace_documents(documents, shown);
      stored_ += shown.size();
    } catch (const StoreError& e) {
      for (const Document& d : documents)
        fail(d.id, std::string("could not be stored: ") + e.what());
    }
  }

  const CodeOptions& options_;
  std::unique_ptr<RecordPrinter> printer_;
  std::unique_ptr<SqliteStore> store_;
  std::vector<Record> batch_records_;      // --merge batch: output when the batch is coded
  std::vector<Document> batch_documents_;  // ... and, with --db, their documents
  std::size_t coded_ = 0, stored_ = 0;
  int failures_ = 0;
  std::unique_ptr<Progress> progress_;
  struct {
    std::size_t tokens = 0, sentences = 0, parsed = 0, entity_tagged = 0;
    StageTimes stages;  // summed over the threads
    double read = 0, merge = 0, write = 0;
  } stats_;
};

}  // namespace

void add_code_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<CodeOptions>();
  CLI::App* cmd = app.add_subcommand("code", "Code news documents into event records");
  cmd->add_option("inputs", options->inputs,
                  "Plain-text or JSONL files (one document per line: id, text, date, lang); "
                  "'-' reads standard input");
  cmd->add_option("--lang", options->lang, "Language of documents that do not say")
      ->check(CLI::IsMember({"nl", "en", "auto"}));
  cmd->add_option("--date", options->date,
                  "Publication date (YYYY-MM-DD) of documents that do not say")
      ->check([](const std::string& d) { return is_iso_date(d) ? "" : "not a YYYY-MM-DD date"; });
  cmd->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"jsonl", "tsv", "csv", "geojson"}));
  cmd->add_flag("--all-modalities", options->all_modalities,
                "Also print negated, future, hypothetical and reported events");
  cmd->add_flag("--explain", options->explain,
                "Also write each sentence's tokens, clauses and actors to stderr");
  cmd->add_option("--merge", options->merge,
                  "Merge records of one real-world event across the whole batch (printed at the "
                  "end), within each document, or not at all")
      ->check(CLI::IsMember({"batch", "document", "none"}));
  cmd->add_option("--db", options->db,
                  "Store the documents and their records in this SQLite file (created when "
                  "missing; re-coding a document replaces its records) instead of printing them");
  cmd->add_option("--analysis", options->analysis,
                  "lazy: parse only the sentences that may give an event (the records are the "
                  "same, sooner); full: parse every sentence")
      ->check(CLI::IsMember({"lazy", "full"}));
  cmd->add_option("--threads", options->threads,
                  "Documents coded at once, each by a coding process (sharing the models of "
                  "--lang's analyzer: Frog's ~1.3 GB once) or thread (an analyzer each); "
                  "default: one per core, as many as the free memory holds")
      ->check(CLI::Range(1, 256));
  cmd->add_option("--parallel", options->parallel,
                  "With more than one thread: code in processes forked once the analyzer has "
                  "loaded (they share its memory and scale with the cores), or in threads of "
                  "this one")
      ->check(CLI::IsMember({"processes", "threads"}));
  cmd->add_option("--stats", options->stats,
                  "Write the batch's figures to this file as JSON: documents, tokens, wall and "
                  "CPU seconds, peak memory, seconds per stage");
  cmd->add_option("--data", options->data_dir, "Dictionary directory (replaces ours)")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--dictionaries", options->dictionaries,
                  "Add the dictionaries of a directory to ours: actors/*.txt and "
                  "patterns/<lang>*.txt in kroniek's format, PETRARCH *.actors.txt and "
                  "*.agents.txt for English (repeatable)")
      ->allow_extra_args(false)
      ->check(CLI::ExistingDirectory);
  cmd->callback([options, &exit_code] { exit_code = CodeCommand(*options).run(); });
}

}  // namespace kroniek::cli
