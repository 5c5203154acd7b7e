#!/usr/bin/env bash
# Two newsrooms report one clash a day apart: `kroniek code` prints it once with
# both articles as evidence (--merge batch, the default), once per document
# with --merge document, and every mention with --merge none. The same batch
# in the other order gives the same records.
# Usage: merge.sh <kroniek-binary> <source-dir>
set -euo pipefail

kroniek="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() {
  echo "merge: FAIL: $*" >&2
  exit 1
}

printf '%s\n' \
  '{"id":"a","date":"2022-05-16","text":"Russische troepen hebben zondag de Oekraïense stad Charkiv beschoten. Daarbij kwamen zeker vier burgers om."}' \
  '{"id":"b","date":"2022-05-16","text":"Het Russische leger heeft gisteren Charkiv opnieuw beschoten."}' \
  >"$work/ab.jsonl"
tac "$work/ab.jsonl" >"$work/ba.jsonl"

"$kroniek" code --lang nl "$work/ab.jsonl" >"$work/batch.jsonl"
"$kroniek" code --lang nl "$work/ba.jsonl" >"$work/batch-reversed.jsonl"
"$kroniek" code --lang nl --merge none "$work/ab.jsonl" >"$work/none.jsonl"

python3 - "$work/batch.jsonl" "$work/batch-reversed.jsonl" "$work/none.jsonl" <<'PY' || fail "records not merged as expected"
import json, sys

def load(path):
    return [json.loads(line) for line in open(path)]

def shelling(records):
    return [r for r in records
            if r["source"] and r["source"]["code"] == "RUSMIL"
            and r["target"] and r["target"]["country"] == "UKR" and r["root"] == "19"]

batch, reversed_batch, none = load(sys.argv[1]), load(sys.argv[2]), load(sys.argv[3])
merged = shelling(batch)
assert len(merged) == 1, merged
assert merged[0]["mentions"] == 2, merged[0]
assert sorted(e["doc"] for e in merged[0]["evidence"]) == ["a", "b"], merged[0]["evidence"]
assert merged[0]["date"] == "2022-05-15", merged[0]["date"]
assert merged[0]["location"]["geonameid"] == 706483, merged[0]["location"]
assert any(q["kind"] == "killed" and q["min"] == 4 for q in merged[0]["quantities"])
assert [r["id"] for r in batch] == [r["id"] for r in reversed_batch], "order of input matters"
separate = shelling(none)
assert len(separate) == 2 and all(r["mentions"] == 1 for r in separate), separate
PY
echo "merge: ok"
