#!/usr/bin/env bash
# Load test of `kroniek serve` with wrk over loopback: the dashboard's calls
# (bench/serve_load.lua) against the synthetic store of bench/synthetic_store.h,
# for a fixed time. Reports requests/s, latency p50/p90/p99, errors (socket
# errors, timeouts after 10 s, answers that are not 2xx) and the server's
# memory, sampled every second. Fails (exit 1) on any error, or when the heap
# (anonymous RSS) peaked higher in the second half of the run than in the
# first by more than the tolerance (16 MB). Mapped files are not counted: each
# SQLite connection maps the store, and a connection opens for each request
# in flight, so they grow with the load, not with a leak. BENCHMARKS.md gives the figures.
#
#   bench/serve_load.sh [--short] [--duration S] [--threads N] [--connections N]
#                       [--warmup S] [--records N] [--store PATH] [--build DIR]
#                       [--heap-tolerance-mb MB] [--without LUA-PATTERN]...
#                       [--samples FILE]
#
# --short: 10 s after 2 s of warm-up, on 20,000 records (a CI-sized run).
# --without: leave out the calls whose path matches (e.g. 'network.*text=').
# --samples: keep the memory samples ("seconds VmRSS RssAnon RssFile Pss", kB).
# The store is made by kroniek_make_store when missing (half a minute for
# 100,000 records); kroniek (with its gazetteer index) and kroniek_make_store
# come from --build (build/, which `make build` fills).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
duration=60 threads=2 connections=32 warmup=10 records=100000 store="" build="$here/../build"
tolerance_mb=16 without=() samples=""

usage() {
  sed -n '12,19p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --short) duration=10 warmup=2 records=20000 ;;
    --duration) duration=$2 && shift ;;
    --threads) threads=$2 && shift ;;
    --connections) connections=$2 && shift ;;
    --warmup) warmup=$2 && shift ;;
    --records) records=$2 && shift ;;
    --store) store=$2 && shift ;;
    --build) build=$2 && shift ;;
    --heap-tolerance-mb) tolerance_mb=$2 && shift ;;
    --without) without+=("$2") && shift ;;
    --samples) samples=$2 && shift ;;
    *) usage ;;
  esac
  shift
done
store=${store:-/tmp/kroniek-load-$records.db}
kroniek=$build/kroniek
make_store=$build/bench/kroniek_make_store
for tool in "$kroniek" "$make_store" "$(command -v wrk || echo wrk)"; do
  [[ -x $tool ]] || { echo "serve_load: $tool is missing (build it, or apt-get install wrk)" >&2; exit 2; }
done

