#!/usr/bin/env bash
# The English gold set (tests/gold/en: an article written for kroniek about the
# events of the reference article) must not get worse while English coding
# grows: these floors are the scores reached so far, not the targets.
# Usage: eval_gold_en.sh <kroniek-binary> <source-dir>
set -euo pipefail
kroniek="$1"
source_dir="$2"
min_recall=0.95
min_precision=0.88
"$kroniek" eval --quiet "$source_dir"/tests/gold/en/*.gold.json \
  --require-recall "$min_recall" --require-precision "$min_precision" || {
  echo "eval_gold_en: FAIL: below recall $min_recall or precision $min_precision" >&2
  exit 1
}
echo "eval_gold_en: ok"
