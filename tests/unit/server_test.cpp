// `kroniek serve`'s JSON API over a real store and a real HTTP connection:
// every endpoint, every filter, the sums, pagination, and clear 400s.
#include "serve/server.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <filesystem>
#include <fstream>
#include <future>
#include <nlohmann/json.hpp>
#include <thread>

#include "store/sqlite_store.h"
#include "temp_files.h"
#include "test_records.h"

namespace kroniek {
namespace {

using nlohmann::json;

using namespace test_records;

const Location kIdlib{"Idlib", "region", "SYR", 35.93, 36.63, std::nullopt};
const Location kAnkara{"Ankara", "city", "TUR", 39.92, 32.85, std::nullopt};

// A store with two documents: three shellings in Idlib, talks in Ankara, a
// threat that is only announced, and a displacement.
std::string fill_store() {
  const std::string path = test_files::temp_path("events.db").string();
  SqliteStore store(path);
  std::vector<Record> records;
  for (int day = 10; day <= 12; ++day) {
    Record r =
        event("e:shell" + std::to_string(day), "idlib", "2020-02-" + std::to_string(day), kTurMil,
              kSyrMil, "190", 4, -10.0, "Turkse soldaten beschoten Syrische stellingen.");
    r.location = kIdlib;
    records.push_back(r);
  }
  Record talks = event("e:talks", "idlib", "2020-02-08", kRusGov, kTurMil, "046", 1, 7.0,
                       "Russische diplomaten overlegden in Ankara.");
  talks.location = kAnkara;
  Record threat = event("e:threat", "ankara", "2020-02-12", kSyrMil, kTurMil, "138", 3, -7.0,
                        "Damascus dreigde met een tegenaanval.");
  threat.modality = "future";
  Record fled;
  fled.id = "d:fled";
  fled.type = "displacement";
  fled.doc = "ankara";
  fled.lang = "nl";
  fled.date = "2020-02-11";
  fled.source = {ActorCode{"SYRCVL", "SYR", "CVL"}, "burgers"};
  fled.evidence.push_back({1, 0, 20, "Duizenden burgers vluchtten.", "ankara"});
  records.insert(records.end(), {talks, threat, fled});
  store.replace_documents({Document{"idlib", "nl", "2020-02-11", "Idlib",
                                    "Turkse soldaten beschoten Syrische stellingen."},
                           Document{"ankara", "nl", "2020-02-12", "",
                                    "Damascus dreigde. Duizenden burgers vluchtten."}},
                          records);
  return path;
}

class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    web_dir_ = new std::filesystem::path(test_files::temp_path("web"));
    std::filesystem::create_directories(*web_dir_);
    std::ofstream(*web_dir_ / "index.html") << "<!doctype html><title>kroniek</title>";
    ServeSettings settings;
    settings.db = fill_store();
    settings.web_dir = web_dir_->string();
    settings.port = 0;
    settings.max_body = 4096;
    settings.max_paste = 100;
    settings.coder = [](Document& doc) {
      // Stands in for the analyzers, which the browser test runs for real: the
      // HTTP side is what is tested here.
      if (doc.lang == "auto") doc.lang = "nl";
      if (doc.text == "crash") throw 42;  // not a std::exception
      return std::vector<Record>{
          event("e:pasted", doc.id, "2020-02-11", kTurMil, kSyrMil, "190", 4, -10.0, doc.text)};
    };
    server_ = new DashboardServer(settings);
    port_ = server_->bind();
    thread_ = new std::thread([] { server_->listen(); });
  }
  static void TearDownTestSuite() {
    server_->stop();
    thread_->join();
    delete thread_;
    delete server_;
    std::filesystem::remove_all(*web_dir_);
    delete web_dir_;
  }

