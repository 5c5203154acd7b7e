// The embedded store: documents and their records in one SQLite file, with
// the indexes the queries and the dashboard need (date, actors, countries,
// CAMEO code and root, place) and full-text search over the evidence.
//
// Each record is kept whole as its JSON line (io/record_writers.h) beside the
// columns queries filter on, so a query gives back exactly what was coded.
// Writing is idempotent: a record is keyed by its id (a hash of document,
// evidence and codes), and storing a document again replaces every record
// that has evidence in it. The schema carries its version (PRAGMA
// user_version); opening an older file migrates it, opening a newer one is an
// error.
#pragma once
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/event.h"
#include "store/record_query.h"
#include "store/summaries.h"

struct sqlite3;

namespace kroniek {

// A store that cannot be opened, migrated, read or written; the message names
// the file and SQLite's reason.
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class SqliteStore {
 public:
  enum class Access { read_write, read_only };
  // Opens or creates the store at `path` and brings its schema up to date.
  // Read-only opens an existing store as it is, and fails on one whose schema
  // is not this kroniek's.
  explicit SqliteStore(const std::string& path, Access access = Access::read_write);
  ~SqliteStore();
  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

  // In one transaction: the documents are written (replacing any with the same
  // id), every record with evidence in one of them is removed, and `records`
  // are written (replacing any with the same id).
  void replace_documents(const std::vector<Document>& documents,
                         const std::vector<Record>& records);

  std::vector<Record> records(const RecordQuery& query) const;
  std::size_t count(const RecordQuery& query) const;  // ignores limit and offset
  std::size_t document_count() const;
  // The records as their stored JSON lines, without reading them back.
  std::vector<std::string> record_json(const RecordQuery& query) const;

  // Adding up the records that match (limit and offset of `query` ignored;
  // `top` caps the lists that are ranked).
  StoreStats stats() const;
  std::vector<PlaceCount> places(const RecordQuery& query) const;
  std::vector<DayCount> days(const RecordQuery& query) const;
  std::vector<ActorCount> actors(const RecordQuery& query, std::size_t top) const;
  std::vector<CountryCount> countries(const RecordQuery& query, std::size_t top) const;
  std::vector<DyadCount> dyads(const RecordQuery& query, std::size_t top) const;

  std::vector<DocumentSummary> documents(std::size_t limit, std::size_t offset) const;
  std::optional<Document> document(const std::string& id) const;

  static constexpr int kSchemaVersion = 1;
  int schema_version() const;

 private:
  void migrate();
  void check_version() const;
  struct SideCount {
    std::string key, country;
    std::size_t count = 0;
  };
  std::vector<SideCount> count_by(
      const RecordQuery& query, const std::string& column,
      const std::string& with) const;  // throws unless the schema is this kroniek's
  std::string path_;
  sqlite3* db_ = nullptr;
};

}  // namespace kroniek
