#!/usr/bin/env bash
# Bad input never crashes and never silently drops a document: each bad document is named on
# stderr with its reason, the exit status says so, and the good documents are still coded.
# Usage: bad_input.sh <kroniek-binary> <source-dir>
set -euo pipefail

kroniek="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() {
  echo "bad_input: FAIL: $*" >&2
  echo "--- stdout ---" >&2
  cat "$work/out" >&2 || true
  echo "--- stderr ---" >&2
  cat "$work/err" >&2 || true
  exit 1
}

printf 'Rusland steunt het Syrische leger.\nTurkije heeft maandag Syrische soldaten aangevallen.\n' \
  >"$work/good.txt"
printf 'Rusland steunt \xff\xfe het Syrische leger.\n' >"$work/bad-utf8.txt"
: >"$work/empty.txt"
head -c 5000000 /dev/zero | tr '\0' 'a' >"$work/huge.txt"  # over the 4 MiB limit
{
  echo '{"id":"goed-1","text":"Rusland steunt het Syrische leger.","date":"2020-02-11"}'
  echo 'dit is geen json'
  echo '{"id":"goed-2","text":"Turkije heeft Syrische soldaten aangevallen.","lang":"nl"}'
} >"$work/mixed.jsonl"

status=0
timeout 600 "$kroniek" code --lang nl --date 2020-02-11 \
  "$work/good.txt" "$work/bad-utf8.txt" "$work/empty.txt" "$work/huge.txt" "$work/mixed.jsonl" \
  >"$work/out" 2>"$work/err" || status=$?

((status != 0)) || fail "exit status 0 despite bad documents"
((status < 124)) || fail "exit status $status: crashed, killed or timed out"

grep -q "bad-utf8.txt: .*invalid UTF-8" "$work/err" || fail "stderr does not report the invalid UTF-8 file"
grep -q "empty.txt: .*empty document" "$work/err" || fail "stderr does not report the empty file"
grep -q "huge.txt: larger than the limit" "$work/err" || fail "stderr does not report the huge file"
grep -q "mixed.jsonl:line 2: .*JSON" "$work/err" || fail "stderr does not report the non-JSON line"

for good in "good.txt" "goed-1" "goed-2" "mixed.jsonl:line 1" "mixed.jsonl:line 3"; do
  if grep -qF "$good" "$work/err"; then fail "stderr reports a good document: $good"; fi
done

records="$(grep -c '^{' "$work/out" || true)"
((records >= 1)) || fail "no records on stdout: the good documents were not coded"

for good in '"doc":"good"' '"doc":"goed-1"' '"doc":"goed-2"'; do
  grep -qF "$good" "$work/out" || fail "no record from the good document $good"
done

bad_docs="$(grep -o '"doc":"[^"]*"' "$work/out" | grep -v -e '"good"' -e '"goed-1"' -e '"goed-2"' || true)"
[[ -z "$bad_docs" ]] || fail "records from documents that should have been rejected: $bad_docs"

echo "bad_input: ok ($records records, exit status $status)"
