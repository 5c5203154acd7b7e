#include "store/sqlite_store.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <sstream>
#include <utility>

#include "io/record_reader.h"
#include "io/record_writers.h"

namespace kroniek {
namespace {

// The schema, one step per version: a file at version N gets steps N+1.. in one
// transaction. Never edit a step that has shipped; add one.
const std::vector<const char*> kMigrations = {
    // 1: documents, records with their query columns, each record's JSON, the
    //    documents each record has evidence in, and full-text search over the
    //    evidence.
    R"sql(
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  lang TEXT NOT NULL,
  date TEXT,
  title TEXT,
  text TEXT NOT NULL
);
CREATE TABLE records (
  id TEXT PRIMARY KEY,
  doc TEXT NOT NULL,
  type TEXT NOT NULL,
  date TEXT,
  date_end TEXT,
  source_code TEXT,
  source_country TEXT,
  target_code TEXT,
  target_country TEXT,
  cameo TEXT,
  root TEXT,
  quad_class INTEGER,
  goldstein REAL,
  modality TEXT NOT NULL,
  place_name TEXT,
  place_country TEXT,
  lat REAL,
  lon REAL,
  mentions INTEGER NOT NULL
);
-- The record whole, apart from the narrow table the filters and sums scan.
CREATE TABLE record_json (
  id TEXT PRIMARY KEY,
  json TEXT NOT NULL
);
-- Each sum of the dashboard reads one index in its order, not the table.
CREATE INDEX records_date ON records (date, id);
CREATE INDEX records_day_root ON records (date, root);
CREATE INDEX records_source ON records (source_code, source_country);
CREATE INDEX records_target ON records (target_code, target_country);
CREATE INDEX records_dyads ON records (source_code, target_code, type, quad_class, goldstein);
CREATE INDEX records_source_country ON records (source_country);
CREATE INDEX records_target_country ON records (target_country);
CREATE INDEX records_root ON records (root, date);
CREATE INDEX records_cameo ON records (cameo);
CREATE INDEX records_places ON records (place_name, place_country, lat, lon, quad_class);
CREATE INDEX records_place_country ON records (place_country);
CREATE TABLE record_documents (
  record TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
  doc TEXT NOT NULL,
  PRIMARY KEY (record, doc)
);
CREATE INDEX record_documents_doc ON record_documents (doc);
-- A record's evidence has the record's rowid: deleting and matching by rowid
-- are lookups, where a column of an FTS5 table would be scanned.
CREATE VIRTUAL TABLE evidence USING fts5 (text);
)sql",
};

// ---------------------------------------------------------------------------
// SQLite, with its errors as StoreError

class Statement {
 public:
  Statement(sqlite3* db, const std::string& sql, const std::string& path) : db_(db), path_(path) {
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt_, nullptr) != SQLITE_OK) fail();
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Binds the parameters in order; an empty string binds NULL when `null_if_empty`.
  Statement& bind(const std::string& value, bool null_if_empty = true) {
    const int k = ++bound_;
    if (value.empty() && null_if_empty) {
      sqlite3_bind_null(stmt_, k);
    } else {
      sqlite3_bind_text(stmt_, k, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    }
    return *this;
  }
  Statement& bind(long long value) {
    sqlite3_bind_int64(stmt_, ++bound_, value);
    return *this;
  }
  Statement& bind(double value) {
    sqlite3_bind_double(stmt_, ++bound_, value);
    return *this;
  }
  Statement& bind(const std::optional<double>& value) {
    if (value) return bind(*value);
    sqlite3_bind_null(stmt_, ++bound_);
    return *this;
  }

  // True while there is a row.
  bool step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) fail();
    return false;
  }
  void run() {
    while (step()) {
    }
    reset();
  }
  // Ready to run again, with new parameters.
  void reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    bound_ = 0;
  }
  std::string text(int column) const {
    const auto* p = sqlite3_column_text(stmt_, column);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
             : std::string();
  }
  long long integer(int column) const { return sqlite3_column_int64(stmt_, column); }
  std::size_t count(int column) const { return static_cast<std::size_t>(integer(column)); }
  double real(int column) const { return sqlite3_column_double(stmt_, column); }

 private:
  [[noreturn]] void fail() const { throw StoreError(path_ + ": " + sqlite3_errmsg(db_)); }
  sqlite3* db_;
  std::string path_;
  sqlite3_stmt* stmt_ = nullptr;
  int bound_ = 0;
};

