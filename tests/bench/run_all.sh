#!/usr/bin/env bash
# Runs every benchmark of a build folder: tests/bench/<name>/run.sh BUILD_DIR.
set -euo pipefail
build=${1:?usage: run_all.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
for script in "$here"/*/run.sh; do
    echo "=== $(basename "$(dirname "$script")")"
    bash "$script" "$build"
done