  // GET `target`; the status must be `status`; gives the body as JSON.
  static json get(const std::string& target, int status = 200) {
    httplib::Client client("127.0.0.1", port_);
    auto response = client.Get(target, {{"Accept-Encoding", "br, gzip, deflate"}});
    EXPECT_TRUE(response) << target;
    if (!response) return json();
    EXPECT_EQ(response->status, status) << target << ": " << response->body;
    EXPECT_EQ(response->get_header_value("Content-Type"), "application/json; charset=utf-8")
        << target;
    EXPECT_EQ(response->get_header_value("Content-Encoding"), "") << target << ": compressed";
    return json::parse(response->body);
  }

  static std::vector<std::string> record_ids(const std::string& filters) {
    std::vector<std::string> ids;
    const json page = get("/api/records?" + filters);
    for (const json& r : page["records"]) ids.push_back(r["id"]);
    return ids;
  }

  static std::filesystem::path* web_dir_;
  static DashboardServer* server_;
  static std::thread* thread_;
  static int port_;
};

std::filesystem::path* ServerTest::web_dir_ = nullptr;
DashboardServer* ServerTest::server_ = nullptr;
std::thread* ServerTest::thread_ = nullptr;
int ServerTest::port_ = 0;

using Ids = std::vector<std::string>;

TEST_F(ServerTest, StatsCountRecordsDocumentsAndDays) {
  const json stats = get("/api/stats");
  EXPECT_EQ(stats["records"], 6);
  EXPECT_EQ(stats["documents"], 2);
  EXPECT_EQ(stats["date_min"], "2020-02-08");
  EXPECT_EQ(stats["date_max"], "2020-02-12");
  EXPECT_EQ(stats["schema_version"], SqliteStore::kSchemaVersion);
}

TEST_F(ServerTest, RecordsComeWholeByDateWithTheirTotal) {
  const json page = get("/api/records");
  EXPECT_EQ(page["total"], 6);
  EXPECT_EQ(page["limit"], 100);
  ASSERT_EQ(page["records"].size(), 6u);
  EXPECT_EQ(page["records"][0]["id"], "e:talks");
  EXPECT_EQ(page["records"][0]["location"]["name"], "Ankara");
  EXPECT_EQ(page["records"][0]["evidence"][0]["text"],
            "Russische diplomaten overlegden in Ankara.");
}

TEST_F(ServerTest, RecordsArePaged) {
  EXPECT_EQ(record_ids("limit=2"), (Ids{"e:talks", "e:shell10"}));
  EXPECT_EQ(record_ids("limit=2&offset=2"), (Ids{"d:fled", "e:shell11"}));
  const json last = get("/api/records?limit=2&offset=5");
  EXPECT_EQ(last["total"], 6);
  EXPECT_EQ(last["offset"], 5);
  EXPECT_EQ(last["records"].size(), 1u);
}

TEST_F(ServerTest, EveryFilterSelects) {
  EXPECT_EQ(record_ids("from=2020-02-12"), (Ids{"e:shell12", "e:threat"}));
  EXPECT_EQ(record_ids("to=2020-02-10"), (Ids{"e:talks", "e:shell10"}));
  EXPECT_EQ(record_ids("actor=RUS"), (Ids{"e:talks"}));
  EXPECT_EQ(record_ids("source=SYR"), (Ids{"d:fled", "e:threat"}));
  EXPECT_EQ(record_ids("target=TURMIL"), (Ids{"e:talks", "e:threat"}));
  EXPECT_EQ(record_ids("country=RUS"), (Ids{"e:talks"}));
  EXPECT_EQ(record_ids("root=13"), (Ids{"e:threat"}));
  EXPECT_EQ(record_ids("code=04"), (Ids{"e:talks"}));
  EXPECT_EQ(record_ids("place=Ankara"), (Ids{"e:talks"}));
  EXPECT_EQ(record_ids("place=SYR&to=2020-02-10"), (Ids{"e:shell10"}));
  EXPECT_EQ(record_ids("text=diplomaten%20Ankara"), (Ids{"e:talks"}));
  EXPECT_EQ(record_ids("type=displacement"), (Ids{"d:fled"}));
  EXPECT_EQ(record_ids("modality=future"), (Ids{"e:threat"}));
  EXPECT_EQ(record_ids("doc=ankara"), (Ids{"d:fled", "e:threat"}));
  EXPECT_EQ(record_ids("actor=TUR&root=19&from=2020-02-11&to=2020-02-11"), (Ids{"e:shell11"}));
}

