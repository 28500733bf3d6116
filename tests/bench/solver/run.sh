#!/usr/bin/env bash
# Solver benchmark: bash tests/bench/solver/run.sh BUILD_DIR
# CPU cantilever at ~0.1M, 1M and 5M DOF (ccx on the same deck up to 1M DOF), then the
# CUDA backend when a device exists.
set -euo pipefail
build=${1:?usage: run.sh BUILD_DIR}
bin="$build/bin/bench_solver"
"$bin" --backend cpu --sizes 14,32,55 --ccx-max 32
"$bin" --backend cuda --sizes 32,69 --ccx-max 0
