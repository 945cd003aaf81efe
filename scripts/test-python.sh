#!/usr/bin/env bash
# The Python package and its Spark path: installs what is missing (Debian's
# Java for Spark, a virtual environment in python/.venv with the pinned
# python/requirements-test.txt), builds the CLI and the abi3 wheel, installs
# the wheel, and runs the binding's Rust tests and the Python tests, Spark in
# local mode included. Safe to run again; each step skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
venv=python/.venv
say() { printf '\033[1m[python]\033[0m %s\n' "$*"; }

java_major() { java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
if ! command -v java >/dev/null || [ "$(java_major)" -lt 17 ]; then
  say "installing Debian's openjdk-17-jre-headless (Spark 4 needs Java 17)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 10))'; then
  echo "test-python.sh: needs Python 3.10 or later ($python is $("$python" --version 2>&1))" >&2
  exit 2
fi
if ! "$venv/bin/python" -c '' 2>/dev/null; then
  say "creating $venv"
  rm -rf "$venv"
  "$python" -m venv "$venv"
fi
stamp=$venv/.requirements-installed
if [ ! -f "$stamp" ] || ! cmp -s python/requirements-test.txt "$stamp"; then
  say "installing python/requirements-test.txt into $venv (pyspark is a 450 MB download the first time)"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -r python/requirements-test.txt
  cp python/requirements-test.txt "$stamp"
fi

say "building the CLI (the tests compare with its output)"
cargo build --release --quiet

say "cargo fmt --check and clippy -D warnings on python/ (its own workspace)"
(cd python && cargo fmt --check && cargo clippy --quiet --workspace --all-targets -- -D warnings)

say "the binding's Rust tests (python/harness: batch runner), and the core's fuzz inputs as JSONL"
(cd python && cargo test --release --quiet -p newsmark-python-harness)
mkdir -p python/target
(cd python && cargo run --release --quiet -p newsmark-python-harness) > python/target/fuzz-inputs.jsonl

say "building the abi3 wheel with maturin and installing it into $venv"
rm -rf python/target/wheels
"$venv/bin/maturin" build --quiet --release --manifest-path python/Cargo.toml \
  --interpreter "$venv/bin/python" -o python/target/wheels
"$venv/bin/python" -m pip install -q --disable-pip-version-check --force-reinstall --no-deps python/target/wheels/newsmark-*.whl

say "pytest: the API, the fuzz inputs, the stub, Spark in local mode"
export NEWSMARK_CLI=$repo/target/release/newsmark
export NEWSMARK_FUZZ_INPUTS=$repo/python/target/fuzz-inputs.jsonl
"$venv/bin/pytest" -q python/tests
