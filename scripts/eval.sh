#!/usr/bin/env bash
# Scores newsmark on the development data in ../shared (measuring only: no
# build or test reads it). Prints the scorer's figures for each data set with
# the flags its bar uses. Any further arguments go to the CLI, so one
# rule's worth on every set is one command:
#   bash scripts/eval.sh [SHARED_DIR [CLI FLAGS...]]
#   bash scripts/eval.sh ../shared --disable company-context-org
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
shift $(( $# > 0 ? 1 : 0 ))
cli=("$@")
[ -d "$shared/data" ] || { echo "eval: no $shared/data" >&2; exit 2; }
cargo build --release --quiet
out=${TMPDIR:-/tmp}/newsmark-eval
mkdir -p "$out"
score() {
  local name=$1; shift
  ./target/release/newsmark --jsonl "${cli[@]}" < "$shared/data/$name.jsonl" > "$out/$name.jsonl"
  printf '\n== %s %s\n' "$name" "$*"
  python3 "$shared/eval/score.py" "$shared/data/$name.jsonl" "$out/$name.jsonl" "$@"
}
score seed
score conll2003_dev --scheme conll --labels PER,ORG,LOC
score gum_news --labels PERSON,ORG,LOC
score ieer_apw --labels PERSON,ORG,LOC,DATE,MONEY,PERCENT
score polnear_dev
echo; echo "predictions are in $out${cli[*]:+ (CLI flags: ${cli[*]})}"
