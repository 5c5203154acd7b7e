// A progress line on the terminal while a batch is coded: documents, their
// rate and, when the input's size is known, the share done and the time left.
#pragma once
#include <chrono>
#include <cstddef>
#include <cstdio>

namespace kroniek::cli {

class Progress {
 public:
  // Shown only when `shown` (stderr is a terminal); `total_bytes` 0: unknown.
  Progress(bool shown, std::size_t total_bytes);
  // One more document done, of `bytes` bytes of text.
  void add(std::size_t bytes);
  // Clears the line, so that later messages start on a clean one.
  void clear();

 private:
  void draw();
  bool shown_;
  std::size_t total_bytes_;
  std::size_t documents_ = 0, bytes_ = 0;
  std::chrono::steady_clock::time_point start_, last_draw_;
  bool drawn_ = false;
};

}  // namespace kroniek::cli
