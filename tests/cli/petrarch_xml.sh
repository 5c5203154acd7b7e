#!/usr/bin/env bash
# PETRARCH XML input to `kroniek code`: one document per story, dated, coded
# from the supplied Penn Treebank parses; a broken file is reported and the
# rest of the batch is still coded.
# Usage: petrarch_xml.sh <kroniek-binary> <source-dir>
set -euo pipefail
kroniek="$1"
source_dir="$2"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "petrarch_xml: FAIL: $*" >&2; exit 1; }

cat >"$dir/two.xml" <<'XML'
<Sentences>
<Sentence date="20200210" id="STORY1_1" sentence="true">
<Text>Turkey attacked Syria on Monday.</Text>
<Parse>(ROOT (S (NP (NNP Turkey)) (VP (VBD attacked) (NP (NNP Syria)) (PP (IN on) (NP (NNP Monday)))) (. .)))</Parse>
</Sentence>
<Sentence date="20200210" id="STORY1_2" sentence="true">
<Text>Russia condemned Turkey.</Text>
<Parse>(ROOT (S (NP (NNP Russia)) (VP (VBD condemned) (NP (NNP Turkey))) (. .)))</Parse>
</Sentence>
<Sentence date="20200301" id="STORY2_1" sentence="true">
<Parse>(ROOT (S (NP (NNP France)) (VP (VBD praised) (NP (NNP Germany))) (. .)))</Parse>
</Sentence>
</Sentences>
XML
out=$("$kroniek" code "$dir/two.xml")
grep -q '"doc":"STORY1".*"source":{"code":"TUR".*"target":{"code":"SYR".*"cameo":"190"' <<<"$out" ||
  fail "no TUR>SYR attack in STORY1: $out"
grep -q '"doc":"STORY1".*"date":"2020-02-10"' <<<"$out" || fail "STORY1 not dated: $out"
grep -q '"doc":"STORY1".*"source":{"code":"RUS".*"cameo":"11' <<<"$out" || fail "no RUS criticism: $out"
# A sentence given only as a parse reads as its tree's words.
grep -q '"doc":"STORY2".*"text":"France praised Germany ."' <<<"$out" || fail "STORY2: $out"

# Without a parse the text is analysed (link-grammar).
cat >"$dir/text-only.xml" <<'XML'
<Sentences>
<Sentence date="20200210" id="TEXT_1" sentence="true">
<Text>Turkey attacked Syria on Monday.</Text>
</Sentence>
</Sentences>
XML
grep -q '"doc":"TEXT".*"source":{"code":"TUR".*"cameo":"19' <<<"$("$kroniek" code "$dir/text-only.xml")" ||
  fail "a story without parses was not analysed"

# A parse the reader cannot use is reported with its document; the others are coded.
sed 's/(VBD condemned)/(VBD condemned/' "$dir/two.xml" >"$dir/broken-tree.xml"
set +e
out=$("$kroniek" code "$dir/broken-tree.xml" 2>"$dir/err")
status=$?
set -e
[ "$status" -ne 0 ] || fail "a broken tree gave status 0"
grep -q "STORY1" "$dir/err" || fail "the broken story is not named: $(cat "$dir/err")"
grep -q '"doc":"STORY2"' <<<"$out" || fail "STORY2 was not coded beside the broken one"

# Not XML at all: a clear error naming the file, and the next input is still read.
echo "<Sentences><Sentence" >"$dir/bad.xml"
echo "Turkey attacked Syria." >"$dir/plain.txt"
set +e
out=$("$kroniek" code --lang en "$dir/bad.xml" "$dir/plain.txt" 2>"$dir/err")
status=$?
set -e
[ "$status" -ne 0 ] || fail "a broken XML file gave status 0"
grep -q "bad.xml" "$dir/err" || fail "the broken file is not named: $(cat "$dir/err")"
grep -q '"doc":"plain"' <<<"$out" || fail "the plain file after it was not coded"

# The sample that comes with PETRARCH: every story is coded from its parses.
"$kroniek" code "$source_dir/../shared/petrarch/GigaWord.sample.PETR.xml" >"$dir/giga.jsonl"
[ "$(grep -c '"type":"event"' "$dir/giga.jsonl")" -gt 20 ] || fail "GigaWord sample coded too little"
echo "petrarch_xml: ok"
