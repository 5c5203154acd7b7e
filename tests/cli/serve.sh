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

# Starts `kroniek serve` on the store with any further options; sets $server and $url.
start_server() {
  : >"$dir/log"
  "$kroniek" serve --db "$dir/events.db" --port 0 --web "$dir/web" "$@" 2>"$dir/log" &
  server=$!
  local port=""
  for _ in $(seq 1 100); do
    port=$(grep -o '127\.0\.0\.1:[0-9]*' "$dir/log" | cut -d: -f2 || true)
    [ -n "$port" ] && break
    kill -0 "$server" 2>/dev/null || fail "serve exited: $(cat "$dir/log")"
    sleep 0.1
  done
  [ -n "$port" ] || fail "serve did not say its port: $(cat "$dir/log")"
  url="http://127.0.0.1:$port"
}

# POST body to path (with any further curl options); prints the status, keeps the body.
post() {
  local path="$1" body="$2"
  shift 2
  curl -s -o "$dir/body" -w '%{http_code}' -X POST "$url$path" \
    -H 'Content-Type: application/json' "$@" -d "$body"
}

start_server

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
status=$(post /api/documents '{"id":"c","text":"Syrian forces attacked rebels."}')
[ "$status" = 403 ] || fail "a read-only server answered a write with $status: $(cat "$dir/body")"

# SIGTERM stops it cleanly.
kill -TERM "$server"
wait "$server" || fail "serve exited with $? on SIGTERM"
server=""

# With a write token, documents posted with it are coded and stored; others are refused.
echo short >"$dir/short-token"
if "$kroniek" serve --db "$dir/events.db" --port 0 --web "$dir/web" \
  --write-token-file "$dir/short-token" 2>"$dir/log"; then
  fail "served with a 5-character write token"
fi
grep -q "at least 16 characters" "$dir/log" || fail "short token: $(cat "$dir/log")"
token="4c1d7e0b9a3f2e6d8c5b7a1f"
echo "$token" >"$dir/token"
start_server --write-token-file "$dir/token"
grep -q "storing with the token" "$dir/log" || fail "the log does not say it stores: $(cat "$dir/log")"
article='{"id":"c","lang":"en","date":"2020-03-06","text":"Syrian government forces attacked rebels in Aleppo."}'
status=$(post /api/documents "$article" -H "Authorization: Bearer wrong-token-0000000")
[ "$status" = 401 ] || fail "a wrong token got $status"
status=$(post /api/documents "$article" -H "Authorization: Bearer $token")
[ "$status" = 201 ] || fail "POST /api/documents with the token: $status $(cat "$dir/body")"
get /api/stats | grep -q '"documents":3' || fail "the posted document was not stored: $(get /api/stats)"
get '/api/records?doc=c' | grep -q '"cameo":"19' || fail "the stored document's records: $(get '/api/records?doc=c')"
kill -TERM "$server"
wait "$server" || fail "serve exited with $? on SIGTERM"
server=""
echo "serve: ok"