TEST_F(ServerTest, PlacesAddUpByQuadClass) {
  const json places = get("/api/places")["places"];
  ASSERT_EQ(places.size(), 2u);
  EXPECT_EQ(places[0]["name"], "Ankara");
  EXPECT_EQ(places[0]["quad_class"], 1);
  EXPECT_EQ(places[1]["name"], "Idlib");
  EXPECT_EQ(places[1]["count"], 3);
  EXPECT_EQ(places[1]["by_quad"], json::parse("[0,0,0,3]"));
  EXPECT_DOUBLE_EQ(places[1]["lat"].get<double>(), 35.93);
  EXPECT_EQ(get("/api/places?root=04")["places"].size(), 1u);
}

TEST_F(ServerTest, TimelineCountsPerDayPerRoot) {
  const json days = get("/api/timeline")["days"];
  ASSERT_EQ(days.size(), 4u);
  EXPECT_EQ(days[0], json::parse(R"({"date":"2020-02-08","count":1,"roots":{"04":1}})"));
  // "" is the displacement.
  EXPECT_EQ(days[2], json::parse(R"({"date":"2020-02-11","count":2,"roots":{"":1,"19":1}})"));
  EXPECT_EQ(get("/api/timeline?from=2020-02-12")["days"],
            json::parse(R"([{"date":"2020-02-12","count":2,"roots":{"13":1,"19":1}}])"));
}

TEST_F(ServerTest, ActorsAndCountriesRankBySidesAndCount) {
  const json actors = get("/api/actors")["actors"];
  ASSERT_GE(actors.size(), 3u);
  EXPECT_EQ(
      actors[0],
      json::parse(R"({"code":"TURMIL","country":"TUR","as_source":3,"as_target":2,"total":5})"));
  EXPECT_EQ(get("/api/actors?limit=1")["actors"].size(), 1u);
  EXPECT_EQ(get("/api/actors?modality=future")["actors"].size(), 2u);
  const json countries = get("/api/countries")["countries"];
  ASSERT_EQ(countries.size(), 3u);
  // Five each: the tie goes by code.
  EXPECT_EQ(countries[0],
            json::parse(R"({"country":"SYR","as_source":2,"as_target":3,"total":5})"));
  EXPECT_EQ(countries[1],
            json::parse(R"({"country":"TUR","as_source":3,"as_target":2,"total":5})"));
  EXPECT_EQ(get("/api/countries?limit=2&country=RUS")["countries"].size(), 2u);
}

TEST_F(ServerTest, NetworkWeighsDyadsOfEvents) {
  const json edges = get("/api/network")["edges"];
  ASSERT_EQ(edges.size(), 3u);  // a displacement is no edge
  EXPECT_EQ(edges[0]["source"], "TURMIL");
  EXPECT_EQ(edges[0]["target"], "SYRMIL");
  EXPECT_EQ(edges[0]["count"], 3);
  EXPECT_EQ(edges[0]["quad_class"], 4);
  EXPECT_DOUBLE_EQ(edges[0]["goldstein"].get<double>(), -10.0);
  EXPECT_EQ(get("/api/network?limit=1")["edges"].size(), 1u);
  EXPECT_EQ(get("/api/network?root=04")["edges"].size(), 1u);
}

TEST_F(ServerTest, DocumentsAreListedAndReadWhole) {
  const json list = get("/api/documents");
  EXPECT_EQ(list["total"], 2);
  ASSERT_EQ(list["documents"].size(), 2u);
  EXPECT_EQ(list["documents"][0]["id"], "idlib");
  EXPECT_EQ(list["documents"][0]["records"], 4);
  EXPECT_EQ(get("/api/documents?limit=1&offset=1")["documents"][0]["id"], "ankara");
  const json doc = get("/api/documents/ankara");
  EXPECT_EQ(doc["text"], "Damascus dreigde. Duizenden burgers vluchtten.");
  EXPECT_EQ(doc["lang"], "nl");
  EXPECT_EQ(get("/api/documents/nowhere", 404)["error"], "no document 'nowhere'");
}

