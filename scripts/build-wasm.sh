#!/usr/bin/env bash
# Builds the WebAssembly package into pkg/ (the npm package) and copies it to
# www/pkg/ (what the page loads).
#
# cargo builds the .wasm (opt-level z for the wasm only; symbols stripped: the
# name section is ~20 KB gzipped), then wasm-bindgen writes the glue with
# --experimental-reset-state-function, which npm/newsmark.js uses to replace
# an instance that trapped. It also drops the name section it would write
# for its own shims and the producers section (tool versions): 0.3 KB
# gzipped that nothing reads. wasm-pack cannot pass that flag, so it is not
# used here (it still runs the wasm tests). wasm-opt then shrinks the module
# (below). Any failure stops the script.
#
# Stripping also drops the target_features section, so wasm-bindgen warns that
# it cannot see which wasm features are on: harmless here (the Node and
# Chromium tests run the stripped module), so that one warning is filtered.
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_PROFILE_RELEASE_OPT_LEVEL=z CARGO_PROFILE_RELEASE_STRIP=symbols \
  cargo build --quiet --lib --release --target wasm32-unknown-unknown

rm -rf pkg && mkdir -p pkg
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! wasm-bindgen --target web --experimental-reset-state-function \
  --remove-name-section --remove-producers-section --out-dir pkg --out-name newsmark \
  target/wasm32-unknown-unknown/release/newsmark.wasm 2>"$log"; then
  cat "$log" >&2
  echo "build-wasm: wasm-bindgen failed" >&2
  exit 1
fi
grep -v "target_features. custom section is missing" "$log" >&2 || true

# npm's binaryen (a dev dependency; setup.sh's `npm ci` installs it) at -O1:
# 2 KB less gzipped with the same output and speed. -Oz and -O2 shrink the
# raw module but gzip to more (ARCHITECTURE.md, "Build notes"). The features are
# the ones rustc turns on for this target; the stripped module no longer says.
wasm_opt=node_modules/.bin/wasm-opt
if [ ! -x "$wasm_opt" ]; then
  echo "build-wasm: $wasm_opt is missing: run scripts/setup.sh (npm ci) first" >&2
  exit 1
fi
"$wasm_opt" -O1 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-multivalue --enable-reference-types \
  pkg/newsmark_bg.wasm -o pkg/newsmark_bg.wasm

# The glue becomes newsmark_raw.js; newsmark.js is the entry point that wraps it.
mv pkg/newsmark.js pkg/newsmark_raw.js
mv pkg/newsmark.d.ts pkg/newsmark_raw.d.ts
sed -i 's|@ts-self-types="./newsmark.d.ts"|@ts-self-types="./newsmark_raw.d.ts"|' pkg/newsmark_raw.js
cp npm/newsmark.js npm/newsmark.d.ts pkg/
# The shipped JavaScript without its comment lines (whole-line `//` comments
# and `/** … */` blocks): they are a sixth of its gzipped bytes, and the same
# words are in the .d.ts files that editors read. Code lines stay as they are.
for js in pkg/newsmark_raw.js pkg/newsmark.js; do
  awk '
    /^[ \t]*\/\*\*/ { doc = 1 }
    doc { if ($0 ~ /\*\/[ \t]*$/) doc = 0; next }
    /^[ \t]*\/\// { next }
    { print }
  ' "$js" > "$js.tmp" && mv "$js.tmp" "$js"
  node --check "$js"
done
test -s pkg/newsmark_bg.wasm || { echo "build-wasm: no pkg/newsmark_bg.wasm" >&2; exit 1; }

rm -rf www/pkg && mkdir -p www/pkg
cp pkg/newsmark.js pkg/newsmark.d.ts pkg/newsmark_raw.js pkg/newsmark_raw.d.ts pkg/newsmark_bg.wasm www/pkg/
# The npm package: package.json, embed modules, their types, README, LICENSE files.
node scripts/package-npm.mjs pkg
