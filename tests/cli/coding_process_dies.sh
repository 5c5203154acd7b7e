#!/usr/bin/env bash
# A coding process killed mid-batch (as a crash inside an analyzer would end
# it) fails the one document it had, named with the reason, and the other
# process codes the rest: the same records as a run where nothing died, exit
# status 1. With both killed, every document left fails, named, and kroniek
# ends. Killed itself, kroniek takes its coding processes with it.
# Usage: coding_process_dies.sh <kroniek-binary> <source-dir>
set -euo pipefail
kroniek="$1"
source_dir="$2"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
fail() {
  echo "coding_process_dies: FAIL: $*" >&2
  exit 1
}

# 30 documents: the gold articles, each under a few ids.
python3 - "$source_dir"/tests/gold/nl/*.nl.txt >"$dir/batch.jsonl" <<'PY'
import json, sys
articles = [open(p, encoding="utf-8").read() for p in sys.argv[1:]]
for n in range(30):
    print(json.dumps({"id": f"doc-{n:02}", "text": articles[n % len(articles)], "lang": "nl"}))
PY
options=(--date 2020-02-11 --merge none --all-modalities)

# Starts kroniek on the batch with two coding processes (output to $1.jsonl,
# stderr to $1.err, figures to $1.stats) and returns once records come out:
# both processes are coding. Sets kroniek_pid and children.
start_coding() {
  "$kroniek" code "${options[@]}" --threads 2 --stats "$dir/$1.stats" "$dir/batch.jsonl" \
    >"$dir/$1.jsonl" 2>"$dir/$1.err" &
  kroniek_pid=$!
  for _ in $(seq 600); do
    [ -s "$dir/$1.jsonl" ] && break
    kill -0 "$kroniek_pid" 2>/dev/null || break
    sleep 0.1
  done
  children=($(pgrep -P "$kroniek_pid" || true))
  [ "${#children[@]}" -eq 2 ] || fail "expected two coding processes, found ${#children[@]}"
}

# Waits for kroniek; fails unless it ended with status 1.
expect_status_1() {
  local status=0
  { wait "$kroniek_pid"; } 2>/dev/null || status=$?
  [ "$status" -eq 1 ] || fail "exit status $status, not 1: $(cat "$dir/$1.err")"
}

# Fails unless every process named has ended, within five seconds.
expect_ended() {
  for _ in $(seq 50); do
    local alive=0
    for pid in "$@"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" -eq 0 ] && return
    sleep 0.1
  done
  fail "a coding process outlived kroniek"
}

# One killed: one document fails, the other process codes the rest.
start_coding one
kill -KILL "${children[0]}"
expect_status_1 one
grep -q "^kroniek: doc-[0-9]*: could not be coded: its coding process was killed by signal 9" \
  "$dir/one.err" || fail "no message naming the document and the signal: $(cat "$dir/one.err")"
[ "$(grep -c "could not be coded" "$dir/one.err")" -eq 1 ] ||
  fail "more than one document failed: $(cat "$dir/one.err")"
lost="$(sed -n 's/^kroniek: \(doc-[0-9]*\): could not be coded.*/\1/p' "$dir/one.err")"
python3 -c '
import json, sys
stats = json.load(open(sys.argv[1]))
assert stats["documents"] == 29 and stats["failed"] == 1, stats
' "$dir/one.stats" || fail "--stats: $(cat "$dir/one.stats")"
expect_ended "${children[@]}"

"$kroniek" code "${options[@]}" --threads 1 "$dir/batch.jsonl" >"$dir/expected.jsonl"
grep -v "\"doc\":\"$lost\"" "$dir/expected.jsonl" >"$dir/expected-without.jsonl" || true
[ -s "$dir/expected-without.jsonl" ] || fail "the batch coded to nothing"
cmp -s "$dir/one.jsonl" "$dir/expected-without.jsonl" ||
  fail "the other documents' records differ: $(diff "$dir/one.jsonl" "$dir/expected-without.jsonl" | head -5)"

# Both killed: the documents left fail, each named, and kroniek ends.
start_coding both
kill -KILL "${children[@]}"
expect_status_1 both
python3 -c '
import json, re, sys
stats = json.load(open(sys.argv[1]))
failed = re.findall(r"^kroniek: (doc-\d+): could not be coded", open(sys.argv[2]).read(), re.M)
assert stats["failed"] == len(set(failed)) == len(failed) >= 2, (stats, failed)
assert stats["documents"] + stats["failed"] == 30, stats
' "$dir/both.stats" "$dir/both.err" || fail "both killed: $(cat "$dir/both.stats" "$dir/both.err")"

# kroniek killed: its coding processes end with it.
start_coding parent
kill -KILL "$kroniek_pid"
{ wait "$kroniek_pid"; } 2>/dev/null || true
expect_ended "${children[@]}"

echo "coding_process_dies: ok ($lost failed, $(wc -l <"$dir/one.jsonl") records of the other 29 the same)"
