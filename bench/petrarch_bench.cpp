// Loading the Phoenix dictionaries in the PETRARCH formats from ../shared/petrarch: time
// per load, what was read, and memory: the process's peak resident size and how far a
// benchmark raised it (run one benchmark per process to see what its load needs).
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "lexicon/petrarch_dictionaries.h"

namespace {

// The shared directory sits beside the checkout; KRONIEK_PETRARCH_DIR overrides it.
std::string petrarch_file(const std::string& name) {
  const char* dir = std::getenv("KRONIEK_PETRARCH_DIR");
  std::string base = dir ? dir : std::string(KRONIEK_DATA_DIR) + "/../../shared/petrarch";
  return base + "/" + name;
}

double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  // Linux reports KiB
}

const kroniek::PetrarchLoadOptions kSkip{kroniek::MalformedLine::skip};

// The peak before any benchmark ran: the program itself.
const double kPeakRssAtStart = peak_rss_mb();

// peak_rss_above_start_MB is how far the peak rose above the program's own: what a load
// needs at its height (file, dictionary, scratch), when the benchmark runs alone.
void report(benchmark::State& state, std::size_t entries, std::size_t phrases,
            std::size_t skipped) {
  state.counters["entries"] = static_cast<double>(entries);
  state.counters["phrases"] = static_cast<double>(phrases);
  state.counters["skipped_lines"] = static_cast<double>(skipped);
  state.counters["peak_rss_MB"] = peak_rss_mb();
  state.counters["peak_rss_above_start_MB"] = peak_rss_mb() - kPeakRssAtStart;
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(entries));
}

// Counts of what one load read, for the counters.
struct Loaded {
  std::size_t entries = 0, phrases = 0, skipped = 0;
};

// Times `load` (one dictionary is alive at a time, as at start-up) and reports counts and
// memory.
template <class Load>
void run(benchmark::State& state, Load load) {
  Loaded loaded;
  for (auto _ : state) loaded = load();
  report(state, loaded.entries, loaded.phrases, loaded.skipped);
}

void BM_PetrarchActors(benchmark::State& state, const char* name) {
  std::string path = petrarch_file(name);
  run(state, [&] {
    auto dict = kroniek::load_petrarch_actors(path, kSkip);
    return Loaded{dict.actors.size(), dict.phrase_count(), dict.skipped.size()};
  });
}
BENCHMARK_CAPTURE(BM_PetrarchActors, countries, "Phoenix.Countries.actors.txt")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_PetrarchActors, international, "Phoenix.International.actors.txt")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_PetrarchActors, milnonstate, "Phoenix.MilNonState.actors.txt")
    ->Unit(benchmark::kMillisecond);

void BM_PetrarchAgents(benchmark::State& state) {
  std::string path = petrarch_file("Phoenix.agents.txt");
  run(state, [&] {
    auto dict = kroniek::load_petrarch_agents(path, kSkip);
    return Loaded{dict.agents.size(), dict.phrase_count(), dict.skipped.size()};
  });
}
BENCHMARK(BM_PetrarchAgents)->Unit(benchmark::kMillisecond);

void BM_PetrarchDiscards(benchmark::State& state) {
  std::string path = petrarch_file("Phoenix.discards.txt");
  run(state, [&] {
    auto list = kroniek::load_petrarch_discards(path, kSkip);
    return Loaded{list.discards.size(), list.discards.size(), list.skipped.size()};
  });
}
BENCHMARK(BM_PetrarchDiscards)->Unit(benchmark::kMillisecond);

// Entries are the verbs; phrases the patterns.
void BM_PetrarchVerbs(benchmark::State& state) {
  std::string path = petrarch_file("CAMEO.2.0.txt");
  run(state, [&] {
    auto dict = kroniek::load_petrarch_verbs(path, kSkip);
    return Loaded{dict.verb_count(), dict.pattern_count(), dict.skipped.size()};
  });
}
BENCHMARK(BM_PetrarchVerbs)->Unit(benchmark::kMillisecond);

// All six files, as a coder would load them at start-up: all alive at once.
void BM_PetrarchPhoenixSet(benchmark::State& state) {
  run(state, [] {
    Loaded total;
    std::vector<kroniek::PetrarchActorDictionary> actors;
    for (const char* name : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                             "Phoenix.MilNonState.actors.txt"}) {
      actors.push_back(kroniek::load_petrarch_actors(petrarch_file(name), kSkip));
      total.entries += actors.back().actors.size();
      total.phrases += actors.back().phrase_count();
      total.skipped += actors.back().skipped.size();
    }
    auto agents = kroniek::load_petrarch_agents(petrarch_file("Phoenix.agents.txt"), kSkip);
    auto discards = kroniek::load_petrarch_discards(petrarch_file("Phoenix.discards.txt"), kSkip);
    auto verbs = kroniek::load_petrarch_verbs(petrarch_file("CAMEO.2.0.txt"), kSkip);
    total.entries += agents.agents.size() + discards.discards.size() + verbs.verb_count();
    total.phrases += agents.phrase_count() + discards.discards.size() + verbs.pattern_count();
    total.skipped += agents.skipped.size() + discards.skipped.size() + verbs.skipped.size();
    return total;
  });
}
BENCHMARK(BM_PetrarchPhoenixSet)->Unit(benchmark::kMillisecond);

}  // namespace
