#include "cli/progress.h"

#include <string>

namespace kroniek::cli {
namespace {

std::string clock_time(double seconds) {
  const long s = static_cast<long>(seconds);
  char text[32];
  std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  return text;
}

}  // namespace

Progress::Progress(bool shown, std::size_t total_bytes)
    : shown_(shown),
      total_bytes_(total_bytes),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

void Progress::add(std::size_t bytes) {
  ++documents_;
  bytes_ += bytes;
  if (!shown_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(250)) return;  // no flicker, little cost
  last_draw_ = now;
  draw();
}

void Progress::draw() {
  const double seconds = std::chrono::duration<double>(last_draw_ - start_).count();
  const double rate = seconds > 0 ? documents_ / seconds : 0;
  std::string line = "\r\033[Kkroniek: " + std::to_string(documents_) + " documents, ";
  char figure[32];
  std::snprintf(figure, sizeof figure, "%.1f", rate);
  line += std::string(figure) + " documents/s";
  if (total_bytes_ > 0 && bytes_ > 0 && bytes_ <= total_bytes_) {
    const double done = static_cast<double>(bytes_) / total_bytes_;
    std::snprintf(figure, sizeof figure, "%.0f%%", 100 * done);
    line += std::string(", ") + figure + ", ETA " + clock_time(seconds * (1 - done) / done);
  }
  std::fputs(line.c_str(), stderr);
  drawn_ = true;
}

void Progress::clear() {
  if (drawn_) std::fputs("\r\033[K", stderr);
  drawn_ = false;
}

}  // namespace kroniek::cli
