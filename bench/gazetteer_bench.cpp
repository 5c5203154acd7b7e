// The gazetteer index: loading it, and looking names up in it.
#include <benchmark/benchmark.h>

#include "lexicon/gazetteer.h"

namespace {

void BM_GazetteerLoad(benchmark::State& state) {
  std::string path = kroniek::default_gazetteer_path();
  for (auto _ : state) {
    kroniek::Gazetteer gazetteer = kroniek::Gazetteer::load(path);
    benchmark::DoNotOptimize(gazetteer.size());
  }
}
BENCHMARK(BM_GazetteerLoad)->Unit(benchmark::kMillisecond);

// A mix of exonyms, an ambiguous name, a multi-word name and a miss.
void BM_GazetteerLookup(benchmark::State& state) {
  kroniek::Gazetteer gazetteer = kroniek::Gazetteer::load(kroniek::default_gazetteer_path());
  const char* names[] = {"Moskou", "Tripoli", "Den Haag", "Idlib", "Syrië", "Onbekendplaats"};
  std::size_t found = 0;
  for (auto _ : state) {
    for (const char* name : names) found += gazetteer.candidates(name).size();
  }
  benchmark::DoNotOptimize(found);
  state.SetItemsProcessed(state.iterations() * std::size(names));
}
BENCHMARK(BM_GazetteerLookup)->Unit(benchmark::kMicrosecond);

}  // namespace
