#!/usr/bin/env bash
# --lang auto tells each document's language with CLD2: Dutch is coded, a
# language kroniek does not code and a text too short to tell are named on
# stderr with their reason, and the rest of the batch is still coded.
# Usage: lang_auto.sh <kroniek-binary> <source-dir>
set -euo pipefail

kroniek="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() {
  echo "lang_auto: FAIL: $*" >&2
  echo "--- stdout ---" >&2
  cat "$work/out" >&2 || true
  echo "--- stderr ---" >&2
  cat "$work/err" >&2 || true
  exit 1
}

{
  echo '{"id":"duits","text":"Die türkische Armee hat am Sonntag syrische Stellungen in der Provinz Idlib beschossen, teilte das Verteidigungsministerium mit."}'
  echo '{"id":"kort","text":"ok"}'
  echo '{"id":"nederlands","text":"Het Turkse leger heeft zondag Syrische stellingen in de provincie Idlib beschoten. De beschietingen duurden de hele dag."}'
} >"$work/batch.jsonl"

status=0
"$kroniek" code "$work/batch.jsonl" --lang auto --date 2020-02-10 --format tsv >"$work/out" 2>"$work/err" ||
  status=$?
[[ "$status" -eq 1 ]] || fail "exit status $status, want 1 (two documents could not be coded)"
grep -q "duits: .*language 'de' is not coded" "$work/err" || fail "the German document is not named"
grep -q "kort: .*language could not be told" "$work/err" || fail "the short document is not named"
grep -q $'TURMIL\tSYR' "$work/out" || fail "the Dutch document was not coded"
echo "lang_auto: ok"