TEST_F(ServerTest, BadParametersAreClear400s) {
  EXPECT_EQ(get("/api/records?from=2020-13-01", 400)["error"],
            "from: '2020-13-01' is not a date YYYY-MM-DD");
  EXPECT_EQ(get("/api/records?to=gisteren", 400)["error"],
            "to: 'gisteren' is not a date YYYY-MM-DD");
  EXPECT_EQ(get("/api/timeline?root=21", 400)["error"], "root: '21' is not a CAMEO root 01..20");
  EXPECT_EQ(get("/api/places?code=19x", 400)["error"], "code: '19x' is not a CAMEO code");
  EXPECT_EQ(get("/api/actors?actor=tur", 400)["error"],
            "actor: 'tur' is not an actor code (TUR, TURMIL)");
  EXPECT_EQ(get("/api/network?country=TURK", 400)["error"],
            "country: 'TURK' is not a country code (TUR)");
  EXPECT_EQ(get("/api/records?modality=maybe", 400)["error"],
            "modality: 'maybe' is not one of asserted, negated, future, hypothetical, reported");
  EXPECT_EQ(get("/api/records?type=x", 400)["error"],
            "type: 'x' is not one of event, displacement");
  EXPECT_EQ(get("/api/records?limit=0", 400)["error"],
            "limit: '0' is not a whole number from 1 to 1000");
  EXPECT_EQ(get("/api/records?limit=1001", 400)["error"],
            "limit: '1001' is not a whole number from 1 to 1000");
  EXPECT_EQ(get("/api/records?offset=-1", 400)["error"],
            "offset: '-1' is not a whole number from 0 to 1000000000");
  EXPECT_EQ(get("/api/network?limit=ten", 400)["error"],
            "limit: 'ten' is not a whole number from 1 to 1000");
  EXPECT_EQ(get("/api/records?root=19&root=20", 400)["error"], "root: given more than once");
  EXPECT_EQ(get("/api/stats?root=19", 400)["error"], "unknown parameter 'root'");
  EXPECT_EQ(get("/api/documents?actor=TUR", 400)["error"], "unknown parameter 'actor'");
  const std::string unknown = get("/api/records?colour=red", 400)["error"];
  EXPECT_EQ(unknown.rfind("unknown parameter 'colour' (known: actor, code,", 0), 0u) << unknown;
  EXPECT_EQ(get("/api/nothing", 404)["error"], "no API endpoint /api/nothing");
}

TEST_F(ServerTest, PastedTextIsCodedNotStored) {
  httplib::Client client("127.0.0.1", port_);
  auto response = client.Post("/api/code", R"({"text":"Turkse soldaten schoten.","lang":"nl"})",
                              "application/json");
  ASSERT_TRUE(response);
  ASSERT_EQ(response->status, 200) << response->body;
  const json coded = json::parse(response->body);
  ASSERT_EQ(coded["records"].size(), 1u);
  EXPECT_EQ(coded["records"][0]["evidence"][0]["text"], "Turkse soldaten schoten.");
  EXPECT_EQ(coded["document"]["text"], "Turkse soldaten schoten.");
  EXPECT_EQ(coded["document"]["lang"], "nl");
  EXPECT_EQ(get("/api/stats")["records"], 6);
}