void exec(sqlite3* db, const std::string& sql, const std::string& path) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    std::string reason = message ? message : sqlite3_errmsg(db);
    sqlite3_free(message);
    throw StoreError(path + ": " + reason);
  }
}

// Rolls back unless committed: an exception leaves the store as it was.
class Transaction {
 public:
  Transaction(sqlite3* db, const std::string& path) : db_(db), path_(path) {
    exec(db_, "BEGIN IMMEDIATE", path_);
  }
  ~Transaction() {
    if (!done_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit() {
    exec(db_, "COMMIT", path_);
    done_ = true;
  }

 private:
  sqlite3* db_;
  std::string path_;
  bool done_ = false;
};

// ---------------------------------------------------------------------------
// Writing

std::string json_of(const Record& r) {
  std::ostringstream out;
  write_jsonl(out, r);
  std::string line = out.str();
  while (!line.empty() && line.back() == '\n') line.pop_back();
  return line;
}

std::set<std::string> documents_of(const Record& r) {
  std::set<std::string> docs{r.doc};
  for (const Evidence& e : r.evidence) {
    if (!e.doc.empty()) docs.insert(e.doc);
  }
  return docs;
}

std::string evidence_text(const Record& r) {
  std::string text;
  for (const Evidence& e : r.evidence) text += (text.empty() ? "" : "\n") + e.text;
  return text;
}

// ---------------------------------------------------------------------------
// Reading

// "TUR" matches TUR, TURMIL, TURGOVFRM: an actor code and every code it
// starts, as a range an index can serve (codes are ASCII letters and digits).
std::string starts_with(const std::string& column) {
  return "(" + column + " >= ? AND " + column + " < ?)";
}
std::string after_prefix(std::string prefix) {
  prefix.back() = static_cast<char>(prefix.back() + 1);
  return prefix;
}

// The words of a text search as one FTS5 query: every word, any order.
std::string fts_query(const std::string& text) {
  std::istringstream words(text);
  std::string word, query;
  while (words >> word) {
    std::string quoted;
    for (char c : word) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    query += (query.empty() ? "" : " ") + ("\"" + quoted + "\"");
  }
  return query;
}

// WHERE clause and its parameters, in order.
struct Filter {
  std::string where;
  std::vector<std::string> values;
  void add(const std::string& condition, std::initializer_list<std::string> params) {
    where += (where.empty() ? " WHERE " : " AND ") + condition;
    values.insert(values.end(), params);
  }
};

Filter filter_of(const RecordQuery& q) {
  Filter f;
  if (!q.date_from.empty()) f.add("r.date >= ?", {q.date_from});
  // A year ("2018") or month ("2020-02") sorts before its days: a record dated
  // so is in a range that reaches into it.
  if (!q.date_to.empty()) f.add("r.date <= ?", {q.date_to});
  if (!q.actor.empty()) {
    f.add("(" + starts_with("r.source_code") + " OR " + starts_with("r.target_code") + ")",
          {q.actor, after_prefix(q.actor), q.actor, after_prefix(q.actor)});
  }
  if (!q.source.empty()) f.add(starts_with("r.source_code"), {q.source, after_prefix(q.source)});
  if (!q.target.empty()) f.add(starts_with("r.target_code"), {q.target, after_prefix(q.target)});
  if (!q.country.empty())
    f.add("(r.source_country = ? OR r.target_country = ?)", {q.country, q.country});
  if (!q.root.empty()) f.add("r.root = ?", {q.root});
  if (!q.code.empty()) f.add(starts_with("r.cameo"), {q.code, after_prefix(q.code)});
  if (!q.place.empty()) f.add("(r.place_name = ? OR r.place_country = ?)", {q.place, q.place});
  if (!q.type.empty()) f.add("r.type = ?", {q.type});
  if (!q.modality.empty()) f.add("r.modality = ?", {q.modality});
  if (!q.doc.empty()) {
    f.add("r.id IN (SELECT record FROM record_documents WHERE doc = ?)", {q.doc});
  }
  if (!q.text.empty()) {
    f.add("r.rowid IN (SELECT rowid FROM evidence WHERE evidence MATCH ?)", {fts_query(q.text)});
  }
  return f;
}

// The first `top` items by most events, ties by code; `rank` gives (events, code).
template <class T, class Rank>
std::vector<T> most_frequent(std::vector<T> items, std::size_t top, Rank rank) {
  std::sort(items.begin(), items.end(), [&](const T& a, const T& b) {
    const auto ra = rank(a), rb = rank(b);
    return ra.first != rb.first ? ra.first > rb.first : ra.second < rb.second;
  });
  if (items.size() > top) items.resize(top);
  return items;
}

// The quad class with the most events; the lowest on a tie, 0 when none.
int most_frequent_quad(const std::array<std::size_t, 4>& by_quad) {
  int best = 0;
  for (int q = 1; q <= 4; ++q) {
    if (by_quad[q - 1] > (best ? by_quad[best - 1] : 0)) best = q;
  }
  return best;
}

}  // namespace

SqliteStore::SqliteStore(const std::string& path, Access access) : path_(path) {
  const int flags = access == Access::read_only ? SQLITE_OPEN_READONLY
                                                : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
    std::string reason = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    throw StoreError(path + ": cannot open: " + reason);
  }
  try {
    sqlite3_busy_timeout(db_, 5000);  // another writer: wait, do not fail at once
    // Reads go through the OS page cache, shared by every connection.
    exec(db_, "PRAGMA mmap_size = 1073741824;", path_);
    if (access == Access::read_only) {
      check_version();
    } else {
      exec(db_, "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL;", path_);
      migrate();
    }
  } catch (...) {
    sqlite3_close(db_);
    throw;
  }
}

