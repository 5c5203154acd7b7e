// `kroniek serve` on a store of 100,000 records: the dashboard's API calls,
// answered over loopback HTTP, as the page makes them.
#include <benchmark/benchmark.h>
#include <httplib.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <thread>

#include "serve/server.h"
#include "store/sqlite_store.h"

namespace {

using kroniek::ActorCode;
using kroniek::Document;
using kroniek::Location;
using kroniek::Record;

constexpr int kRecords = 100'000;
constexpr int kRecordsPerDocument = 20;

std::string iso_day(int days_after_2018) {
  const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::year{2018} / 1 / 1} +
                                        std::chrono::days{days_after_2018}};
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return date;
}

// Records as an archive of five years gives them: 12 countries with 4 roles,
// 30 CAMEO codes of every root, 40 places, 5,000 documents.
std::vector<Record> synthetic_records(int first, int count, std::mt19937& random) {
  static const char* countries[] = {"SYR", "TUR", "RUS", "UKR", "ISR", "LBN",
                                    "SDN", "ETH", "IRN", "IRQ", "USA", "FRA"};
  static const char* roles[] = {"GOV", "MIL", "REB", "CVL"};
  static const char* codes[] = {"010", "020", "036", "040", "042", "046", "051", "057",
                                "061", "071", "080", "090", "100", "111", "112", "120",
                                "130", "138", "140", "150", "160", "172", "173", "180",
                                "181", "190", "193", "194", "195", "200"};
  static const char* words[] = {"troops",   "shelled",  "talks", "ceasefire", "attack", "border",
                                "minister", "villages", "aid",   "convoy",    "rebels", "capital"};
  std::vector<Record> out;
  for (int i = first; i < first + count; ++i) {
    Record r;
    r.id = "e:" + std::to_string(i);
    r.doc = "doc" + std::to_string(i / kRecordsPerDocument);
    r.lang = i % 2 ? "en" : "nl";
    r.date = iso_day(static_cast<int>(random() % 1826));
    auto actor = [&] {
      const std::string country = countries[random() % 12], role = roles[random() % 4];
      return ActorCode{country + role, country, role};
    };
    r.source.code = actor();
    r.target.code = actor();
    r.cameo = codes[random() % 30];
    r.root = r.cameo.substr(0, 2);
    const int root = std::stoi(r.root);
    r.quad_class = root <= 5 ? 1 : root <= 9 ? 2 : root <= 17 ? 3 : 4;
    r.goldstein = root <= 9 ? 3.0 : -5.0;
    const int place = static_cast<int>(random() % 40);
    r.location = Location{"Place" + std::to_string(place),
                          "city",
                          countries[place % 12],
                          30.0 + place * 0.5,
                          30.0 + place * 0.3,
                          std::nullopt};
    std::string text;
    for (int w = 0; w < 12; ++w) text += std::string(words[random() % 12]) + " ";
    r.evidence.push_back({0, 0, text.size(), text, r.doc});
    out.push_back(std::move(r));
  }
  return out;
}

// The store, filled once per run, and a server over it on a free port.
class ServedStore {
 public:
  ServedStore() {
    path_ = (std::filesystem::temp_directory_path() / "kroniek-serve-bench.db").string();
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
    fill();
    web_ = std::filesystem::temp_directory_path() / "kroniek-serve-bench-web";
    std::filesystem::create_directories(web_);
    kroniek::ServeSettings settings;
    settings.db = path_;
    settings.web_dir = web_.string();
    settings.port = 0;
    server_ = std::make_unique<kroniek::DashboardServer>(settings);
    port_ = server_->bind();
    thread_ = std::thread([this] { server_->listen(); });
  }
  ~ServedStore() {
    server_->stop();
    thread_.join();
  }
  int port() const { return port_; }

 private:
  void fill() {
    kroniek::SqliteStore store(path_);
    std::mt19937 random(7);
    constexpr int kBatch = 1000;  // 50 documents a transaction
    for (int first = 0; first < kRecords; first += kBatch) {
      std::vector<Document> documents;
      for (int d = first / kRecordsPerDocument; d < (first + kBatch) / kRecordsPerDocument; ++d) {
        documents.push_back(
            Document{"doc" + std::to_string(d), "nl", iso_day(d % 1826), "", "text"});
      }
      store.replace_documents(documents, synthetic_records(first, kBatch, random));
    }
  }
  std::string path_;
  std::filesystem::path web_;
  std::unique_ptr<kroniek::DashboardServer> server_;
  std::thread thread_;
  int port_ = 0;
};

ServedStore& served() {
  static ServedStore store;
  return store;
}

void BM_Api(benchmark::State& state, const std::string& target) {
  httplib::Client client("127.0.0.1", served().port());
  client.set_keep_alive(true);
  client.set_tcp_nodelay(true);  // as browsers do
  std::size_t bytes = 0;
  for (auto _ : state) {
    auto response = client.Get(target);
    if (!response || response->status != 200) {
      state.SkipWithError((target + ": no 200").c_str());
      break;
    }
    bytes += response->body.size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

// What the dashboard asks when it opens, then with a filter set.
BENCHMARK_CAPTURE(BM_Api, stats, std::string("/api/stats"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Api, records_page, std::string("/api/records?limit=50"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Api, records_deep_page, std::string("/api/records?limit=50&offset=90000"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Api, places, std::string("/api/places"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Api, timeline, std::string("/api/timeline"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Api, actors, std::string("/api/actors?limit=50"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Api, countries, std::string("/api/countries?limit=50"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Api, network, std::string("/api/network?limit=200"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Api, documents, std::string("/api/documents?limit=50"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Api, document, std::string("/api/documents/doc123"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Api, records_filtered,
                  std::string("/api/records?limit=50&actor=TUR&root=19&from=2020-01-01"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Api, records_text, std::string("/api/records?limit=50&text=convoy%20border"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Api, timeline_filtered, std::string("/api/timeline?country=SYR&root=19"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Api, places_filtered, std::string("/api/places?from=2021-01-01&to=2021-12-31"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Api, network_filtered, std::string("/api/network?actor=RUS&limit=200"))
    ->Unit(benchmark::kMillisecond);

}  // namespace
