#!/usr/bin/env bash
# PETRARCH's own unit-test records (../shared/petrarch/PETR.UnitTest.records.xml,
# with the validation dictionaries its <Environment> names), coded from their
# supplied Penn Treebank parses. The floor is the share reached so far, below
# which a change has broken PETRARCH compatibility; the issue asks for 75%.
# Usage: eval_petrarch.sh <kroniek-binary> <source-dir>
set -euo pipefail
kroniek="$1"
source_dir="$2"
records="$source_dir/../shared/petrarch/PETR.UnitTest.records.xml"
min_share=0.95
out=$("$kroniek" eval --petrarch "$records" --require-passed "$min_share") || {
  echo "$out" >&2
  echo "eval_petrarch: FAIL: fewer than $min_share of the records pass" >&2
  exit 1
}
# Every failed record is named with what was expected and what came out.
grep -q '^FAIL [A-Z]' <<<"$out" || { echo "eval_petrarch: FAIL: no per-record report" >&2; exit 1; }
grep -q '^passed [0-9]* of 284 records' <<<"$out" || {
  echo "eval_petrarch: FAIL: not every record was run" >&2
  exit 1
}
# A file that is not a validation file is an error, not a score.
if "$kroniek" eval --petrarch "$source_dir/README.md" 2>/dev/null; then
  echo "eval_petrarch: FAIL: a non-XML file was scored" >&2
  exit 1
fi
echo "eval_petrarch: ok"
