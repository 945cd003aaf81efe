#!/usr/bin/env bash
# Throughput of the Python package, its Spark path and spaCy sm on the same
# texts, in one run (the machine is shared and noisy: read the ratios).
# Sets up python/bench/.venv (pinned bench/requirements.txt) when missing,
# builds the CLI and the wheel, installs the wheel, then runs bench.py;
# arguments go to it.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=python/bench/.venv
python=${PYTHON:-python3}
if ! "$venv/bin/python" -c '' 2>/dev/null; then
  rm -rf "$venv"
  "$python" -m venv "$venv"
fi
if ! cmp -s python/bench/requirements.txt "$venv/.requirements-installed"; then
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -r python/bench/requirements.txt
  cp python/bench/requirements.txt "$venv/.requirements-installed"
fi
cargo build --release --quiet   # the CLI, measured beside the package
rm -rf python/target/bench-wheels
"$venv/bin/maturin" build --quiet --release --manifest-path python/Cargo.toml \
  --interpreter "$venv/bin/python" -o python/target/bench-wheels
"$venv/bin/python" -m pip install -q --disable-pip-version-check --force-reinstall --no-deps python/target/bench-wheels/newsmark-*.whl
cd "$(mktemp -d)"   # not python/: its newsmark/ sources would shadow the wheel in Spark's workers
exec "$OLDPWD/$venv/bin/python" "$OLDPWD/python/bench/bench.py" "$@"
