#!/usr/bin/env bash
# Hostile input in one batch: binary files, invalid UTF-8, a 100 MB document, a
# 20,000-word sentence, a word of 200,000 bytes, 10,000 empty lines, deeply
# nested XML and parse trees. Each bad one gets its clear message, the long ones
# are coded, nothing crashes or hangs, and the good documents are still coded.
# Then a user dictionary with broken lines: named with its line, exit status 2.
# Usage: hostile_input.sh <kroniek-binary> <source-dir>
set -euo pipefail

kroniek="$(realpath "$1")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() {
  echo "hostile_input: FAIL: $*" >&2
  echo "--- stderr ---" >&2
  cut -c1-300 "$work/err" >&2 || true
  exit 1
}

# The good documents, first and last in the batch.
echo "Russian troops attacked rebels in Aleppo on Monday." >"$work/good-first.txt"
echo "Turkish soldiers shelled Syrian army positions in Idlib." >"$work/good-last.txt"

# Binary: an ELF executable's first bytes, and a text with a NUL byte.
head -c 30000 "$kroniek" >"$work/program.txt"
printf 'Turkey \0 attacked Syria.\n' >"$work/nul.txt"
# Invalid UTF-8 (Latin-1) at byte 13.
printf 'Troops fled \xe9 Aleppo.\n' >"$work/latin1.txt"
# 100 MB of text in one file: over the 4 MiB limit, reported with its size.
{ yes "Turkish troops shelled Idlib." || true; } | head -c 100000000 >"$work/huge.txt"
# 20,000 words without a sentence end, then a sentence of news.
{
  for _ in $(seq 1 2500); do printf 'Russia supports the Syrian army and Turkey '; done
  printf '\n\nIranian forces attacked Kurdish fighters in Kirkuk.\n'
} >"$work/runaway.txt"
# One word of 200,000 bytes between two sentences.
{
  printf 'Egyptian police arrested protesters in Cairo. '
  head -c 200000 /dev/zero | tr '\0' 'x'
  printf '\n\nIsraeli jets struck Hamas targets in Gaza.\n'
} >"$work/longword.txt"
# 10,000 empty lines alone, and around a sentence.
for _ in $(seq 1 10000); do echo; done >"$work/blank.txt"
{ cat "$work/blank.txt"; echo "Saudi forces bombed Houthi rebels in Yemen."; cat "$work/blank.txt"; } \
  >"$work/padded.txt"
# XML nested 100,000 deep, and a parse tree nested 100,000 deep.
python3 -c 'print("<Sentences>" + "<x>" * 100000 + "</x>" * 100000 + "</Sentences>")' \
  >"$work/deep.xml"
python3 -c '
tree = "(ROOT " + "(S " * 100000 + "(NP (NNP Turkey))" + ")" * 100001
print("<Sentences><Sentence date=\"20200211\" id=\"deep-tree\" sentence=\"True\">"
      "<Text>Turkey</Text><Parse>" + tree + "</Parse></Sentence></Sentences>")' \
  >"$work/deep-tree.xml"

inputs=(good-first.txt program.txt nul.txt latin1.txt huge.txt runaway.txt longword.txt
  blank.txt padded.txt deep.xml deep-tree.xml good-last.txt)
status=0
(cd "$work" && timeout 900 "$kroniek" code --lang en --date 2020-02-11 --merge document \
  "${inputs[@]}") >"$work/out" 2>"$work/err" || status=$?
((status != 0)) || fail "exit status 0 despite bad documents"
((status < 124)) || fail "exit status $status: crashed, killed or timed out"

expect_message() {
  grep -qE "$1" "$work/err" || fail "stderr does not say: $1"
}
expect_message "^kroniek: program.txt: binary data, not text \(a NUL byte at byte [0-9]+\)"
expect_message "^kroniek: nul.txt: binary data, not text \(a NUL byte at byte 7\)"
expect_message "^kroniek: latin1.txt: invalid UTF-8 at byte 12"
expect_message "^kroniek: huge.txt: larger than the limit of 4 MiB .*\(100000000 bytes\)"
expect_message "^kroniek: runaway: text without a sentence end for more than 120 words was cut"
expect_message "^kroniek: blank.txt: empty document"
expect_message "^kroniek: deep.xml: .*(depth|deep)"
expect_message "^kroniek: deep-tree: .*nested deeper than"

# Records from every document that has news in it, and from no other.
for doc in good-first good-last runaway longword padded; do
  grep -q "\"doc\":\"$doc\"" "$work/out" || fail "no record from $doc"
done
for doc in program nul latin1 huge blank; do
  if grep -q "\"doc\":\"$doc\"" "$work/out"; then fail "records from the rejected $doc"; fi
done
grep -q '"text":"Iranian forces attacked Kurdish fighters in Kirkuk."' "$work/out" \
  || fail "the sentence after the runaway stretch was not coded"
grep -q '"text":"Israeli jets struck Hamas targets in Gaza."' "$work/out" \
  || fail "the sentence after the long word was not coded"

# A user dictionary with broken lines stops kroniek before coding, naming file and line.
mkdir -p "$work/mine/actors"
printf 'SYR en name Syria\n\xff\xfe broken\nTUR\n' >"$work/mine/actors/broken.txt"
status=0
"$kroniek" code --lang en --dictionaries "$work/mine" "$work/good-first.txt" \
  >"$work/out" 2>"$work/err" || status=$?
((status == 2)) || fail "a broken dictionary gave exit status $status, not 2"
expect_message "broken.txt:2: "
[[ ! -s "$work/out" ]] || fail "records printed despite a broken dictionary"

echo "hostile_input: ok"
