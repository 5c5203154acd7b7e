// The SQLite store: schema and its version, idempotent writes, re-coding a
// document, every query filter, and clear errors.
#include "store/sqlite_store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/record_writers.h"
#include "temp_files.h"
#include "test_records.h"

namespace kroniek {
namespace {

std::string temp_path(const std::string& name) {
  return kroniek::test_files::temp_path(name).string();
}

using namespace test_records;

// An event whose quad class follows its code, as the store's tests need no more.
Record event(const std::string& id, const std::string& doc, const std::string& date,
             const ActorCode& source, const ActorCode& target, const std::string& cameo,
             const std::string& evidence) {
  return test_records::event(id, doc, date, source, target, cameo, cameo.starts_with("19") ? 4 : 1,
                             0.0, evidence);
}

Document document(const std::string& id) { return Document{id, "nl", "2020-02-11", "", "tekst"}; }

std::vector<std::string> ids(const std::vector<Record>& records) {
  std::vector<std::string> out;
  for (const Record& r : records) out.push_back(r.id);
  return out;
}

using Ids = std::vector<std::string>;

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = temp_path("test.db");
    store_ = std::make_unique<SqliteStore>(path_);
    Record shelling = event("e:1", "idlib", "2020-02-10", kTurMil, kSyrMil, "190",
                            "Turkse soldaten beschoten Syrische soldaten.");
    shelling.location = Location{"Idlib", "region", "SYR", 35.9, 36.6, std::nullopt};
    Record talks = event("e:2", "idlib", "2020-02-08", kRusGov, kTur, "046",
                         "De onderhandelingen begonnen zaterdag.");
    Record threat = event("e:3", "kyiv", "2022-05-15", kRusGov, kTur, "130",
                          "Moskou dreigde Ankara met maatregelen.");
    threat.modality = "future";
    store_->replace_documents({document("idlib"), document("kyiv")}, {shelling, talks, threat});
  }

  std::vector<std::string> find(RecordQuery q) { return ids(store_->records(q)); }

  std::string path_;
  std::unique_ptr<SqliteStore> store_;
};

TEST_F(StoreTest, RecordsComeBackAsTheyWereWritten) {
  RecordQuery q;
  q.doc = "idlib";
  auto records = store_->records(q);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[1].id, "e:1");
  std::ostringstream out;
  write_jsonl(out, records[1]);
  EXPECT_NE(out.str().find("\"location\":{\"name\":\"Idlib\""), std::string::npos) << out.str();
  EXPECT_EQ(records[1].source.code.code, "TURMIL");
  EXPECT_EQ(store_->document_count(), 2u);
}

TEST_F(StoreTest, EveryFilter) {
  RecordQuery q;
  EXPECT_EQ(find(q), (Ids{"e:2", "e:1", "e:3"}));  // in date order
  q = {};
  q.date_from = "2020-02-09";
  q.date_to = "2020-12-31";
  EXPECT_EQ(find(q), (Ids{"e:1"}));
  q = {};
  q.actor = "TUR";  // TUR as source or target, and every code it starts
  EXPECT_EQ(find(q), (Ids{"e:2", "e:1", "e:3"}));
  q = {};
  q.source = "RUS";
  EXPECT_EQ(find(q), (Ids{"e:2", "e:3"}));
  q = {};
  q.target = "SYRMIL";
  EXPECT_EQ(find(q), (Ids{"e:1"}));
  q = {};
  q.country = "SYR";
  EXPECT_EQ(find(q), (Ids{"e:1"}));
  q = {};
  q.root = "19";
  EXPECT_EQ(find(q), (Ids{"e:1"}));
  q = {};
  q.code = "04";
  EXPECT_EQ(find(q), (Ids{"e:2"}));
  q = {};
  q.place = "Idlib";
  EXPECT_EQ(find(q), (Ids{"e:1"}));
  q.place = "SYR";
  EXPECT_EQ(find(q), (Ids{"e:1"}));
  q = {};
  q.text = "soldaten syrische";  // every word, in any order
  EXPECT_EQ(find(q), (Ids{"e:1"}));
  q.text = "soldaten Ankara";
  EXPECT_EQ(find(q), Ids{});
  q = {};
  q.modality = "future";
  EXPECT_EQ(find(q), (Ids{"e:3"}));
  q = {};
  q.type = "displacement";
  EXPECT_EQ(find(q), Ids{});
  q = {};
  q.limit = 1;
  q.offset = 1;
  EXPECT_EQ(find(q), (Ids{"e:1"}));
  EXPECT_EQ(store_->count(q), 3u);  // count ignores the page
}

