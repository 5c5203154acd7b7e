#!/usr/bin/env bash
# `kroniek code --dictionaries DIR` adds a user's dictionaries to ours: PETRARCH
# actor files with dated codes, and actors in kroniek's own format.
# Usage: dictionaries.sh <kroniek-binary> <source-dir>
set -euo pipefail
kroniek="$1"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "dictionaries: FAIL: $*" >&2; exit 1; }

mkdir -p "$dir/user/actors" "$dir/bad"
cat >"$dir/user/freedonia.actors.txt" <<'TXT'
FREEDONIA_ [FRD]
RUFUS_T._FIREFLY_
    [FRDGOV 19330101-19351231]
    [FRDELI]
TXT
echo "SYL en name Sylvania" >"$dir/user/actors/sylvania.txt"

text="Freedonia attacked Sylvania on Monday."
# Without them, neither country is known, so nothing is coded.
[ -z "$(echo "$text" | "$kroniek" code --lang en --date 2020-02-11 -)" ] ||
  fail "coded without the user's dictionaries"
out=$(echo "$text" | "$kroniek" code --lang en --date 2020-02-11 --dictionaries "$dir/user" -)
grep -q '"source":{"code":"FRD"' <<<"$out" || fail "no FRD source: $out"
grep -q '"target":{"code":"SYL"' <<<"$out" || fail "no SYL target: $out"
# A dated PETRARCH code holds on its days only.
person="Rufus T. Firefly attacked Sylvania."
grep -q '"code":"FRDGOV"' <<<"$(echo "$person" | "$kroniek" code --lang en --date 1934-05-01 \
  --dictionaries "$dir/user" -)" || fail "no FRDGOV in 1934"
grep -q '"code":"FRDELI"' <<<"$(echo "$person" | "$kroniek" code --lang en --date 1950-05-01 \
  --dictionaries "$dir/user" -)" || fail "no FRDELI in 1950"

# A malformed line stops loading with its file and line, status 2.
echo "FREEDONIA_ [FRD" >"$dir/bad/broken.actors.txt"
set +e
err=$("$kroniek" code --lang en --dictionaries "$dir/bad" - </dev/null 2>&1)
status=$?
set -e
[ "$status" -eq 2 ] || fail "status $status for a broken dictionary"
grep -q "broken.actors.txt:1:" <<<"$err" || fail "no file and line: $err"
echo "dictionaries: ok"
