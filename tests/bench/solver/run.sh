#!/usr/bin/env bash
# Solver benchmark: bash tests/bench/solver/run.sh BUILD_DIR
# CPU cantilever at ~0.1M, 0.26M, 1M and 5M DOF with ccx on the same deck up to 0.26M DOF
# (ccx's direct solver needs tens of minutes at 1M), then, only when a CUDA device exists,
# the device operator throughput and the solve at ~1M and ~10M DOF.
set -euo pipefail
build=${1:?usage: run.sh BUILD_DIR}
bin="$build/bin/bench_solver"
"$bin" --backend cpu --sizes 14,20,32,55 --ccx-max 20
"$build/bin/bench_probe" # hover values and probes on a 1M-voxel result
"$bin" --backend cuda --sizes 32,69 --ccx-max 0