TEST_F(ServerTest, BadPastesAreClear) {
  httplib::Client client("127.0.0.1", port_);
  auto post = [&](const std::string& body) {
    auto response = client.Post("/api/code", body, "application/json");
    EXPECT_TRUE(response);
    return response ? std::make_pair(response->status, json::parse(response->body)["error"])
                    : std::make_pair(0, json());
  };
  EXPECT_EQ(post("not json"), std::make_pair(400, json("the body is not JSON (at byte 1)")));
  EXPECT_EQ(post("[1]"), std::make_pair(400, json("the body is not a JSON object")));
  EXPECT_EQ(post("{\"text\":\"Turkse \xff soldaten\"}"),
            std::make_pair(400, json("the body has invalid UTF-8 at byte 16")));
  EXPECT_EQ(post(R"({"text":"  "})"), std::make_pair(400, json("text: empty")));
  EXPECT_EQ(post(R"({"text":3})"), std::make_pair(400, json("text: not a string")));
  EXPECT_EQ(post(R"({"text":"x","lang":"fr"})"),
            std::make_pair(400, json("lang: 'fr' is not one of nl, en, auto")));
  EXPECT_EQ(post(R"({"text":"x","date":"11-02-2020"})"),
            std::make_pair(400, json("date: '11-02-2020' is not a date YYYY-MM-DD")));
  EXPECT_EQ(post(R"({"text":")" + std::string(5000, 'a') + "\"}"),
            std::make_pair(413, json("the body is too large")));
  EXPECT_EQ(post(R"({"text":")" + std::string(200, 'a') + "\"}"),
            std::make_pair(413, json("text: 200 bytes, more than the 100 this server codes at "
                                     "once; paste one article")));
}

TEST_F(ServerTest, FailuresInsideTellTheClientNothingButThat) {
  httplib::Client client("127.0.0.1", port_);
  auto response = client.Post("/api/code", R"({"text":"crash"})", "application/json");
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 500);
  EXPECT_EQ(response->body, R"({"error":"internal error"})");
  EXPECT_EQ(response->get_header_value("EXCEPTION_WHAT"), "");
}

TEST_F(ServerTest, AReadOnlyServerStoresNothing) {
  httplib::Client client("127.0.0.1", port_);
  auto response = client.Post("/api/documents", R"({"id":"nieuw","text":"Turkse soldaten."})",
                              "application/json");
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 403);
  EXPECT_EQ(json::parse(response->body)["error"],
            "this server only reads its store (start it with a write token to store)");
  EXPECT_EQ(get("/api/stats")["documents"], 2);
}

TEST_F(ServerTest, RawRequestsOutsideTheWebFolderOrNotHttpAreTurnedAway) {
  for (const std::string target :
       {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
        "/index.html/../../../etc/passwd", "//etc/passwd"}) {
    const std::string answer = server_->answer("GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n");
    EXPECT_EQ(answer.rfind("HTTP/1.1 200", 0), std::string::npos) << target << ": " << answer;
    EXPECT_EQ(answer.find("root:"), std::string::npos) << target;
  }
  EXPECT_EQ(server_->answer(std::string("\x16\x03\x01\x00\xff garbage\r\n\r\n", 17))
                .rfind("HTTP/1.1 400", 0),
            0u);
  const std::string answer = server_->answer("GET /api/documents/%FF HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_EQ(answer.rfind("HTTP/1.1 404", 0), 0u) << answer;
  EXPECT_NE(answer.find("{\"error\":\"no document '\xef\xbf\xbd'\"}"), std::string::npos) << answer;
}

TEST_F(ServerTest, StaticFilesComeOnlyFromTheWebFolderWithSecurityHeaders) {
  httplib::Client client("127.0.0.1", port_);
  auto page = client.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("<title>kroniek</title>"), std::string::npos);
  EXPECT_EQ(page->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(page->get_header_value("X-Frame-Options"), "DENY");
  EXPECT_NE(page->get_header_value("Content-Security-Policy").find("default-src 'self'"),
            std::string::npos);
  auto outside = client.Get("/../../../../etc/passwd");
  ASSERT_TRUE(outside);
  EXPECT_EQ(outside->status, 404);
  EXPECT_EQ(outside->body.find("root:"), std::string::npos);
}

TEST(ServerPaste, ASecondPasteWhileOneIsCodedIsTurnedAwayWhenItWaitedLongEnough) {
  std::promise<void> entered, release;
  std::shared_future<void> released = release.get_future().share();
  ServeSettings settings;
  settings.db = fill_store();
  settings.web_dir = std::filesystem::temp_directory_path().string();
  settings.port = 0;
  settings.paste_wait = std::chrono::milliseconds(0);
  settings.coder = [&entered, released](Document&) {
    entered.set_value();
    released.wait();  // the analyzers are busy until the test says
    return std::vector<Record>{};
  };
  DashboardServer server(settings);
  const int port = server.bind();
  std::thread serving([&server] { server.listen(); });
  const std::string body = R"({"text":"Turkse soldaten schoten.","lang":"nl"})";
  std::thread first([&] {
    httplib::Client client("127.0.0.1", port);
    auto response = client.Post("/api/code", body, "application/json");
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 200) << response->body;
  });
  entered.get_future().wait();
  httplib::Client client("127.0.0.1", port);
  auto second = client.Post("/api/code", body, "application/json");
  ASSERT_TRUE(second);
  EXPECT_EQ(second->status, 503);
  EXPECT_EQ(json::parse(second->body)["error"], "busy coding another text; try again in a moment");
  release.set_value();
  first.join();
  server.stop();
  serving.join();
}

