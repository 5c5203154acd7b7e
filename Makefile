# kroniek: `make demo` and `make test` work from a clean clone (setup runs once per build dir).
SHELL := /bin/bash
BUILD_DIR := build
BUILD_TYPE := RelWithDebInfo
JOBS := 2
SETUP_STAMP := $(BUILD_DIR)/.setup-done
EXAMPLES := $(wildcard examples/*.txt)

.PHONY: all setup build demo test bench check-build sanitize fuzz format clean

all: build

setup:
	bash scripts/setup
	mkdir -p $(BUILD_DIR)
	touch $(SETUP_STAMP)

$(SETUP_STAMP): scripts/setup
	bash scripts/setup
	mkdir -p $(BUILD_DIR)
	touch $@

build: $(SETUP_STAMP)
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)
	cmake --build $(BUILD_DIR) -j$(JOBS)

demo: build
	@if [ -z "$(EXAMPLES)" ]; then echo "demo: no examples/*.txt" >&2; exit 1; fi
	$(BUILD_DIR)/kroniek code --lang nl $(EXAMPLES)

# A test that hangs fails after 10 minutes (the slowest takes under 30 s) instead of holding CI.
test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure --timeout 600

# Throughput (BENCHMARKS.md): kroniek code on 2,000 Dutch and 2,000 English synthetic news
# documents beside frog and link-parser on the same texts, then the stages after analysis
# (Google Benchmark). Not part of `make test`: it takes about twenty minutes on 2 cores.
bench: build
	bash bench/corpus_throughput.sh $(BUILD_DIR)
	$(BUILD_DIR)/bench/kroniek_bench --benchmark_filter='BM_Stage' --benchmark_min_time=1

# Hostile input: one clang build with AddressSanitizer, UndefinedBehaviorSanitizer and the
# libFuzzer targets (cmake/sanitize.cmake, fuzz/), apart from the normal build.
CHECK_DIR := build-check
check-build: $(SETUP_STAMP)
	cmake -S . -B $(CHECK_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
	  -DKRONIEK_SANITIZE=ON -DKRONIEK_FUZZ=ON
	cmake --build $(CHECK_DIR) -j$(JOBS)

# Every test under the sanitizers.
sanitize: check-build
	bash scripts/sanitize $(CHECK_DIR)

# Every fuzz target for a bounded time, from its seed corpus.
fuzz: check-build
	bash scripts/fuzz $(CHECK_DIR)

format:
	find src tests bench \( -name '*.cpp' -o -name '*.h' \) -print0 2>/dev/null \
	  | xargs -0 -r clang-format -i

clean:
	rm -rf $(BUILD_DIR) $(CHECK_DIR)
