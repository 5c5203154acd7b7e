// `kroniek serve` on a store of 100,000 records: the dashboard's API calls,
// answered over loopback HTTP, as the page makes them.
#include <benchmark/benchmark.h>
#include <httplib.h>

#include <filesystem>
#include <thread>

#include "serve/server.h"
#include "store/sqlite_store.h"
#include "synthetic_store.h"

namespace {

constexpr int kRecords = 100'000;

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
    kroniek::synthetic::fill(store, kRecords);
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