// cpp-httplib ignores a stop() that comes before its listen loop begins; the
// server must not, or a quick test's teardown (or an early Ctrl-C) waits forever.
TEST(ServerStop, AStopRightAfterListenIsCalledOrBeforeEndsIt) {
  ServeSettings settings;
  settings.db = fill_store();
  settings.web_dir = std::filesystem::temp_directory_path().string();
  settings.port = 0;
  for (int round = 0; round < 50; ++round) {
    DashboardServer server(settings);
    server.bind();
    std::thread serving([&server] { server.listen(); });
    server.stop();
    serving.join();
  }
  DashboardServer stopped_first(settings);
  stopped_first.bind();
  stopped_first.stop();
  stopped_first.listen();  // returns at once
}

// A server given a write token, and a client that may hold it.
class ServerWriteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ServeSettings settings;
    settings.db = fill_store();
    settings.web_dir = std::filesystem::temp_directory_path().string();
    settings.port = 0;
    settings.write_token = kToken;
    settings.coder = [](Document& doc) {
      if (doc.lang == "auto") doc.lang = "nl";
      return std::vector<Record>{event("e:stored-" + doc.id, doc.id, "2020-03-01", kTurMil, kSyrMil,
                                       "190", 4, -10.0, doc.text)};
    };
    server_ = std::make_unique<DashboardServer>(settings);
    port_ = server_->bind();
    serving_ = std::thread([this] { server_->listen(); });
  }
  void TearDown() override {
    server_->stop();
    serving_.join();
  }

  httplib::Result post(const std::string& body, const std::string& token) {
    httplib::Client client("127.0.0.1", port_);
    httplib::Headers headers;
    if (!token.empty()) headers.emplace("Authorization", "Bearer " + token);
    return client.Post("/api/documents", headers, body, "application/json");
  }
  json get(const std::string& target) {
    httplib::Client client("127.0.0.1", port_);
    auto response = client.Get(target);
    return response ? json::parse(response->body) : json();
  }

  static constexpr const char* kToken = "0f3a9c2e-token-for-tests";
  std::unique_ptr<DashboardServer> server_;
  std::thread serving_;
  int port_ = 0;
};

TEST_F(ServerWriteTest, OnlyTheTokenStores) {
  const std::string body = R"({"id":"nieuw","text":"Turkse soldaten beschoten Idlib."})";
  for (const std::string token :
       {"", "wrong", "0f3a9c2e-token-for-test", "0f3a9c2e-token-for-testsX"}) {
    auto response = post(body, token);
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 401) << "token '" << token << "'";
    EXPECT_EQ(response->get_header_value("WWW-Authenticate"), "Bearer");
  }
  EXPECT_EQ(get("/api/stats")["documents"], 2);
  auto stored = post(body, kToken);
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->status, 201) << stored->body;
  EXPECT_EQ(json::parse(stored->body)["records"][0]["id"], "e:stored-nieuw");
  EXPECT_EQ(get("/api/stats")["documents"], 3);
  EXPECT_EQ(get("/api/documents/nieuw")["text"], "Turkse soldaten beschoten Idlib.");
  EXPECT_EQ(get("/api/records?doc=nieuw")["total"], 1);
}

