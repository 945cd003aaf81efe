#!/usr/bin/env bash
# A longer fuzz run than the test command's: `bash scripts/fuzz.sh [SECONDS] [SEED]`
# (default 600 s, a fresh seed). Every distinct failure is minimised and
# written to fuzz-failures/ as NAME.txt (the minimal input), NAME.orig.txt
# (the generated one) and NAME.why (the broken invariant, seed and case);
# NEWSMARK_FUZZ_SEED=SEED repeats a run exactly. See tests/fuzz/main.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-600}
seed=${2:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}
out="$PWD/fuzz-failures"
echo "fuzz: ${secs} s from seed ${seed}; failures go to ${out}/"
NEWSMARK_FUZZ_SECS="$secs" NEWSMARK_FUZZ_SEED="$seed" NEWSMARK_FUZZ_OUT="$out" \
  cargo test --release --test fuzz -- --nocapture generated_inputs_keep_every_invariant
