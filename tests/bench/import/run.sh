#!/usr/bin/env bash
# Import + tessellation benchmark on Debian's occt-misc files: seconds per stage, triangles;
# then the same STEP and IGES files with OCCT's STEP parser and healing alone against the
# project's, alternating; then the start-up of each import helper program.
# Usage: run.sh BUILD_DIR [--quality coarse|normal|fine]
set -euo pipefail
build=${1:?usage: run.sh BUILD_DIR}
shift
filter() { grep -v '^\s*$' | grep -v '\*\*\*'; }
# The import helpers run without OCCT's zero-filling of allocations; so does the benchmark.
export MMGT_CLEAR=${MMGT_CLEAR:-0}
"$build/bin/bench_import" "$@" 2>/dev/null | filter
echo
data=/usr/share/opencascade/data
"$build/bin/bench_import" "$@" --compare 5 "$data/step/linkrods.step" "$data/step/screw.step" \
    "$data/iges/bearing.iges" "$data/iges/hammer.iges" 2>/dev/null | filter
echo
# Start-up: a helper given a file that does not exist loads its libraries and reports the
# error (median of 21 runs).
printf '%-24s %8s %12s\n' "helper" "libraries" "start-up ms"
for helper in werkbank-import werkbank-import-step werkbank-import-iges werkbank-import-brep \
              werkbank-import-mesh; do
    times=()
    for ((i = 0; i < 21; i++)); do
        t0=$(date +%s%N); "$build/bin/$helper" /nonexistent.file >/dev/null 2>&1 || true
        t1=$(date +%s%N); times+=($(( (t1 - t0) / 1000 )))
    done
    ms=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[11] / 1000}')
    printf '%-24s %8d %12s\n' "$helper" "$(ldd "$build/bin/$helper" | wc -l)" "$ms"
done
