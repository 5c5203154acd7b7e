// What the fuzz targets share: the input as text, a temporary file for the
// loaders that only read a path, and splitting one input into several.
#pragma once
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

// Every target defines this; libFuzzer (or fuzz/replay_main.cpp) calls it.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace kroniek::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// One file per process and name, written over by each input: the dictionary
// loaders read a path, and a file in memory-backed /dev/shm costs microseconds.
class TempFile {
 public:
  explicit TempFile(const std::string& name) : path_(folder() / file_name(name)) {}
  ~TempFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  // Writes `bytes` as the whole file and gives its path.
  const std::string& write(std::string_view bytes) {
    std::ofstream out(path_, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return path_;
  }
  const std::string& path() const { return path_; }

 private:
  static std::filesystem::path folder() {
    std::error_code error;
    if (std::filesystem::is_directory("/dev/shm", error)) return "/dev/shm";
    return std::filesystem::temp_directory_path();
  }
  static std::string file_name(const std::string& name) {
    return "kroniek-fuzz-" + std::to_string(getpid()) + "-" + name;
  }
  std::string path_;
};

// The input cut at each line "%%" into at most `count` parts (the last one
// keeps any further "%%" lines), so that one input can feed a loader that
// reads several files. Missing parts are empty.
inline std::vector<std::string_view> split_parts(std::string_view input, std::size_t count) {
  static constexpr std::string_view kSeparator = "\n%%\n";
  std::vector<std::string_view> parts;
  while (parts.size() + 1 < count) {
    std::size_t at = input.find(kSeparator);
    if (at == std::string_view::npos) break;
    parts.push_back(input.substr(0, at));
    input.remove_prefix(at + kSeparator.size());
  }
  parts.push_back(input);
  parts.resize(count);
  return parts;
}

}  // namespace kroniek::fuzz
