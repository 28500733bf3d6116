#!/usr/bin/env bash
# Runs every fuzz harness of a WERKBANK_FUZZ build for FUZZ_SECONDS each (default 60), starting
# from its regression corpus. New coverage goes to BUILD/corpus/<harness>/; a crash, hang or
# leak is written to tests/data/regress/<harness>/ (keep it there: `make test` replays it).
set -euo pipefail
build=${1:?usage: run.sh BUILD_DIR}
seconds=${FUZZ_SECONDS:-60}
cd "$(dirname "$0")/../.."
status=0
# OCCT's own leaks (static parameters, handle cycles of self-referencing files) are not findings
export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
for harness in "$build"/bin/fuzz_*; do
    name=$(basename "$harness")
    regress=tests/data/regress/$name
    corpus=$build/corpus/$name
    mkdir -p "$corpus" "$regress"
    echo "== $name for ${seconds}s"
    if ! "$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
            -artifact_prefix="$regress/" -print_final_stats=1 "$corpus" "$regress" \
            > "$build/$name.log" 2>&1; then
        echo "$name: FINDING, see $build/$name.log and the new file in $regress/"
        status=1
    fi
    grep -E '^stat::number_of_executed_units|^stat::average_exec_per_sec|^#[0-9]+ *DONE' \
        "$build/$name.log" || true
done
exit $status