TEST_F(StoreTest, WritingTwiceChangesNothing) {
  RecordQuery all;
  auto before = store_->records(all);
  store_->replace_documents({document("idlib"), document("kyiv")}, before);
  EXPECT_EQ(ids(store_->records(all)), ids(before));
  EXPECT_EQ(store_->document_count(), 2u);
}

TEST_F(StoreTest, RecodingADocumentReplacesItsRecords) {
  Record again = event("e:4", "idlib", "2020-02-10", kSyrMil, kTurMil, "190",
                       "Syrische soldaten beschoten Turkse soldaten.");
  store_->replace_documents({document("idlib")}, {again});
  RecordQuery q;
  EXPECT_EQ(find(q), (Ids{"e:4", "e:3"}));
  q.text = "onderhandelingen";  // the old evidence is gone from the search too
  EXPECT_EQ(find(q), Ids{});
}

TEST_F(StoreTest, RecodingOneDocumentKeepsTheMentionsOfOthers) {
  // One shelling told by both documents, merged when they were coded together.
  Record merged = event("e:5", "idlib", "2020-02-10", kTurMil, kSyrMil, "190",
                        "Turkse soldaten beschoten Syrische soldaten.");
  merged.evidence.push_back({2, 0, 20, "Ankara schoot op Syrische stellingen.", "kyiv"});
  merged.mentions = 2;
  store_->replace_documents({document("idlib"), document("kyiv")}, {merged});
  store_->replace_documents({document("idlib")}, {});  // idlib coded again, now without it
  RecordQuery q;
  q.doc = "kyiv";
  const std::vector<Record> left = store_->records(q);
  ASSERT_EQ(left.size(), 1u);
  EXPECT_EQ(left[0].id, "e:5");
  EXPECT_EQ(left[0].doc, "kyiv");
  EXPECT_EQ(left[0].mentions, 1u);
  ASSERT_EQ(left[0].evidence.size(), 1u);
  EXPECT_EQ(left[0].evidence[0].doc, "kyiv");
  q.doc = "idlib";
  EXPECT_EQ(store_->count(q), 0u);
  RecordQuery text;
  text.text = "Turkse soldaten";  // idlib's sentence left the search with it
  EXPECT_EQ(store_->count(text), 0u);
  text.text = "stellingen";
  EXPECT_EQ(store_->count(text), 1u);
}

TEST_F(StoreTest, ReopeningKeepsEverything) {
  store_.reset();
  SqliteStore again(path_);
  EXPECT_EQ(again.schema_version(), SqliteStore::kSchemaVersion);
  EXPECT_EQ(again.count({}), 3u);
}

TEST(Store, ANewerSchemaIsRefusedWithItsVersion) {
  const std::string path = temp_path("newer.db");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  try {
    SqliteStore store(path);
    ADD_FAILURE() << "a store of schema 99 was opened";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("schema version 99"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
  }
}

TEST(Store, AnUnwritablePlaceIsAnErrorNamingIt) {
  try {
    SqliteStore store("/nonexistent/kroniek/events.db");
    ADD_FAILURE() << "opened a store in a directory that does not exist";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/kroniek/events.db"), std::string::npos);
  }
}

TEST(Store, AFileThatIsNoDatabaseIsAnError) {
  const std::string path = temp_path("text.db");
  { std::ofstream(path) << "this is not a database, just some words in a file\n"; }
  EXPECT_THROW(SqliteStore store(path), StoreError);
}

}  // namespace
}  // namespace kroniek
