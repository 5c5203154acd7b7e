// Codes documents on several threads and hands their results back one by one
// in input order, so that output does not depend on the number of threads.
#pragma once
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
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

class ParallelCoder {
 public:
  using Deliver = std::function<void(CodingResult&)>;
  // `deliver` is called on the thread that calls submit() and finish(), for
  // every document, in the order they were submitted.
  ParallelCoder(Pipeline& pipeline, std::size_t threads, Deliver deliver);
  ~ParallelCoder();
  ParallelCoder(const ParallelCoder&) = delete;
  ParallelCoder& operator=(const ParallelCoder&) = delete;

  // Queues a document; first delivers what is done, and waits while too many
  // documents are in hand (memory stays bounded however long the input).
  void submit(Document document);
  // Waits for every document and delivers the rest.
  void finish();

 private:
  void work();
  void deliver_ready(std::unique_lock<std::mutex>& lock);

  Pipeline& pipeline_;
  Deliver deliver_;
  std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable job_added_, job_done_;
  std::deque<std::pair<std::size_t, Document>> jobs_;
  std::map<std::size_t, CodingResult> done_;
  std::size_t submitted_ = 0, delivered_ = 0;
  bool closing_ = false;
  std::vector<std::thread> workers_;
};

// Threads for coding when the user does not say: one per core, but no more
// than the memory free for analyzers of ~2 GB each allows, and at least one.
std::size_t default_coding_threads();

}  // namespace kroniek::cli
