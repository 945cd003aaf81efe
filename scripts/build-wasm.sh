#!/usr/bin/env bash
# Builds the WebAssembly package into pkg/ (the npm package) and copies it to
# www/pkg/ (what the page loads). Size-optimised: opt-level z for the wasm only,
# and symbols stripped (the name section is ~20 KB gzipped). Stripping also drops
# the target_features section, so wasm-bindgen warns that it cannot see which
# wasm features are on. It is harmless here (the glue is the same, and the Node
# and Chromium tests run the stripped module), so it is filtered, with
# wasm-pack's version noise.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf pkg
CARGO_PROFILE_RELEASE_OPT_LEVEL=z CARGO_PROFILE_RELEASE_STRIP=symbols \
  wasm-pack --quiet build --mode no-install --target web --release --out-dir pkg --out-name newsmark 2>&1 \
  | grep -v -e "failed to get wasm-pack version" -e "target_features. custom section is missing" || true
test -f pkg/newsmark_bg.wasm || { echo "build-wasm: wasm-pack produced no pkg/newsmark_bg.wasm" >&2; exit 1; }
rm -rf www/pkg && mkdir -p www/pkg
cp pkg/newsmark.js pkg/newsmark.d.ts pkg/newsmark_bg.wasm www/pkg/
# The npm package: embed modules, their types, README and an exports map.
node scripts/package-npm.mjs pkg
