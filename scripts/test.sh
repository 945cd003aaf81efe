#!/usr/bin/env bash
# The README's second command: install what is missing, then run every test:
# formatting and lints, native Rust (unit, integration, doc), a bounded fuzz
# run, wasm under Node and in headless Chromium, the release wasm build and
# its download budget, the browser end-to-end tests (with the wasm
# recovery test in Node), and the Python package with its Spark path
# (scripts/test-python.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-120}
export WASM_BINDGEN_TEST_DRIVER_TIMEOUT=${WASM_BINDGEN_TEST_DRIVER_TIMEOUT:-60}

step "cargo fmt --check, cargo clippy -D warnings (native and wasm32)"
cargo fmt --check
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --lib --target wasm32-unknown-unknown -- -D warnings

step "cargo test (native)"
cargo test --quiet --all-targets
cargo test --quiet --doc

step "fuzz, bounded (tests/fuzz: 150,000 generated inputs, every prefix of the seed, linear time)"
cargo test --quiet --release --test fuzz -- --test-threads=1

step "python package and Spark (scripts/test-python.sh: abi3 wheel, pytest, Spark local mode)"
bash scripts/test-python.sh

step "wasm-pack test --node"
wasm-pack test --mode no-install --node 2>&1 | grep -v "failed to get wasm-pack version"

step "wasm-pack test --headless --chrome"
wasm-pack test --mode no-install --headless --chrome --chromedriver /usr/bin/chromedriver 2>&1 \
  | grep -v "failed to get wasm-pack version"

step "release wasm build"
bash scripts/build-wasm.sh
# the download budget: the .wasm, wasm-bindgen's glue and the entry point
budget=300000
size=$(cat www/pkg/newsmark_bg.wasm www/pkg/newsmark_raw.js www/pkg/newsmark.js | gzip -9 | wc -c)
printf 'newsmark_bg.wasm + newsmark_raw.js + newsmark.js, gzip -9: %s bytes (budget %s)\n' "$size" "$budget"
if [ "$size" -gt "$budget" ]; then
  echo "test: the download is over its budget by $((size - budget)) bytes" >&2
  exit 1
fi

step "browser end-to-end tests (playwright-core, Debian chromium)"
npm run --silent test:e2e
