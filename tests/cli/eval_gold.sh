#!/usr/bin/env bash
# The Dutch gold set (tests/gold/nl, written apart from the patterns) must not
# get worse: these floors are the scores reached so far, not the targets.
# Usage: eval_gold.sh <kroniek-binary> <source-dir>
set -euo pipefail
kroniek="$1"
source_dir="$2"
min_recall=0.80
min_precision=0.88
"$kroniek" eval --quiet "$source_dir"/tests/gold/nl/*.gold.json \
  --require-recall "$min_recall" --require-precision "$min_precision" || {
  echo "eval_gold: FAIL: below recall $min_recall or precision $min_precision" >&2
  exit 1
}
