#include "cli/parallel_coding.h"

#include <algorithm>
#include <fstream>
#include <limits>

namespace kroniek::cli {

ParallelCoder::ParallelCoder(Pipeline& pipeline, std::size_t threads, Deliver deliver)
    : pipeline_(pipeline),
      deliver_(std::move(deliver)),
      capacity_(4 * std::max<std::size_t>(threads, 1)) {
  for (std::size_t i = 0; i < std::max<std::size_t>(threads, 1); ++i) {
    workers_.emplace_back([this] { work(); });
  }
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

void ParallelCoder::work() {
  for (;;) {
    std::unique_lock lock(mutex_);
    job_added_.wait(lock, [this] { return closing_ || !jobs_.empty(); });
    if (jobs_.empty()) return;
    auto [number, document] = std::move(jobs_.front());
    jobs_.pop_front();
    lock.unlock();
    CodingResult result;
    try {
      result.coded = pipeline_.code_document(document);
    } catch (const std::exception& e) {
      result.error = e.what();
    } catch (...) {
      result.error = "the analyzer failed";
    }
    result.document = std::move(document);
    lock.lock();
    done_.emplace(number, std::move(result));
    lock.unlock();
    job_done_.notify_all();
  }
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

std::size_t default_coding_threads() {
  constexpr double kAnalyzerBytes = 2.0 * (1 << 30);
  const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
  const double available = available_memory();
  if (available <= 0) return cores;
  return std::clamp<std::size_t>(static_cast<std::size_t>(available / kAnalyzerBytes), 1, cores);
}

}  // namespace kroniek::cli
