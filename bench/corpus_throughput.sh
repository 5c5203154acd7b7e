#!/usr/bin/env bash
# Throughput of `kroniek code` on a synthetic news corpus, Dutch and English,
# beside the command-line tools of the analyzers it builds on (Frog's `frog`
# for Dutch, link-grammar's `link-parser` for English) on the same texts.
#
#   bench/corpus_throughput.sh [BUILD_DIR] [--documents N] [--compare-documents M]
#                              [--seed S] [--lang nl|en] [--no-baselines] [--frog-threads LIST]
#
# BUILD_DIR (default: build) holds kroniek and bench/kroniek_make_corpus. The
# corpus (N documents a language, default 2000; bench/make_corpus.cpp) is
# made once in BUILD_DIR/bench-corpus/ and reused. Each run is timed with
# /usr/bin/time: wall and CPU seconds (user + system, of every thread) and
# peak memory (max RSS). Tokens are counted by kroniek_make_corpus over the
# documents' texts (words with their inner "." "," "'" "-", and each other
# non-space character; titles left out, as kroniek does not analyse them): the
# same count for every run on the same texts, so tokens per CPU second is
# tokens/s per core whatever the number of threads.
#
# Runs, for each language:
#  - kroniek code --lang nl|en on all N documents, output to /dev/null (with
#    --stats when kroniek has it: the share of each stage, and the loading
#    time to subtract);
#  - on the first M documents (default 500; 0: none of these): kroniek code
#    again, then, when kroniek has them, --threads 1, --threads 2 and
#    --analysis full; and unless --no-baselines the analyzers' own tools:
#    frog -t FILE on the Dutch texts (its default modules, as users run it;
#    one file, a blank line between documents; in a scratch directory, since
#    frog leaves files where it runs), once with its default threads (8) and
#    once with --threads=1 (--frog-threads default,1 is the default list),
#    and once more with --threads=1 and tcmalloc preloaded (the allocator
#    kroniek links), and
#    link-parser on the English sentences (one a line; the first linkage
#    printed as links, no diagrams; spell guessing off and 3 s a sentence,
#    the limits kroniek's analyzer sets).
# Each tool also runs on one document, and the CPU time of that run, which is
# nearly all loading (Frog about 10 s), is subtracted for the column "tokens/s
# per core after loading" (for kroniek, the loading its --stats reports when
# it has the option). Prints a Markdown table and writes it to
# BUILD_DIR/bench-results.md.
set -euo pipefail

usage() {
  sed -n '6,7p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

build=build
documents=2000
compare=500
seed=7
langs="nl en"
baselines=1
frog_threads=(default 1)
positional=0
while (($#)); do
  case "$1" in
    --documents) documents=${2:?}; shift 2 ;;
    --compare-documents) compare=${2:?}; shift 2 ;;
    --seed) seed=${2:?}; shift 2 ;;
    --lang) langs=${2:?}; shift 2 ;;
    --no-baselines) baselines=0; shift ;;
    --frog-threads) read -r -a frog_threads <<< "${2//,/ }"; shift 2 ;;
    -h|--help) usage ;;
    -*) echo "corpus_throughput: unknown option $1" >&2; usage ;;
    *) if ((positional)); then usage; fi; build=$1; positional=1; shift ;;
  esac
done
[[ $documents =~ ^[1-9][0-9]*$ ]] || { echo "corpus_throughput: --documents wants a positive number" >&2; exit 2; }
[[ $compare =~ ^[0-9]+$ ]] || { echo "corpus_throughput: --compare-documents wants a number" >&2; exit 2; }
((compare <= documents)) || compare=$documents
for lang in $langs; do
  [[ $lang == nl || $lang == en ]] || { echo "corpus_throughput: --lang is nl or en" >&2; exit 2; }
done

