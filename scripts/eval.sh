#!/usr/bin/env bash
# Scores newsmark on the development data in ../shared (measuring only: no
# build or test reads it). Prints the scorer's figures for each data set with
# the flags its bar uses.
#   bash scripts/eval.sh [SHARED_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
[ -d "$shared/data" ] || { echo "eval: no $shared/data" >&2; exit 2; }
cargo build --release --quiet
out=${TMPDIR:-/tmp}/newsmark-eval
mkdir -p "$out"
score() {
  local name=$1; shift
  ./target/release/newsmark --jsonl < "$shared/data/$name.jsonl" > "$out/$name.jsonl"
  printf '\n== %s %s\n' "$name" "$*"
  python3 "$shared/eval/score.py" "$shared/data/$name.jsonl" "$out/$name.jsonl" "$@"
}
score seed
score conll2003_dev --scheme conll --labels PER,ORG,LOC
score gum_news --labels PERSON,ORG,LOC
score ieer_apw --labels PERSON,ORG,LOC,DATE,MONEY,PERCENT
score polnear_dev
echo; echo "predictions are in $out"
