// Temporary files for unit tests. CTest runs each test in its own process, two
// at a time, so a file's name carries the test's name and the process id:
// tests never write over each other's files.
#pragma once
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace kroniek::test_files {

// A path in the temporary folder, unique to the running test; nothing is there.
inline std::filesystem::path temp_path(const std::string& name) {
  const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
  const std::string owner =
      test ? std::string(test->test_suite_name()) + "." + test->name() : std::string("none");
  auto path = std::filesystem::temp_directory_path() /
              ("kroniek-" + owner + "-" + std::to_string(getpid()) + "-" + name);
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  return path;
}

// Writes `content` into a fresh temporary file and gives its path.
inline std::string write_temp(const std::string& name, const std::string& content) {
  const auto path = temp_path(name);
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

}  // namespace kroniek::test_files