repo=$(cd "$(dirname "$0")/.." && pwd)
kroniek=$build/kroniek
generator=$build/bench/kroniek_make_corpus
for binary in "$kroniek" "$generator"; do
  if [[ ! -x $binary ]]; then
    echo "corpus_throughput: $binary is missing; build it first:" >&2
    echo "  cmake -S $repo -B $build -DCMAKE_BUILD_TYPE=RelWithDebInfo && cmake --build $build -j2" >&2
    exit 1
  fi
done
if [[ ! -x /usr/bin/time ]]; then
  echo "corpus_throughput: /usr/bin/time is missing (Debian package 'time')" >&2
  exit 1
fi
if ((baselines)); then
  for tool in frog:frog link-parser:link-grammar; do
    if ! command -v "${tool%%:*}" > /dev/null; then
      echo "corpus_throughput: ${tool%%:*} is missing (Debian package '${tool#*:}'); or use --no-baselines" >&2
      exit 1
    fi
  done
fi

corpus_dir=$build/bench-corpus
work=$corpus_dir/runs
mkdir -p "$corpus_dir" "$work"

# What `kroniek code` offers: the comparisons need options that may not be there yet.
help=$("$kroniek" code --help 2>&1 || true)
has_option() { grep -q -- "$1" <<< "$help"; }
has_threads=0; has_analysis=0; has_stats=0
has_option '--threads' && has_threads=1
has_option '--analysis' && has_analysis=1
has_option '--stats' && has_stats=1
notes=()
((has_threads)) || notes+=("kroniek code has no --threads option: the --threads 1/2 runs were skipped.")
((has_analysis)) || notes+=("kroniek code has no --analysis option: the --analysis full run was skipped.")
((has_stats)) || notes+=("kroniek code has no --stats option: no stage shares.")

# corpus LANG N: makes (or reuses) the corpus of the first N documents; sets
# corpus_base (.jsonl, .txt, .sentences, .counts.json beside it).
corpus() {
  local lang=$1 n=$2
  corpus_base=$corpus_dir/$lang-$n-s$seed
  if [[ ! -s $corpus_base.counts.json || $generator -nt $corpus_base.counts.json ]]; then
    echo "corpus_throughput: writing $corpus_base.jsonl" >&2
    "$generator" --lang "$lang" --documents "$n" --seed "$seed" --out "$corpus_base.jsonl" \
      --text "$corpus_base.txt" --sentences "$corpus_base.sentences" \
      --counts "$corpus_base.counts.json.part" 2> /dev/null
    mv "$corpus_base.counts.json.part" "$corpus_base.counts.json"
  fi
}

# count FILE KEY: a number from a flat JSON object.
count() { grep -o "\"$2\":[0-9.]*" "$1" | head -1 | cut -d: -f2; }

# tree_pss_kb PID: the proportional set size (shared pages divided among the
# processes that share them) of PID and all its descendants, in kB: the memory
# a run of several processes takes, which no one process's RSS tells.
tree_pss_kb() {
  local total=0 pid kb
  for pid in $(tree_pids "$1"); do
    kb=$(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2> /dev/null || true)
    total=$((total + ${kb:-0}))
  done
  echo "$total"
}
tree_pids() {
  local child
  echo "$1"
  for child in $(pgrep -P "$1" || true); do tree_pids "$child"; done
}