SqliteStore::~SqliteStore() { sqlite3_close(db_); }

void SqliteStore::check_version() const {
  const int version = schema_version();
  if (version == kSchemaVersion) return;
  if (version == 0) throw StoreError(path_ + ": not a kroniek store (no schema)");
  throw StoreError(path_ + ": the store has schema version " + std::to_string(version) + ", " +
                   (version > kSchemaVersion ? "newer than this kroniek knows"
                                             : "older; open it once for writing to migrate") +
                   " (" + std::to_string(kSchemaVersion) + ")");
}

int SqliteStore::schema_version() const {
  Statement version(db_, "PRAGMA user_version", path_);
  return version.step() ? static_cast<int>(version.integer(0)) : 0;
}

void SqliteStore::migrate() {
  const int version = schema_version();
  if (version > kSchemaVersion) check_version();
  if (version == kSchemaVersion) return;
  Transaction t(db_, path_);
  for (int step = version; step < kSchemaVersion; ++step) exec(db_, kMigrations[step], path_);
  exec(db_, "PRAGMA user_version = " + std::to_string(kSchemaVersion), path_);
  t.commit();
}

namespace {

// Writes records with their JSON, the documents they have evidence in, and
// their evidence for full-text search; a record with the same id is replaced.
class RecordWriter {
 public:
  RecordWriter(sqlite3* db, const std::string& path)
      : db_(db),
        drop_evidence_(
            db, "DELETE FROM evidence WHERE rowid = (SELECT rowid FROM records WHERE id = ?)",
            path),
        put_record_(db,
                    "INSERT OR REPLACE INTO records VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    path),
        put_json_(db, "INSERT OR REPLACE INTO record_json VALUES (?, ?)", path),
        put_link_(db, "INSERT OR IGNORE INTO record_documents VALUES (?, ?)", path),
        put_evidence_(db, "INSERT INTO evidence (rowid, text) VALUES (?, ?)", path) {}

  void put(const Record& r) {
    const Location* place = r.location ? &*r.location : nullptr;
    drop_evidence_.bind(r.id).run();
    put_record_.bind(r.id, false)
        .bind(r.doc, false)
        .bind(r.type, false)
        .bind(r.date)
        .bind(r.date_end)
        .bind(r.source.code.code)
        .bind(r.source.code.country)
        .bind(r.target.code.code)
        .bind(r.target.code.country)
        .bind(r.cameo)
        .bind(r.root);
    if (r.type == "event") {
      put_record_.bind(static_cast<long long>(r.quad_class)).bind(r.goldstein);
    } else {
      put_record_.bind(std::optional<double>()).bind(std::optional<double>());
    }
    put_record_.bind(r.modality, false)
        .bind(place ? place->name : "")
        .bind(place ? place->country : "")
        .bind(place ? place->lat : std::nullopt)
        .bind(place ? place->lon : std::nullopt)
        .bind(static_cast<long long>(r.mentions))
        .run();
    const long long rowid = sqlite3_last_insert_rowid(db_);
    put_json_.bind(r.id, false).bind(json_of(r), false).run();
    for (const std::string& doc : documents_of(r))
      put_link_.bind(r.id, false).bind(doc, false).run();
    put_evidence_.bind(rowid).bind(evidence_text(r), false).run();
  }

 private:
  sqlite3* db_;
  Statement drop_evidence_, put_record_, put_json_, put_link_, put_evidence_;
};

// A record merged from mentions in several documents outlives the re-coding
// of some of them: it loses their mentions and keeps the others', which no
// run codes again. (The new records of the re-coded documents are not merged
// with it: merging happens when coding.)
void keep_other_mentions(sqlite3* db, const std::string& path,
                         const std::set<std::string>& replaced, RecordWriter& writer) {
  Statement shared(db,
                   "SELECT j.json FROM record_json j WHERE j.id IN "
                   "(SELECT l.record FROM record_documents l JOIN record_documents o "
                   "ON o.record = l.record AND o.doc <> l.doc WHERE l.doc = ?)",
                   path);
  std::map<std::string, Record> kept;
  for (const std::string& doc : replaced) {
    shared.bind(doc, false);
    while (shared.step()) {
      Record r;
      try {
        r = read_record_json(shared.text(0));
      } catch (const std::invalid_argument& e) {
        throw StoreError(path + ": a stored record cannot be read back: " + e.what());
      }
      std::erase_if(r.evidence, [&](const Evidence& e) {
        return replaced.count(e.doc.empty() ? r.doc : e.doc) > 0;
      });
      if (r.evidence.empty()) continue;
      if (replaced.count(r.doc)) r.doc = r.evidence.front().doc;
      r.mentions = r.evidence.size();
      kept.emplace(r.id, std::move(r));
    }
    shared.reset();
  }
  Statement unlink(db, "DELETE FROM record_documents WHERE record = ? AND doc = ?", path);
  for (const auto& [id, r] : kept) {
    for (const std::string& doc : replaced) unlink.bind(id, false).bind(doc, false).run();
    writer.put(r);
  }
}

}  // namespace

void SqliteStore::replace_documents(const std::vector<Document>& documents,
                                    const std::vector<Record>& records) {
  Transaction t(db_, path_);
  RecordWriter writer(db_, path_);
  std::set<std::string> replaced;
  for (const Document& d : documents) replaced.insert(d.id);
  keep_other_mentions(db_, path_, replaced, writer);
  Statement drop_evidence(db_,
                          "DELETE FROM evidence WHERE rowid IN (SELECT r.rowid FROM records r "
                          "JOIN record_documents l ON l.record = r.id WHERE l.doc = ?)",
                          path_);
  Statement drop_json(db_,
                      "DELETE FROM record_json WHERE id IN "
                      "(SELECT record FROM record_documents WHERE doc = ?)",
                      path_);
  Statement drop_records(db_,
                         "DELETE FROM records WHERE id IN "
                         "(SELECT record FROM record_documents WHERE doc = ?)",
                         path_);
  Statement put_document(db_, "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?)", path_);
  for (const Document& d : documents) {
    drop_evidence.bind(d.id).run();
    drop_json.bind(d.id).run();
    drop_records.bind(d.id).run();
    put_document.bind(d.id, false)
        .bind(d.lang, false)
        .bind(d.date)
        .bind(d.title)
        .bind(d.text, false)
        .run();
  }
  for (const Record& r : records) writer.put(r);
  t.commit();
}

std::vector<std::string> SqliteStore::record_json(const RecordQuery& query) const {
  const Filter f = filter_of(query);
  // The page is chosen on the narrow table first: the JSON of the records an
  // offset skips is never read.
  Statement select(db_,
                   "SELECT j.json FROM (SELECT r.id, r.date FROM records r" + f.where +
                       " ORDER BY r.date, r.id LIMIT ? OFFSET ?) page "
                       "JOIN record_json j ON j.id = page.id ORDER BY page.date, page.id",
                   path_);
  for (const std::string& v : f.values) select.bind(v, false);
  select.bind(static_cast<long long>(query.limit)).bind(static_cast<long long>(query.offset));
  std::vector<std::string> out;
  while (select.step()) out.push_back(select.text(0));
  return out;
}

std::vector<Record> SqliteStore::records(const RecordQuery& query) const {
  std::vector<Record> out;
  for (const std::string& json : record_json(query)) {
    try {
      out.push_back(read_record_json(json));
    } catch (const std::invalid_argument& e) {
      throw StoreError(path_ + ": a stored record cannot be read back: " + e.what());
    }
  }
  return out;
}

std::size_t SqliteStore::count(const RecordQuery& query) const {
  const Filter f = filter_of(query);
  Statement select(db_, "SELECT count(*) FROM records r" + f.where, path_);
  for (const std::string& v : f.values) select.bind(v, false);
  return select.step() ? select.count(0) : 0;
}

std::size_t SqliteStore::document_count() const {
  Statement select(db_, "SELECT count(*) FROM documents", path_);
  return select.step() ? static_cast<std::size_t>(select.integer(0)) : 0;
}

// ---------------------------------------------------------------------------
// Adding up

StoreStats SqliteStore::stats() const {
  StoreStats stats;
  Statement select(db_,
                   "SELECT (SELECT count(*) FROM records), (SELECT count(*) FROM documents), "
                   "(SELECT min(date) FROM records), (SELECT max(date) FROM records)",
                   path_);
  if (select.step()) {
    stats.records = select.count(0);
    stats.documents = select.count(1);
    stats.date_min = select.text(2);
    stats.date_max = select.text(3);
  }
  return stats;
}

std::vector<PlaceCount> SqliteStore::places(const RecordQuery& query) const {
  Filter f = filter_of(query);
  f.add("r.lat IS NOT NULL AND r.lon IS NOT NULL", {});
  Statement select(db_,
                   "SELECT r.place_name, r.place_country, r.lat, r.lon, r.quad_class, count(*) "
                   "FROM records r" +
                       f.where +
                       " GROUP BY r.place_name, r.place_country, r.lat, r.lon, r.quad_class "
                       "ORDER BY r.place_name, r.place_country, r.lat, r.lon",
                   path_);
  for (const std::string& v : f.values) select.bind(v, false);
  std::vector<PlaceCount> out;
  while (select.step()) {
    const double lat = select.real(2), lon = select.real(3);
    if (out.empty() || out.back().name != select.text(0) || out.back().country != select.text(1) ||
        out.back().lat != lat || out.back().lon != lon) {
      out.push_back({select.text(0), select.text(1), lat, lon});
    }
    PlaceCount& place = out.back();
    const std::size_t n = select.count(5);
    place.count += n;
    const long long quad = select.integer(4);
    if (quad >= 1 && quad <= 4) place.by_quad[quad - 1] += n;
  }
  for (PlaceCount& place : out) place.quad_class = most_frequent_quad(place.by_quad);
  return out;
}

std::vector<DayCount> SqliteStore::days(const RecordQuery& query) const {
  Filter f = filter_of(query);
  f.add("r.date IS NOT NULL", {});
  Statement select(db_,
                   "SELECT r.date, coalesce(r.root, ''), count(*) FROM records r" + f.where +
                       " GROUP BY r.date, r.root ORDER BY r.date, r.root",
                   path_);
  for (const std::string& v : f.values) select.bind(v, false);
  std::vector<DayCount> out;
  while (select.step()) out.push_back({select.text(0), select.text(1), select.count(2)});
  return out;
}

std::vector<ActorCount> SqliteStore::actors(const RecordQuery& query, std::size_t top) const {
  std::map<std::string, ActorCount> by_code;
  for (const SideCount& c : count_by(query, "source_code", "source_country")) {
    ActorCount& actor = by_code[c.key];
    actor = {c.key, c.country, c.count, actor.as_target};
  }
  for (const SideCount& c : count_by(query, "target_code", "target_country")) {
    ActorCount& actor = by_code[c.key];
    actor = {c.key, actor.country.empty() ? c.country : actor.country, actor.as_source, c.count};
  }
  std::vector<ActorCount> out;
  for (auto& [code, actor] : by_code) out.push_back(std::move(actor));
  return most_frequent(std::move(out), top, [](const ActorCount& a) {
    return std::make_pair(a.as_source + a.as_target, a.code);
  });
}

std::vector<CountryCount> SqliteStore::countries(const RecordQuery& query, std::size_t top) const {
  std::map<std::string, CountryCount> by_country;
  for (const SideCount& c : count_by(query, "source_country", "")) {
    by_country[c.key].as_source = c.count;
  }
  for (const SideCount& c : count_by(query, "target_country", "")) {
    by_country[c.key].as_target = c.count;
  }
  std::vector<CountryCount> out;
  for (auto& [country, count] : by_country)
    out.push_back({country, count.as_source, count.as_target});
  return most_frequent(std::move(out), top, [](const CountryCount& c) {
    return std::make_pair(c.as_source + c.as_target, c.country);
  });
}

// The records that match, counted by one column (with a second one's value).
// Each side is its own query: a query per side reads an index in order,
// where a union of both sides would be sorted whole.
std::vector<SqliteStore::SideCount> SqliteStore::count_by(const RecordQuery& query,
                                                          const std::string& column,
                                                          const std::string& with) const {
  Filter f = filter_of(query);
  f.add("r." + column + " IS NOT NULL", {});
  Statement select(db_,
                   "SELECT r." + column + ", " + (with.empty() ? "''" : "max(r." + with + ")") +
                       ", count(*) FROM records r" + f.where + " GROUP BY r." + column,
                   path_);
  for (const std::string& v : f.values) select.bind(v, false);
  std::vector<SideCount> out;
  while (select.step()) out.push_back({select.text(0), select.text(1), select.count(2)});
  return out;
}

using QuadSums =
    std::map<std::pair<std::string, std::string>, std::pair<std::array<std::size_t, 4>, double>>;

// Adds the rows (source, target, quad class, count, Goldstein total) of `query`.
static void add_quad_rows(Statement& query, QuadSums& sums) {
  while (query.step()) {
    auto& [by_quad, goldstein] = sums[{query.text(0), query.text(1)}];
    const long long quad = query.integer(2);
    if (quad >= 1 && quad <= 4) by_quad[quad - 1] = query.count(3);
    goldstein += query.real(4);
  }
  query.reset();
}

// The quad class and mean Goldstein value of each dyad of `dyads` under the
// filter `f`. Without a text filter, a query per dyad looks up just its rows
// in the dyad index; with one, that query would run the text match again for
// each dyad (seconds for 60 dyads), so one query takes all dyads at once.
static void add_quad_classes(sqlite3* db, const std::string& path, Filter f, bool text_filter,
                             std::vector<DyadCount>& dyads) {
  if (dyads.empty()) return;
  std::string pairs;
  for (std::size_t i = 0; i < dyads.size(); ++i) pairs += i ? ",(?,?)" : "(?,?)";
  f.add(text_filter ? "(r.source_code, r.target_code) IN (VALUES " + pairs + ")"
                    : "r.source_code = ? AND r.target_code = ?",
        {});
  Statement rows(db,
                 "SELECT r.source_code, r.target_code, r.quad_class, count(*), "
                 "total(r.goldstein) FROM records r" +
                     f.where + " GROUP BY r.source_code, r.target_code, r.quad_class",
                 path);
  QuadSums sums;
  if (text_filter) {
    for (const std::string& v : f.values) rows.bind(v, false);
    for (const DyadCount& dyad : dyads) rows.bind(dyad.source, false).bind(dyad.target, false);
    add_quad_rows(rows, sums);
  } else {
    for (const DyadCount& dyad : dyads) {
      for (const std::string& v : f.values) rows.bind(v, false);
      rows.bind(dyad.source, false).bind(dyad.target, false);
      add_quad_rows(rows, sums);
    }
  }
  for (DyadCount& dyad : dyads) {
    const auto& [by_quad, goldstein] = sums[{dyad.source, dyad.target}];
    dyad.goldstein = goldstein / static_cast<double>(dyad.count);
    dyad.quad_class = most_frequent_quad(by_quad);
  }
}

std::vector<DyadCount> SqliteStore::dyads(const RecordQuery& query, std::size_t top) const {
  Filter f = filter_of(query);
  f.add("r.type = 'event' AND r.source_code IS NOT NULL AND r.target_code IS NOT NULL", {});
  // The heaviest dyads first, then the quad classes and Goldstein values of
  // those alone: summing them for every dyad would take four times as long.
  Statement heaviest(db_,
                     "SELECT r.source_code, r.target_code, count(*) FROM records r" + f.where +
                         " GROUP BY r.source_code, r.target_code "
                         "ORDER BY count(*) DESC, r.source_code, r.target_code LIMIT ?",
                     path_);
  for (const std::string& v : f.values) heaviest.bind(v, false);
  heaviest.bind(static_cast<long long>(top));
  std::vector<DyadCount> out;
  while (heaviest.step()) out.push_back({heaviest.text(0), heaviest.text(1), heaviest.count(2)});

  add_quad_classes(db_, path_, f, !query.text.empty(), out);
  return out;
}

// ---------------------------------------------------------------------------
// Documents

std::vector<DocumentSummary> SqliteStore::documents(std::size_t limit, std::size_t offset) const {
  Statement select(db_,
                   "SELECT d.id, d.lang, coalesce(d.date, ''), coalesce(d.title, ''), "
                   "(SELECT count(*) FROM record_documents l WHERE l.doc = d.id) "
                   "FROM documents d ORDER BY d.date IS NULL, d.date, d.id LIMIT ? OFFSET ?",
                   path_);
  select.bind(static_cast<long long>(limit)).bind(static_cast<long long>(offset));
  std::vector<DocumentSummary> out;
  while (select.step()) {
    out.push_back(
        {select.text(0), select.text(1), select.text(2), select.text(3), select.count(4)});
  }
  return out;
}

std::optional<Document> SqliteStore::document(const std::string& id) const {
  Statement select(db_,
                   "SELECT id, lang, coalesce(date, ''), coalesce(title, ''), text "
                   "FROM documents WHERE id = ?",
                   path_);
  select.bind(id, false);
  if (!select.step()) return std::nullopt;
  Document d;
  d.id = select.text(0);
  d.lang = select.text(1);
  d.date = select.text(2);
  d.title = select.text(3);
  d.text = select.text(4);
  return d;
}

}  // namespace kroniek
