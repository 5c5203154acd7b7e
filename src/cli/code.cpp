// `kroniek code`: read documents, analyse, code and print records.
#include <iostream>
#include <memory>

#include "analyze/language.h"
#include "cli/commands.h"
#include "cli/pipeline.h"
#include "cli/record_printer.h"
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
  std::size_t threads = 0;  // 0: one per core
};

void report(const std::string& doc, const std::string& reason) {
  std::cerr << "kroniek: " << doc << ": " << reason << "\n";
}

// The language a document is coded in: its own, else --lang; "auto" asks
// CLD2, and gives "" when the text does not tell.
std::string language_of(const Document& doc, const CodeOptions& options) {
  std::string lang = doc.lang.empty() ? options.lang : doc.lang;
  return lang == "auto" ? detect_language(doc.text) : lang;
}

class CodeCommand {
 public:
  explicit CodeCommand(const CodeOptions& options) : options_(options) {}

  int run() {
    if (!open_output()) return 2;
    std::unique_ptr<Pipeline> pipeline =
        load_pipeline(options_.data_dir, options_.dictionaries,
                      {.analyzers = 1, .lazy = options_.analysis == "lazy"});
    if (!pipeline) return 2;
    for (const std::string& input : options_.inputs) {
      ReadBatch batch = read_input(input);
      for (const ReadProblem& p : batch.problems) fail(p.doc, p.reason);
      for (Document& doc : batch.documents) code_document(doc, *pipeline);
    }
    if (options_.merge == "batch")
      output(batch_documents_, merge_duplicates(std::move(batch_records_)));
    std::cout.flush();
    if (store_) {
      std::cerr << "kroniek: " << options_.db << ": " << stored_ << " records of " << coded_
                << " documents stored\n";
    }
    return failures_ == 0 ? 0 : 1;
  }

 private:
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
    report(doc, reason);
    ++failures_;
  }

  void code_document(Document& doc, Pipeline& pipeline) {
    doc.lang = language_of(doc, options_);
    if (doc.lang.empty()) {
      return fail(doc.id, "its language could not be told (too short or mixed); give --lang");
    }
    if (doc.date.empty()) doc.date = options_.date;
    try {
      if (options_.explain) pipeline.explain(doc, std::cerr);
      std::vector<std::string> warnings;
      std::vector<Record> records = pipeline.code(doc, &warnings);
      for (const std::string& warning : warnings) report(doc.id, warning);
      ++coded_;
      if (options_.merge == "batch") {
        std::move(records.begin(), records.end(), std::back_inserter(batch_records_));
        if (store_) batch_documents_.push_back(std::move(doc));
      } else {
        output({doc},
               options_.merge == "document" ? merge_duplicates(std::move(records)) : records);
      }
    } catch (const std::exception& e) {
      fail(doc.id, std::string("could not be coded: ") + e.what());
    }
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