rows=()
stage_tables=()
last_wall=0
declare -A load_cpu
# run NAME DOCUMENTS TOKENS STATS|- KEY|- COMMAND...: times the command (its
# output to /dev/null) and adds a row to the table. STATS is the --stats file
# kroniek writes (+FILE: also print its stage shares). KEY "load:TOOL" marks a
# run on one document, whose CPU time stands for TOOL's loading; KEY "TOOL"
# then gives the row's tokens/s per core after loading, that time (or the
# loading in the --stats file) subtracted.
run() {
  local name=$1 docs=$2 tokens=$3 stats=$4 key=$5
  shift 5
  local slug
  slug=$(tr -c 'a-zA-Z0-9\n' '-' <<< "$name" | tr -s '-')
  local log=$work/$slug.log timing=$work/$slug.time
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  echo "corpus_throughput: $name ($docs documents, $tokens tokens; load $load)" >&2
  echo "  $*" >&2
  # <&0: a background command's input is /dev/null unless redirected, and
  # link-parser reads its sentences from ours.
  /usr/bin/time -f '%e %U %S %M' -o "$timing" "$@" <&0 > /dev/null 2> "$log" &
  local pid=$! pss=0 peak_pss=0
  while kill -0 "$pid" 2> /dev/null; do
    pss=$(tree_pss_kb "$pid")
    ((pss > peak_pss)) && peak_pss=$pss
    sleep 0.5
  done
  if ! wait "$pid"; then
    echo "corpus_throughput: '$name' failed; the end of $log:" >&2
    tail -n 20 "$log" >&2
    exit 1
  fi
  local wall user sys rss cpu
  read -r wall user sys rss < <(tail -n 1 "$timing")
  last_wall=$wall
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  # The loading to subtract: what kroniek's --stats says it took (in all its
  # threads), else the CPU time of the tool's run on one document.
  local table=0
  if [[ $stats == +* ]]; then table=1; stats=${stats#+}; fi
  local loading=${load_cpu[${key#load:}]:-}
  if [[ $stats != - && -s $stats ]] && grep -q '"load":' "$stats"; then
    loading=$(grep -o '"load":[0-9.eE+-]*' "$stats" | head -1 | cut -d: -f2)
  fi
  local after=-
  if [[ $key == load:* ]]; then
    load_cpu[${key#load:}]=$cpu
  elif [[ $key != - && -n $loading ]]; then
    after=$(awk -v t="$tokens" -v c="$cpu" -v l="$loading" \
      'BEGIN { if (c > l) printf "%.0f", t / (c - l); else print "-" }')
  fi
  local row
  row=$(awk -v name="$name" -v d="$docs" -v t="$tokens" -v w="$wall" -v cpu="$cpu" \
    -v m="$rss" -v p="$peak_pss" -v l="$load" -v after="$after" 'BEGIN {
      printf "| %s | %d | %d | %.1f | %.1f | %.2f | %.0f | %s | %.0f | %.0f | %s |", name, d, t, w,
        cpu, (w > 0 ? d / w : 0), (cpu > 0 ? t / cpu : 0), after, m / 1024, p / 1024, l }')
  rows+=("$row")
  echo "  $row" >&2
  if ((table)) && [[ -s $stats ]]; then stage_tables+=("$(stage_shares "$name" "$stats")"); fi
}

# stage_shares NAME FILE: the stages of a --stats file ({"documents":N,
# "tokens":N,"seconds":S,"stages":{"<stage>":seconds,...},...}; a stage's
# seconds are summed over the threads) as a Markdown table with each stage's
# share of their sum, and the tokens/s of the stages after analysis (all but
# load, read and analyze) on one core.
stage_shares() {
  local name=$1 file=$2
  tr -d ' \n\t' < "$file" | awk -v name="$name" '
    function number(key) {
      if (match($0, "\"" key "\":[0-9.eE+-]+")) return substr($0, RSTART + length(key) + 3, RLENGTH - length(key) - 3) + 0
      return -1
    }
    {
      wall = number("seconds"); cpu = number("cpu_seconds"); tokens = number("tokens")
      if (!match($0, /"stages":\{[^}]*\}/)) { print "(no stages in the --stats file)"; exit }
      body = substr($0, RSTART + 10, RLENGTH - 11)
      n = split(body, pairs, ",")
      sum = 0; after = 0
      for (i = 1; i <= n; ++i) {
        split(pairs[i], kv, ":"); gsub(/"/, "", kv[1]); stage[i] = kv[1]; secs[i] = kv[2] + 0; sum += secs[i]
        if (kv[1] != "load" && kv[1] != "read" && kv[1] != "analyze") after += secs[i]
      }
      printf "%s: the stages took %.1f s in all threads (the run %.1f s wall, %.1f s CPU)", name, sum, wall, cpu
      if (tokens > 0 && after > 0) printf "; the stages after analysis %.2f s, %.0f tokens/s", after, tokens / after
      printf ".\n\n| stage | seconds | share |\n|---|---|---|\n"
      for (i = 1; i <= n; ++i) printf "| %s | %.2f | %.1f%% |\n", stage[i], secs[i], (sum > 0 ? 100 * secs[i] / sum : 0)
    }'
}

# run_kroniek NAME DOCUMENTS TOKENS +|- FILE OPTION...: `kroniek code OPTION... FILE`,
# with --stats when kroniek has it (+: print its stage shares).
run_kroniek() {
  local name=$1 docs=$2 tokens=$3 table=$4 file=$5
  shift 5
  local lang=nl
  [[ " $* " == *" --lang en "* ]] && lang=en
  local stats=- args=()
  if ((has_stats)); then
    stats=$work/stats-$(tr -c 'a-zA-Z0-9\n' '-' <<< "$name" | tr -s '-').json
    rm -f "$stats"
    args=(--stats "$stats")
    [[ $table == + ]] && stats=+$stats
  fi
  run "$name" "$docs" "$tokens" "$stats" "kroniek-$lang" "$kroniek" code "$@" "${args[@]}" "$file"
}

started=$(date +%s)
start_load=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A corpus_line
for lang in $langs; do
  corpus "$lang" "$documents"
  full=$corpus_base
  tokens=$(count "$full.counts.json" tokens)
  sentences=$(count "$full.counts.json" sentences)
  corpus_line[$lang]="$lang: $documents documents, $sentences sentences, $tokens tokens ($((tokens / documents)) a document), $(count "$full.counts.json" bytes) bytes (\`$full.jsonl\`)"

  corpus "$lang" 1
  one=$corpus_base
  one_tokens=$(count "$one.counts.json" tokens)

  run "kroniek code --lang $lang (1 document: loading)" 1 "$one_tokens" - "load:kroniek-$lang" \
    "$kroniek" code --lang "$lang" "$one.jsonl"
  run_kroniek "kroniek code --lang $lang" "$documents" "$tokens" + "$full.jsonl" --lang "$lang"
  if ((has_threads)); then
    # The issue's scaling figure: all the documents on every core (the run
    # above: one coding process a core) against one.
    many_wall=$last_wall
    many=$(count "$work/stats-kroniek-code-lang-$lang.json" threads)
    run_kroniek "kroniek code --lang $lang --threads 1" "$documents" "$tokens" - "$full.jsonl" \
      --lang "$lang" --threads 1
    notes+=("$lang, all $documents documents: $many coding processes ${many_wall} s, one thread ${last_wall} s: $(awk -v a="$last_wall" -v b="$many_wall" 'BEGIN { printf "%.2f", a / b }')x as fast.")
  fi

  # The comparisons, and the tools kroniek builds on, on the first documents
  # (Frog's own command line takes several times kroniek's time).
  part=$full
  ptokens=$tokens
  pdocs=$documents
  if ((compare > 0 && compare < documents)); then
    corpus "$lang" "$compare"
    part=$corpus_base
    ptokens=$(count "$part.counts.json" tokens)
    pdocs=$compare
    if ((has_threads || has_analysis || baselines)); then
      run_kroniek "kroniek code --lang $lang (first $pdocs)" "$pdocs" "$ptokens" - "$part.jsonl" \
        --lang "$lang"
    fi
  fi
  if ((compare > 0)); then
    if ((has_threads)); then
      for threads in 1 2; do
        run_kroniek "kroniek code --lang $lang --threads $threads (first $pdocs)" "$pdocs" \
          "$ptokens" - "$part.jsonl" --lang "$lang" --threads "$threads"
      done
      if has_option '--parallel'; then
        run_kroniek "kroniek code --lang $lang --threads 2 --parallel threads (first $pdocs)" \
          "$pdocs" "$ptokens" - "$part.jsonl" --lang "$lang" --threads 2 --parallel threads
      fi
    fi
    if ((has_analysis)); then
      run_kroniek "kroniek code --lang $lang --analysis full (first $pdocs)" "$pdocs" "$ptokens" - \
        "$part.jsonl" --lang "$lang" --analysis full
    fi
  fi

  if ((baselines)); then
    if [[ $lang == nl ]]; then
      scratch=$work/frog
      mkdir -p "$scratch"
      for threads in "${frog_threads[@]}"; do
        label="frog -t (default modules and threads)"
        frog_args=()
        if [[ $threads != default ]]; then
          label="frog -t --threads=$threads"
          frog_args=(--threads="$threads")
        fi
        run "$label (1 document: loading)" 1 "$one_tokens" - "load:frog-$threads" \
          env -C "$scratch" frog "${frog_args[@]}" -t "$(realpath "$one.txt")"
        run "$label (first $pdocs)" "$pdocs" "$ptokens" - "frog-$threads" \
          env -C "$scratch" frog "${frog_args[@]}" -t "$(realpath "$part.txt")"
      done
      # kroniek allocates with tcmalloc; frog given the same allocator shows
      # how much of the difference is the allocator.
      tcmalloc=$(ldconfig -p | awk '/libtcmalloc_minimal.so.4 /{print $NF; exit}')
      if [[ -n $tcmalloc ]]; then
        label="frog -t --threads=1, tcmalloc preloaded"
        run "$label (1 document: loading)" 1 "$one_tokens" - "load:frog-tcmalloc" \
          env -C "$scratch" LD_PRELOAD="$tcmalloc" frog --threads=1 -t "$(realpath "$one.txt")"
        run "$label (first $pdocs)" "$pdocs" "$ptokens" - "frog-tcmalloc" \
          env -C "$scratch" LD_PRELOAD="$tcmalloc" frog --threads=1 -t "$(realpath "$part.txt")"
      fi
    else
      link_parser=(env LC_ALL=C.UTF-8 link-parser en -graphics=0 -links=1 -verbosity=0 -spell=0
        -timeout=3)
      run "link-parser (1 document: loading)" 1 "$one_tokens" - load:link-parser \
        "${link_parser[@]}" < "$one.sentences"
      run "link-parser (first linkage, no diagrams) (first $pdocs)" "$pdocs" "$ptokens" - \
        link-parser "${link_parser[@]}" < "$part.sentences"
    fi
  fi
done
elapsed=$(($(date +%s) - started))

{
  echo "## Coding a corpus: throughput"
  echo
  echo "$(date -u +%Y-%m-%d), kroniek $(git -C "$repo" describe --always --dirty 2> /dev/null || echo '?'),"
  echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')),"
  echo "load average $start_load at the start; the whole run took $((elapsed / 60)) min $((elapsed % 60)) s."
  echo
  for lang in $langs; do echo "- ${corpus_line[$lang]}"; done
  echo
  echo "| run | documents | tokens | wall s | CPU s | documents/s | tokens/s per core | tokens/s per core after loading | peak RSS MB | peak PSS MB | load at start |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "CPU s is user + system time of all threads; tokens/s per core = tokens / CPU s. Every"
  echo "run includes loading its models; \"after loading\" subtracts the loading kroniek's --stats"
  echo "reports (summed over its threads, each loading an analyzer of its own; coding processes"
  echo "share the one loaded before they are forked), or for the other"
  echo "tools the CPU time of the same tool on one document (its row \"1 document: loading\")."
  echo "Peak RSS is the largest process's (/usr/bin/time); peak PSS the sum over the run's"
  echo "processes of their proportional set size, shared pages divided among the processes that"
  echo "share them, sampled every 0.5 s: what coding processes forked from one loaded analyzer"
  echo "take together."
  for table in "${stage_tables[@]}"; do
    echo
    echo "$table"
  done
  for note in "${notes[@]}"; do
    echo
    echo "$note"
  done
} > "$build/bench-results.md"
cat "$build/bench-results.md"
echo >&2
echo "corpus_throughput: written to $build/bench-results.md" >&2
