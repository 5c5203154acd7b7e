#!/usr/bin/env bash
# `kroniek serve` as users start it: the real binary on a store coded from
# English news, every endpoint over HTTP, and pasted text coded by the real
# English analyzer. (tests/unit/server_test.cpp covers each filter and error.)
# Usage: serve.sh <kroniek-binary> <source-dir>
set -euo pipefail
kroniek="$1"
dir=$(mktemp -d)
server=""
cleanup() {
  [ -z "$server" ] || kill "$server" 2>/dev/null || true
  rm -rf "$dir"
}
trap cleanup EXIT
fail() { echo "serve: FAIL: $*" >&2; exit 1; }

cat >"$dir/news.jsonl" <<'JSONL'
{"id":"a","lang":"en","date":"2020-02-11","text":"Turkish troops shelled Syrian army positions in Idlib on Monday."}
{"id":"b","lang":"en","date":"2020-03-05","text":"Russia and Turkey signed a ceasefire agreement in Moscow on Thursday."}
JSONL
"$kroniek" code --db "$dir/events.db" "$dir/news.jsonl" 2>/dev/null || fail "code --db"
mkdir "$dir/web"
echo '<!doctype html><title>dashboard</title>' >"$dir/web/index.html"

"$kroniek" serve --db "$dir/events.db" --port 0 --web "$dir/web" 2>"$dir/log" &
server=$!
port=""
for _ in $(seq 1 100); do
  port=$(grep -o '127\.0\.0\.1:[0-9]*' "$dir/log" | cut -d: -f2 || true)
  [ -n "$port" ] && break
  kill -0 "$server" 2>/dev/null || fail "serve exited: $(cat "$dir/log")"
  sleep 0.1
done
[ -n "$port" ] || fail "serve did not say its port: $(cat "$dir/log")"
url="http://127.0.0.1:$port"

# GET path: the body; the status must be 200.
get() { curl -sS --fail-with-body "$url$1" || fail "GET $1"; }

get /api/stats | grep -q '"documents":2' || fail "stats"
get '/api/records?actor=TUR&limit=5' | grep -q '"text":"Turkish troops shelled' || fail "records"
get /api/places | grep -q '"name":"Idlib"' || fail "places"
get /api/timeline | grep -Eq '"date":"2020-02-10","roots":\{[^}]*"19":[1-9]' || fail "timeline: $(get /api/timeline)"
get /api/actors | grep -q '"code":"TURMIL"' || fail "actors"
get /api/countries | grep -q '"country":"SYR"' || fail "countries"
get /api/network | grep -q '"source":"TURMIL","target":"SYRMIL"' || fail "network: $(get /api/network)"
get /api/documents | grep -q '"id":"b"' || fail "documents"
get /api/documents/a | grep -q '"text":"Turkish troops shelled' || fail "a document"
get / | grep -q '<title>dashboard</title>' || fail "the page"
status=$(curl -s -o "$dir/body" -w '%{http_code}' "$url/api/records?root=99")
[ "$status" = 400 ] && grep -q "not a CAMEO root" "$dir/body" || fail "bad root: $status $(cat "$dir/body")"

# Pasted English is coded by link-grammar and the English dictionaries, not stored.
curl -sS --fail-with-body -X POST "$url/api/code" -H 'Content-Type: application/json' \
  -d '{"text":"Syrian government forces attacked rebels in Aleppo.","lang":"en","date":"2020-02-12"}' \
  >"$dir/coded" || fail "POST /api/code: $(cat "$dir/coded")"
grep -q '"cameo":"19' "$dir/coded" || fail "pasted text not coded as force: $(cat "$dir/coded")"
grep -q '"location":{"name":"Aleppo"' "$dir/coded" || fail "pasted text not placed: $(cat "$dir/coded")"
get /api/stats | grep -q '"documents":2' || fail "pasted text was stored"

# SIGTERM stops it cleanly.
kill -TERM "$server"
wait "$server" || fail "serve exited with $? on SIGTERM"
server=""
echo "serve: ok"
