#!/usr/bin/env bash
# A malformed dictionary line stops kroniek with the file and line number and
# exit status 2, before any document is coded.
# Usage: bad_dictionary.sh <kroniek-binary> <source-dir>
set -euo pipefail
kroniek="$1"
source_dir="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$source_dir/data" "$work/data"
line=$(($(wc -l <"$work/data/actors/countries.txt") + 1))
echo "TUR nl colour Rood" >>"$work/data/actors/countries.txt"
echo "Rusland steunt het Syrische leger." >"$work/doc.txt"

status=0
"$kroniek" code --data "$work/data" --date 2020-02-11 "$work/doc.txt" >"$work/out" 2>"$work/err" \
  || status=$?
((status == 2)) || { echo "bad_dictionary: FAIL: exit status $status, not 2" >&2; exit 1; }
grep -q "countries.txt:$line: unknown kind 'colour'" "$work/err" \
  || { echo "bad_dictionary: FAIL: message does not name file and line:" >&2; cat "$work/err" >&2; exit 1; }
[[ ! -s "$work/out" ]] || { echo "bad_dictionary: FAIL: records printed anyway" >&2; exit 1; }
echo "bad_dictionary: ok"
