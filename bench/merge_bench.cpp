// De-duplication of a batch: records of many events, each told several times.
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <random>

#include "dedup/merge.h"

namespace {

// `events` clashes between 64 country pairs, about twenty a day, each reported
// `mentions` times by different documents, shuffled: what a news archive
// gives, many events, few mentions each.
std::vector<kroniek::Record> batch(int events, int mentions) {
  const char* countries[] = {"SYR", "TUR", "RUS", "UKR", "ISR", "LBN", "SDN", "ETH"};
  std::mt19937 random(42);
  std::vector<kroniek::Record> out;
  for (int e = 0; e < events; ++e) {
    kroniek::Record r;
    r.source.code = {countries[e % 8], countries[e % 8], ""};
    r.target.code = {countries[(e / 8) % 8], countries[(e / 8) % 8], ""};
    r.cameo = e % 3 ? "190" : "193";
    r.root = "19";
    const auto day =
        std::chrono::sys_days{std::chrono::year{2000} / 1 / 1} + std::chrono::days{e / 20};
    const std::chrono::year_month_day ymd{day};
    char date[16];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", static_cast<int>(ymd.year()),
                  static_cast<int>(static_cast<unsigned>(ymd.month())),
                  static_cast<int>(static_cast<unsigned>(ymd.day())));
    r.date = date;
    r.date_source = "text";
    for (int m = 0; m < mentions; ++m) {
      kroniek::Record mention = r;
      mention.doc = "doc" + std::to_string(e * mentions + m);
      mention.id = "e:" + std::to_string(random());
      mention.evidence.push_back({0, 0, 10, "sentence", mention.doc});
      out.push_back(mention);
    }
  }
  std::shuffle(out.begin(), out.end(), random);
  return out;
}

void BM_MergeDuplicates(benchmark::State& state) {
  const std::vector<kroniek::Record> records = batch(static_cast<int>(state.range(0)), 3);
  for (auto _ : state) {
    std::vector<kroniek::Record> merged = kroniek::merge_duplicates(records);
    benchmark::DoNotOptimize(merged.size());
  }
  state.SetItemsProcessed(state.iterations() * records.size());
}
BENCHMARK(BM_MergeDuplicates)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

}  // namespace