work=$(mktemp -d)
server=""
sampler=""
cleanup() {
  if [[ -n $sampler ]]; then kill "$sampler" 2>/dev/null || true; fi
  if [[ -n $server ]]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# ---------------------------------------------------------------- the store and the server

if [[ ! -f $store ]]; then
  echo "serve_load: making $store ($records records)" >&2
  "$make_store" "$store" "$records"
fi

web=$build/web
[[ -d $web ]] || web=$work

# The port from the server's line "serving STORE on http://127.0.0.1:PORT/".
server_port() {
  local port=""
  for _ in $(seq 600); do
    port=$(sed -n 's|.*serving .* on http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/server.log")
    [[ -n $port ]] && break
    kill -0 "$server" 2>/dev/null || break
    sleep 0.1
  done
  echo "$port"
}

# In kB: VmRSS, RssAnon (the heap: where a leak shows), RssFile (mapped files:
# the dictionaries, and the store once for each SQLite connection, which maps
# it) and Pss (the RSS with shared pages divided among their mappings).
rss_kb() {
  awk '/^(VmRSS|RssAnon|RssFile):/ { printf "%s ", $2 }' "/proc/$server/status"
  awk '/^Pss:/ { print $2 }' "/proc/$server/smaps_rollup"
}

# One "seconds vmrss rssanon rssfile pss" line a second while the server runs.
sample_rss() {
  local start=$SECONDS
  while kill -0 "$server" 2>/dev/null; do
    echo "$((SECONDS - start)) $(rss_kb)"
    sleep 1
  done
}

# ---------------------------------------------------------------- the runs

# Runs wrk for $1 seconds into $2; prints nothing.
run_wrk() {
  wrk -t"$threads" -c"$connections" -d"$1s" --timeout 10s --latency \
    -s "$here/serve_load.lua" "http://127.0.0.1:$port" -- "$records" "${without[@]}" >"$2"
}

# Socket errors and answers not 2xx in a wrk output with a LOAD line.
errors_of() {
  local line
  line=$(grep '^LOAD requests=' "$1") || { echo "no LOAD line"; return; }
  local -A v
  for pair in ${line#LOAD }; do v[${pair%%=*}]=${pair#*=}; done
  echo $((v[connect] + v[read] + v[write] + v[timeout] + v[status_errors] + v[not_2xx]))
}

"$kroniek" serve --db "$store" --port 0 --web "$web" >"$work/server.log" 2>&1 &
server=$!
port=$(server_port)
if [[ -z $port ]]; then
  echo "serve_load: the server did not start:" >&2
  cat "$work/server.log" >&2
  exit 1
fi
echo "serve_load: serving $store on port $port (pid $server); load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

run_wrk "$warmup" "$work/warmup.txt"
warmup_errors=$(errors_of "$work/warmup.txt")

sample_rss >"$work/rss.txt" &
sampler=$!
run_wrk "$duration" "$work/run.txt"
sleep 1
kill "$sampler" 2>/dev/null || true
wait "$sampler" 2>/dev/null || true
sampler=""
if [[ -n $samples ]]; then cp "$work/rss.txt" "$samples"; fi
kill -0 "$server" 2>/dev/null || { echo "serve_load: the server died" >&2; cat "$work/server.log" >&2; exit 1; }

# ---------------------------------------------------------------- the report

cat "$work/run.txt"
run_errors=$(errors_of "$work/run.txt")

# Start, peak and end of column $1 of the samples, and its growth over the
# second half of the run: its peak there less its peak in the first half, in
# kB. (The size swings with the answers in flight; a leak raises the peak.)
memory() {
  awk -v c="$1" '
    { t[NR] = $1; kb[NR] = $c; if ($c > peak) peak = $c }
    END {
      for (i = 1; i <= NR; i++) {
        if (2 * t[i] < t[NR]) { if (kb[i] > first) first = kb[i] }
        else if (kb[i] > second) second = kb[i]
      }
      print kb[1], peak, kb[NR], second - first
    }' "$work/rss.txt"
}
mb() { awk -v kb="$1" 'BEGIN { printf "%.1f", kb / 1024 }'; }
describe() {
  local start peak end growth
  read -r start peak end growth < <(memory "$2")
  echo "  $1: start $(mb "$start") MB, peak $(mb "$peak") MB, end $(mb "$end") MB;" \
    "second half's peak over the first's: $(mb "$growth") MB"
}
read -r _ _ _ growth_kb < <(memory 3)

echo
echo "serve_load: $duration s, $threads threads, $connections connections, $records records;" \
  "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "  errors: $run_errors (warm-up: $warmup_errors)"
describe "RSS" 2
describe "  anonymous" 3
describe "  mapped files" 4
describe "PSS" 5
echo "  tolerance for the heap's peak of the second half: $tolerance_mb MB"

status=0
if [[ $run_errors != 0 || $warmup_errors != 0 ]]; then
  echo "serve_load: FAILED: errors" >&2
  grep '^LOAD first error' "$work/warmup.txt" "$work/run.txt" >&2 || true
  status=1
fi
if ((growth_kb > tolerance_mb * 1024)); then
  echo "serve_load: FAILED: the heap grew over the second half" >&2
  status=1
fi
exit $status
