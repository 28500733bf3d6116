#!/usr/bin/env bash
# GUI study workflow benchmark on the real main window: (a) the GUI thread's event-loop stalls
# during a solve of about 1M DOF on the embedded local service, (b) Solve (F9) to the first
# residual in the convergence plot for the sample assembly (median of several runs), (c) the
# GUI's upload of a generated ~80 MiB binary STL against werkbank-cli's, to one werkbank-server
# on loopback TCP, interleaved. Prints figures only.
# Usage: run.sh BUILD_DIR [bench_study options: --runs N --target-voxels N --stl-mib N
#        --upload-runs N --only abc]
set -euo pipefail
build=${1:?usage: run.sh BUILD_DIR [options]}
shift
exe="$build/bin/bench_study"
if [[ -n "${DISPLAY:-}" ]]; then
    "$exe" "$@"
else
    xvfb-run -a -s '-screen 0 1600x1000x24' "$exe" "$@"
fi
