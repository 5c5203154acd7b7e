#!/usr/bin/env bash
# `kroniek code --db` and `kroniek query`: documents and records into a SQLite
# store, idempotently, and back out with filters in every format.
# Usage: store.sh <kroniek-binary> <source-dir>
set -euo pipefail
kroniek="$1"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "store: FAIL: $*" >&2; exit 1; }
db="$dir/events.db"

cat >"$dir/news.jsonl" <<'JSONL'
{"id":"a","lang":"en","date":"2020-02-11","text":"Turkish troops shelled Syrian army positions in Idlib on Monday."}
{"id":"b","lang":"en","date":"2020-03-05","text":"Russia and Turkey signed a ceasefire agreement in Moscow on Thursday."}
JSONL
"$kroniek" code --db "$db" "$dir/news.jsonl" 2>"$dir/err" >"$dir/out" || fail "code --db: $(cat "$dir/err")"
[ ! -s "$dir/out" ] || fail "code --db printed records"
grep -q "records of 2 documents stored" "$dir/err" || fail "no summary: $(cat "$dir/err")"
total=$("$kroniek" query --db "$db" --count)
[ "$total" -ge 3 ] || fail "only $total records stored"

# Coding the same documents again changes nothing; a re-coded document replaces its records.
"$kroniek" code --db "$db" "$dir/news.jsonl" 2>/dev/null
[ "$("$kroniek" query --db "$db" --count)" = "$total" ] || fail "re-coding added records"
echo '{"id":"b","lang":"en","date":"2020-03-05","text":"Russia criticised Turkey."}' |
  "$kroniek" code --db "$db" - 2>/dev/null
"$kroniek" query --db "$db" --doc b | grep -q '"cameo":"11' || fail "document b was not replaced"
[ -z "$("$kroniek" query --db "$db" --doc b --root 08)" ] || fail "old records of b remain"

# Filters, and every format.
"$kroniek" query --db "$db" --root 19 --country SYR | grep -q '"source":{"code":"TURMIL"' ||
  fail "no TURMIL attack on Syria"
[ -z "$("$kroniek" query --db "$db" --from 2020-03-01 --root 19)" ] || fail "date filter"
"$kroniek" query --db "$db" --text "positions Idlib" | grep -q '"doc":"a"' || fail "text search"
"$kroniek" query --db "$db" --place Idlib --format tsv | head -1 | grep -q $'^id\tdate\tsource' ||
  fail "tsv header"
"$kroniek" query --db "$db" --format geojson | grep -q '"type":"FeatureCollection"' || fail "geojson"
"$kroniek" query --db "$db" --format csv --limit 1 | grep -c . | grep -qx 2 || fail "csv with --limit 1"

# Bad parameters: a clear message and a non-zero status, never an empty answer.
for bad in "--from 2020-13-45" "--root 99" "--country turkey" "--limit 0" "--type war"; do
  # shellcheck disable=SC2086
  if "$kroniek" query --db "$db" $bad >/dev/null 2>"$dir/err"; then fail "accepted $bad"; fi
  [ -s "$dir/err" ] || fail "no message for $bad"
done
if "$kroniek" query --db "$dir/missing.db" 2>/dev/null; then fail "queried a missing store"; fi
echo "not a database" >"$dir/text.db"
if "$kroniek" code --db "$dir/text.db" "$dir/news.jsonl" 2>"$dir/err"; then fail "wrote into a text file"; fi
grep -q "text.db" "$dir/err" || fail "the bad store is not named: $(cat "$dir/err")"
echo "store: ok"
