#!/usr/bin/env bash
# Coding two documents at once (in two processes, and on two threads of one)
# with lazy analysis (parsing only the sentences that may
# give an event, tagging entities only where they could change a place) must
# print exactly what one thread with every sentence fully analysed prints, record for record and in the same order, on the Dutch gold articles;
# --stats must count them; JSONL on standard input is coded as it streams in.
# Usage: threads_and_lazy.sh <kroniek-binary> <source-dir>
set -euo pipefail
kroniek="$1"
source_dir="$2"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
fail() {
  echo "threads_and_lazy: FAIL: $*" >&2
  exit 1
}
articles=("$source_dir"/tests/gold/nl/*.nl.txt)

"$kroniek" code --lang nl --date 2020-02-11 --all-modalities --threads 1 --analysis full \
  "${articles[@]}" >"$dir/full.jsonl"
"$kroniek" code --lang nl --date 2020-02-11 --all-modalities --threads 2 \
  --stats "$dir/stats.json" "${articles[@]}" >"$dir/lazy.jsonl"
[ -s "$dir/full.jsonl" ] || fail "the gold articles coded to nothing"
cmp -s "$dir/full.jsonl" "$dir/lazy.jsonl" ||
  fail "two coding processes with lazy analysis differ from one thread with full analysis: $(diff "$dir/full.jsonl" "$dir/lazy.jsonl" | head -5)"
"$kroniek" code --lang nl --date 2020-02-11 --all-modalities --threads 2 --parallel threads \
  "${articles[@]}" >"$dir/threads.jsonl"
cmp -s "$dir/full.jsonl" "$dir/threads.jsonl" ||
  fail "two threads of one process differ from one thread: $(diff "$dir/full.jsonl" "$dir/threads.jsonl" | head -5)"

# The figures: every article, its tokens, each stage's seconds.
python3 - "$dir/stats.json" "${#articles[@]}" <<'PY' || fail "--stats: $(cat "$dir/stats.json")"
import json, sys
stats = json.load(open(sys.argv[1]))
assert stats["documents"] == int(sys.argv[2]), stats
assert stats["threads"] == 2 and stats["analysis"] == "lazy", stats
assert stats["parallel"] == "processes" and stats["coding_process_peak_rss_mb"] > 0, stats
assert stats["tokens"] > 100 * stats["documents"] / 2, stats
assert stats["cpu_seconds"] > 0 and stats["peak_rss_mb"] > 0, stats
assert set(stats["stages"]) == {"read", "load", "analyze", "code", "resolve", "merge", "write"}, stats
assert stats["stages"]["analyze"] > stats["stages"]["code"], stats
# Lazy: some sentences left without a parse, and some without entity tags.
sentences = stats["sentences"]
assert 0 < sentences["parsed"] < sentences["all"], sentences
assert 0 < sentences["entity_tagged"] < sentences["all"], sentences
PY

# JSONL through a pipe, one article a line with the id and date its file name
# gives, codes to the same records.
python3 - "${articles[@]:0:3}" >"$dir/three.jsonl" <<'PY'
import json, os, re, sys
for path in sys.argv[1:]:
    name = os.path.basename(path)[: -len(".txt")]
    date = re.search(r"\d{4}-\d\d-\d\d", name).group(0)
    text = open(path, encoding="utf-8").read()
    print(json.dumps({"id": name, "text": text, "lang": "nl", "date": date}))
PY
"$kroniek" code --date 2020-02-11 --all-modalities --threads 2 - <"$dir/three.jsonl" >"$dir/piped.jsonl"
"$kroniek" code --lang nl --date 2020-02-11 --all-modalities --threads 1 "${articles[@]:0:3}" \
  >"$dir/files.jsonl"
cmp -s "$dir/piped.jsonl" "$dir/files.jsonl" ||
  fail "JSONL on standard input differs from the files: $(diff "$dir/piped.jsonl" "$dir/files.jsonl" | head -5)"
echo "threads_and_lazy: ok ($(wc -l <"$dir/full.jsonl") records the same both ways)"
