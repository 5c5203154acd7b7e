#include "cli/parallel_coding.h"

#include <algorithm>
#include <fstream>
#include <limits>

namespace kroniek::cli {

CodingResult code_or_say_why(DocumentCoder& coder, Document document) {
  CodingResult result;
  try {
    result.coded = coder.code(document);
  } catch (const std::exception& e) {
    result.error = e.what();
  } catch (...) {
    result.error = "the analyzer failed";
  }
  result.document = std::move(document);
  return result;
}

ParallelCoder::ParallelCoder(std::vector<std::unique_ptr<DocumentCoder>> coders, Deliver deliver)
    : coders_(std::move(coders)),
      deliver_(std::move(deliver)),
      capacity_(4 * std::max<std::size_t>(coders_.size(), 1)),
      usable_coders_(coders_.size()) {
  for (auto& coder : coders_) workers_.emplace_back([this, &coder] { work(*coder); });
}

ParallelCoder::~ParallelCoder() {
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
  }
  job_added_.notify_all();
  for (std::thread& worker : workers_) worker.join();
}

void ParallelCoder::submit(Document document) {
  std::unique_lock lock(mutex_);
  deliver_ready(lock);
  job_done_.wait(
      lock, [this] { return submitted_ - delivered_ < capacity_ || done_.count(delivered_) > 0; });
  deliver_ready(lock);
  jobs_.emplace_back(submitted_++, std::move(document));
  if (usable_coders_ == 0) fail_queued_jobs();
  lock.unlock();
  job_added_.notify_one();
}

void ParallelCoder::finish() {
  std::unique_lock lock(mutex_);
  while (delivered_ < submitted_) {
    job_done_.wait(lock, [this] { return done_.count(delivered_) > 0; });
    deliver_ready(lock);
  }
}

// Delivers, in order, the results that are done; the lock is let go meanwhile.
void ParallelCoder::deliver_ready(std::unique_lock<std::mutex>& lock) {
  for (auto next = done_.find(delivered_); next != done_.end(); next = done_.find(delivered_)) {
    CodingResult result = std::move(next->second);
    done_.erase(next);
    lock.unlock();
    deliver_(result);
    lock.lock();
    ++delivered_;
  }
}

// Codes jobs until the coder closes, or can code no more: then, the last
// usable one fails the jobs left, which no thread would take.
void ParallelCoder::work(DocumentCoder& coder) {
  for (bool usable = true; usable;) {
    std::unique_lock lock(mutex_);
    job_added_.wait(lock, [this] { return closing_ || !jobs_.empty(); });
    if (jobs_.empty()) return;
    auto [number, document] = std::move(jobs_.front());
    jobs_.pop_front();
    lock.unlock();
    CodingResult result = code_or_say_why(coder, std::move(document));
    usable = coder.usable();
    lock.lock();
    done_.emplace(number, std::move(result));
    if (!usable && --usable_coders_ == 0) fail_queued_jobs();
    lock.unlock();
    job_done_.notify_all();
  }
}

// With no usable coder left, the queued documents are done: failed. Called
// under the lock.
void ParallelCoder::fail_queued_jobs() {
  for (auto& [number, document] : jobs_) {
    done_.emplace(number, CodingResult{std::move(document), {}, "no coding process is left"});
  }
  jobs_.clear();
}

namespace {

// The memory the kernel says is available for new work (MemAvailable), in
// bytes, or 0 when it does not say.
double available_memory() {
  std::ifstream meminfo("/proc/meminfo");
  std::string key, unit;
  double kilobytes = 0;
  while (meminfo >> key >> kilobytes >> unit) {
    if (key == "MemAvailable:") return kilobytes * 1024;
    meminfo.ignore(std::numeric_limits<std::streamsize>::max(), '\n');
  }
  return 0;
}

}  // namespace

std::size_t default_coding_threads(double each_more_bytes) {
  const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
  const double available = available_memory();
  if (available <= 0) return cores;
  const double after_first = std::max(0.0, available - kAnalyzerBytes);
  return std::min(cores, 1 + static_cast<std::size_t>(after_first / each_more_bytes));
}

}  // namespace kroniek::cli
