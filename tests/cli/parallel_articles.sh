#!/usr/bin/env bash
# The reference article and its English version (tests/gold/en, written for
# kroniek sentence by sentence) must code to the same actors and roots: every
# (source, target, root) of the English is in the Dutch, and the English misses
# at most the one the README names (a link-grammar misparse).
# Usage: parallel_articles.sh <kroniek-binary> <source-dir>
set -euo pipefail
kroniek="$1"
source_dir="$2"
triples() {  # lang file
  "$kroniek" code --lang "$1" --date 2020-02-11 --format tsv "$2" |
    awk -F'\t' 'NR > 1 && $20 == "event" { print $3, $4, $6 }' | sort -u
}
nl=$(triples nl "$source_dir/../shared/seed/idlib.nl.txt")
en=$(triples en "$source_dir/tests/gold/en/idlib-2020-02-11.en.txt")
only_en=$(comm -13 <(echo "$nl") <(echo "$en"))
only_nl=$(comm -23 <(echo "$nl") <(echo "$en"))
[ -n "$nl" ] || { echo "parallel_articles: FAIL: the Dutch article coded nothing" >&2; exit 1; }
if [ -n "$only_en" ]; then
  echo "parallel_articles: FAIL: coded in English only:" >&2
  echo "$only_en" >&2
  exit 1
fi
if [ "$(echo "$only_nl" | grep -c .)" -gt 1 ]; then
  echo "parallel_articles: FAIL: coded in Dutch only:" >&2
  echo "$only_nl" >&2
  exit 1
fi
echo "parallel_articles: ok ($(echo "$en" | grep -c .) of $(echo "$nl" | grep -c .) shared)"
