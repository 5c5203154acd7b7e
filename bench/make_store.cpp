// Writes the synthetic store of bench/synthetic_store.h to a file, the same on
// every run: the store bench/serve_load.sh serves.
//
//   kroniek_make_store STORE.db [RECORDS]   (RECORDS: default 100000)
#include <cstdio>
#include <exception>
#include <filesystem>
#include <string>

#include "store/sqlite_store.h"
#include "synthetic_store.h"

namespace {

int usage() {
  std::fprintf(stderr, "usage: kroniek_make_store STORE.db [RECORDS]\n");
  return 2;
}

// Into STORE.db.part, renamed when whole: a store that is there is complete.
void make_store(const std::filesystem::path& path, int records) {
  std::filesystem::path part = path;
  part += ".part";
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(part.string() + suffix);
  {
    kroniek::SqliteStore store(part.string());
    kroniek::synthetic::fill(store, records);
  }
  std::filesystem::rename(part, path);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) return usage();
  int records = 100'000;
  try {
    if (argc == 3) records = std::stoi(argv[2]);
  } catch (const std::exception&) {
    return usage();
  }
  if (records <= 0 || records % kroniek::synthetic::kRecordsPerDocument != 0) {
    std::fprintf(stderr, "kroniek_make_store: RECORDS must be a positive multiple of %d\n",
                 kroniek::synthetic::kRecordsPerDocument);
    return 2;
  }
  try {
    make_store(argv[1], records);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "kroniek_make_store: %s\n", e.what());
    return 1;
  }
  std::fprintf(stderr, "kroniek_make_store: %d records in %s\n", records, argv[1]);
  return 0;
}
