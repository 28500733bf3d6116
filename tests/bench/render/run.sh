#!/usr/bin/env bash
# Renderer frame-time benchmark. Usage: run.sh BUILD_DIR [frames] [--png DIR]
set -euo pipefail
build=${1:?usage: run.sh BUILD_DIR [frames] [--png DIR]}
shift
exe="$build/bin/bench_render"
if [[ -n "${DISPLAY:-}" ]]; then
    "$exe" "$@"
else
    xvfb-run -a -s '-screen 0 1600x1000x24' "$exe" "$@"
fi
