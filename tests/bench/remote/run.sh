#!/usr/bin/env bash
# Remote benchmark: bash tests/bench/remote/run.sh BUILD_DIR
# Result-streaming throughput by chunk size (16 KiB to 4 MiB) against raw TCP loopback, and
# the time from submit to the first progress event for a small study.
set -euo pipefail
build=${1:?usage: run.sh BUILD_DIR}
"$build/bin/bench_remote" --mib 256 --latency-runs 10
