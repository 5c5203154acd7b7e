// Codes documents on several threads and hands their results back one by one
// in input order, so that output does not depend on the number of threads.
#pragma once
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "cli/pipeline.h"
#include "core/document.h"

namespace kroniek::cli {

// A document and what coding it gave: its records, or why it failed.
struct CodingResult {
  Document document;
  CodedDocument coded;
  std::string error;  // not empty: the document could not be coded
};

// Codes documents one at a time for one worker thread of ParallelCoder.
class DocumentCoder {
 public:
  virtual ~DocumentCoder() = default;
  // Throws when the document cannot be coded, saying why.
  virtual CodedDocument code(const Document& document) = 0;
  // False once it can code nothing more (its process has ended).
  virtual bool usable() const { return true; }
};

// Codes in this process: the pipeline lends each thread an analyzer.
class PipelineCoder : public DocumentCoder {
 public:
  explicit PipelineCoder(Pipeline& pipeline) : pipeline_(pipeline) {}
  CodedDocument code(const Document& document) override {
    return pipeline_.code_document(document);
  }

 private:
  Pipeline& pipeline_;
};

// The document coded, or, when the coder threw, why not (CodingResult::error).
CodingResult code_or_say_why(DocumentCoder& coder, Document document);

class ParallelCoder {
 public:
  using Deliver = std::function<void(CodingResult&)>;
  // A thread for each coder. `deliver` is called on the thread that calls
  // submit() and finish(), for every document, in the order they were
  // submitted. When no coder is usable any more, the documents left fail.
  ParallelCoder(std::vector<std::unique_ptr<DocumentCoder>> coders, Deliver deliver);
  ~ParallelCoder();
  ParallelCoder(const ParallelCoder&) = delete;
  ParallelCoder& operator=(const ParallelCoder&) = delete;

  // Queues a document; first delivers what is done, and waits while too many
  // documents are in hand (memory stays bounded however long the input).
  void submit(Document document);
  // Waits for every document and delivers the rest.
  void finish();

 private:
  void work(DocumentCoder& coder);
  void deliver_ready(std::unique_lock<std::mutex>& lock);
  void fail_queued_jobs();

  std::vector<std::unique_ptr<DocumentCoder>> coders_;
  Deliver deliver_;
  std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable job_added_, job_done_;
  std::deque<std::pair<std::size_t, Document>> jobs_;
  std::map<std::size_t, CodingResult> done_;
  std::size_t submitted_ = 0, delivered_ = 0;
  std::size_t usable_coders_;
  bool closing_ = false;
  std::vector<std::thread> workers_;
};

// What an analyzer takes in memory, with room for the document it codes
// (Frog's models ~1.3 GB).
constexpr double kAnalyzerBytes = 2.0 * (1 << 30);
// What a forked coding process adds to the one it shares an analyzer with
// (measured: ~50 MB of memory copied, and its document).
constexpr double kCodingProcessBytes = 0.25 * (1 << 30);

// Documents coded at once when the user does not say: one per core, but no
// more than the free memory allows, and at least one. The first coder takes
// an analyzer's ~2 GB; each one more `each_more_bytes` (another analyzer, or
// in a forked coding process sharing the first one's models, far less).
std::size_t default_coding_threads(double each_more_bytes);

}  // namespace kroniek::cli
