#!/usr/bin/env bash
# Import + tessellation benchmark on Debian's occt-misc files: seconds per stage, triangles.
# Usage: run.sh BUILD_DIR [--quality coarse|normal|fine]
set -euo pipefail
build=${1:?usage: run.sh BUILD_DIR}
shift
"$build/bin/bench_import" "$@" 2>/dev/null | grep -v '^\s*$' | grep -v '\*\*\*'
