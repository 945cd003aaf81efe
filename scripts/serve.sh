#!/usr/bin/env bash
# The README's first command: install what is missing, build the WebAssembly
# package, and serve the page on http://127.0.0.1:${PORT:-8000}/.
set -euo pipefail
cd "$(dirname "$0")/.."
NEWSMARK_NEED_BROWSER=0 bash scripts/setup.sh
bash scripts/build-wasm.sh
exec node scripts/static-server.mjs www "${PORT:-8000}"
