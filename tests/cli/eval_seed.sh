#!/usr/bin/env bash
# `kroniek eval` on the reference article: prints recall and precision and
# enforces the thresholds it is given.
# Usage: eval_seed.sh <kroniek-binary> <source-dir>
set -euo pipefail
kroniek="$1"
source_dir="$2"
gold="$source_dir/../shared/seed/idlib.gold.json"

out="$("$kroniek" eval "$gold" --require-recall 0.9)" || {
  echo "eval_seed: FAIL: recall below 0.9 or eval failed" >&2
  echo "$out" >&2
  exit 1
}
grep -qE '^recall +[01]\.[0-9]{3} +\([0-9]+ of 20 directed gold events\)' <<<"$out" \
  || { echo "eval_seed: FAIL: no recall line: $out" >&2; exit 1; }
grep -qE '^precision +[01]\.[0-9]{3}' <<<"$out" \
  || { echo "eval_seed: FAIL: no precision line" >&2; exit 1; }

# An impossible requirement must fail.
if "$kroniek" eval "$gold" --quiet --require-precision 1.01 >/dev/null; then
  echo "eval_seed: FAIL: --require-precision 1.01 passed" >&2
  exit 1
fi
echo "eval_seed: ok"
