// Adds the seconds between start() (or construction) and stop() (or
// destruction) to a total: the stage times of `kroniek code --stats`.
#pragma once
#include <chrono>

namespace kroniek::cli {

class Stopwatch {
 public:
  explicit Stopwatch(double& total) : total_(total) { start(); }
  ~Stopwatch() { stop(); }
  Stopwatch(const Stopwatch&) = delete;
  Stopwatch& operator=(const Stopwatch&) = delete;
  void start() {
    running_ = true;
    began_ = std::chrono::steady_clock::now();
  }
  void stop() {
    if (!running_) return;
    running_ = false;
    total_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - began_).count();
  }

 private:
  double& total_;
  bool running_ = false;
  std::chrono::steady_clock::time_point began_;
};

}  // namespace kroniek::cli
