#!/usr/bin/env bash
# Wall time of `werkbank-cli render` against `f3d --output` on the same files at the same image
# size, runs interleaved so both see the same machine load. Needs a display (make bench gives
# it Xvfb). Usage: run.sh BUILD_DIR [RUNS]
set -euo pipefail
build=${1:?usage: run.sh BUILD_DIR [RUNS]}
runs=${2:-5}
cli="$build/bin/werkbank-cli"
data=/usr/share/opencascade/data
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
files=("$data/step/screw.step" "$data/step/linkrods.step" "$data/iges/bearing.iges" "$data/iges/hammer.iges")

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

if ! command -v f3d >/dev/null; then
    echo "f3d is not installed (apt-get install f3d)"; exit 1
fi
printf '%-16s %12s %12s %8s\n' "file" "werkbank [s]" "f3d [s]" "ratio"
for f in "${files[@]}"; do
    name=$(basename "$f")
    wb_times=(); f3d_times=()
    for ((i = 0; i < runs; i++)); do
        t0=$(now); "$cli" render "$f" -o "$out/wb.png" --size 1280x800 >/dev/null 2>&1; t1=$(now)
        f3d --output "$out/f3d.png" --resolution 1280,800 "$f" >/dev/null 2>&1; t2=$(now)
        wb_times+=($(( (t1 - t0) / 1000 ))); f3d_times+=($(( (t2 - t1) / 1000 )))
    done
    wb=$(printf '%s\n' "${wb_times[@]}" | median)
    f3=$(printf '%s\n' "${f3d_times[@]}" | median)
    awk -v n="$name" -v a="$wb" -v b="$f3" 'BEGIN {printf "%-16s %12.3f %12.3f %8.2f\n", n, a/1e6, b/1e6, a/b}'
done
echo "(median of $runs interleaved runs, 1280x800; ratio = werkbank / f3d, lower is better)"