TEST_F(ServerWriteTest, StoringTheSameIdAgainReplacesTheDocument) {
  ASSERT_EQ(post(R"({"id":"nieuw","text":"Eerste versie."})", kToken)->status, 201);
  ASSERT_EQ(post(R"({"id":"nieuw","text":"Tweede versie."})", kToken)->status, 201);
  EXPECT_EQ(get("/api/stats")["documents"], 3);
  EXPECT_EQ(get("/api/documents/nieuw")["text"], "Tweede versie.");
}

TEST_F(ServerWriteTest, AStoredDocumentNeedsAnId) {
  for (const std::string body : {R"({"text":"Turkse soldaten."})", R"({"id":"","text":"x"})",
                                 R"({"id":"a\nb","text":"x"})"}) {
    auto response = post(body, kToken);
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 400) << body;
  }
  EXPECT_EQ(get("/api/stats")["documents"], 2);
}

// A coder that holds each text until the test lets it go.
struct HeldCoder {
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  TextCoder coder() {
    return [released = released](Document& doc) {
      released.wait();
      return std::vector<Record>{event("e:held-" + doc.id, doc.id, "2020-03-01", kTurMil, kSyrMil,
                                       "190", 4, -10.0, doc.text)};
    };
  }
};

TEST(ServerPaste, ATextCodedPastTheTimeLimitIsAnsweredWithoutAndAStoredOneIsStoredLater) {
  HeldCoder held;
  ServeSettings settings;
  settings.db = fill_store();
  settings.web_dir = std::filesystem::temp_directory_path().string();
  settings.paste_time = std::chrono::milliseconds(0);
  settings.write_token = "a-token-of-sixteen-or-more";
  settings.coder = held.coder();
  DashboardServer server(settings);
  const std::string paste = "POST /api/code HTTP/1.1\r\nHost: x\r\nContent-Length: 20\r\n\r\n" +
                            std::string(R"({"text":"Turkije."})") + " ";
  const std::string late = server.answer(paste);
  EXPECT_EQ(late.rfind("HTTP/1.1 503", 0), 0u) << late;
  EXPECT_NE(late.find("coding this text takes longer than 0 s; paste a shorter text"),
            std::string::npos)
      << late;
  held.release.set_value();  // the late text ends; the next one is on time
  const std::string body = R"({"id":"later","text":"Turkse soldaten."})";
  const std::string store =
      "POST /api/documents HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + settings.write_token +
      "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  const std::string stored = server.answer(store);
  ASSERT_TRUE(stored.rfind("HTTP/1.1 201", 0) == 0 || stored.rfind("HTTP/1.1 202", 0) == 0)
      << stored;
  std::string listed;
  for (int tries = 0; tries < 500 && listed.find("later") == std::string::npos; ++tries) {
    listed = server.answer("GET /api/documents HTTP/1.1\r\nHost: x\r\n\r\n");
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_NE(listed.find("\"id\":\"later\""), std::string::npos) << listed;
}

TEST(ServerSetup, AMissingWebFolderOrStoreIsAClearError) {
  ServeSettings settings;
  settings.db = test_files::temp_path("missing.db").string();
  settings.web_dir = std::filesystem::temp_directory_path().string();
  try {
    DashboardServer server(settings);
    FAIL() << "served a store that is not there";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("missing.db"), std::string::npos) << e.what();
  }
  settings.db = fill_store();
  settings.web_dir = "/no/such/folder";
  try {
    DashboardServer server(settings);
    FAIL() << "served a folder that is not there";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("/no/such/folder"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace kroniek
