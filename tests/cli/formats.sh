#!/usr/bin/env bash
# Output formats: JSONL records carry every field of the DESIGN.md contract,
# TSV rows have as many columns as the header, and ids are stable across runs.
# Frog loads twice (seconds each, more under the sanitizers): one run prints,
# the other stores, and the store gives the other formats.
# Usage: formats.sh <kroniek-binary> <source-dir>
set -euo pipefail
kroniek="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "formats: FAIL: $*" >&2; exit 1; }

printf '%s\n' '{"id":"a1","date":"2021-05-11","text":"Rusland heeft de Oekraïense hoofdstad Kyiv opnieuw gebombardeerd. Frankrijk en Duitsland veroordeelden Moskou daarom scherp."}' \
  >"$work/in.jsonl"

"$kroniek" code --lang nl "$work/in.jsonl" >"$work/a.jsonl"
"$kroniek" code --lang nl --db "$work/events.db" "$work/in.jsonl" 2>/dev/null
"$kroniek" query --db "$work/events.db" >"$work/b.jsonl"
[[ -s "$work/a.jsonl" ]] || fail "no records"
[[ "$(sort "$work/a.jsonl")" == "$(sort "$work/b.jsonl")" ]] \
  || fail "two runs gave different records: $(diff <(sort "$work/a.jsonl") <(sort "$work/b.jsonl"))"

python3 - "$work/a.jsonl" <<'PY' || fail "JSONL records do not meet the contract"
import json, sys
fields = ["id", "type", "doc", "lang", "date", "date_end", "date_text", "source", "target",
          "cameo", "root", "quad_class", "goldstein", "plover", "modality", "location",
          "quantities", "evidence", "mentions", "confidence"]
for line in open(sys.argv[1]):
    r = json.loads(line)
    missing = [f for f in fields if f not in r]
    assert not missing, missing
    assert r["doc"] == "a1" and r["date"] == "2021-05-11", r
    assert r["cameo"].startswith(r["root"]) and 1 <= r["quad_class"] <= 4, r
    for side in ("source", "target"):
        assert set(r[side]) >= {"code", "country", "role", "text"}, r[side]
    e = r["evidence"][0]
    assert e["end"] > e["start"] and e["text"], e
PY

"$kroniek" query --db "$work/events.db" --format tsv >"$work/out.tsv"
header_columns="$(head -1 "$work/out.tsv" | awk -F'\t' '{print NF}')"
awk -F'\t' -v n="$header_columns" 'NR > 1 && NF != n { exit 1 }' "$work/out.tsv" \
  || fail "a TSV row does not have $header_columns columns"
(($(wc -l <"$work/out.tsv") == $(wc -l <"$work/a.jsonl") + 1)) || fail "TSV and JSONL disagree"
"$kroniek" query --db "$work/events.db" --format csv >"$work/out.csv"
"$kroniek" query --db "$work/events.db" --format geojson >"$work/out.geojson"
python3 - "$work/out.csv" "$work/out.geojson" "$work/a.jsonl" <<'PY' || fail "CSV or GeoJSON do not match the JSONL records"
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
collection = json.load(open(sys.argv[2]))
records = [json.loads(line) for line in open(sys.argv[3])]
assert sorted(r["id"] for r in rows) == sorted(r["id"] for r in records), rows
assert collection["type"] == "FeatureCollection"
assert sorted(f["properties"]["id"] for f in collection["features"]) == sorted(r["id"] for r in records)
assert all(f["type"] == "Feature" for f in collection["features"])
PY
echo "formats: ok"
