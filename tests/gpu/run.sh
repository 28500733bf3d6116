#!/usr/bin/env bash
# The GPU machine's check, from a copy of the working tree: builds the solver-only tree with
# CUDA, shows the device, runs the CUDA and solver tests and the solver benchmark on the GPU
# against the CPU (the sizes of the README's solver table).
# Usage, from anywhere: bash tests/gpu/run.sh [BUILD_DIR]   (default build/gpu)
# Needs a C++ compiler, CMake 3.25+ and nvcc; nothing from the network. Without the packages
# nlohmann-json3-dev and libcli11-dev it takes their headers from build/gpu-headers (made by
# tests/gpu/prepare.sh) or from WERKBANK_HEADERS_DIR.
# Exit status: 0 when the build and every test passed (a test without a device counts as
# skipped), 1 otherwise. The benchmark runs even after a failed test.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
build=${1:-build/gpu}
headers=${WERKBANK_HEADERS_DIR:-$root/build/gpu-headers}
jobs=$(nproc 2>/dev/null || echo 4)
sizes=14,20,32,55 # the README's solver table: 0.1M, 0.26M, 1M and 5M DOF

die() {
    echo "run.sh: $*" >&2
    exit 1
}
step() { printf '\n== %s  [%d s]\n' "$*" "$SECONDS"; }

command -v cmake >/dev/null ||
    die "cmake not found: install CMake 3.25 or newer (it is needed to build the solver)"
nvcc=${CUDACXX:-$(command -v nvcc || true)}
if [ -z "$nvcc" ] && [ -x /usr/local/cuda/bin/nvcc ]; then nvcc=/usr/local/cuda/bin/nvcc; fi
[ -n "$nvcc" ] || die "nvcc not found: put the CUDA toolkit's bin folder in PATH or set CUDACXX"
command -v c++ >/dev/null || command -v g++ >/dev/null || die "no C++ compiler (c++ or g++) found"

step "configure ($build; $("$nvcc" --version | tail -n 1))"
args=(-DWERKBANK_SOLVER_ONLY=ON -DCMAKE_BUILD_TYPE=Release -DCMAKE_CUDA_COMPILER="$nvcc")
if command -v ninja >/dev/null; then args+=(-G Ninja); fi
if [ -d "$headers" ]; then
    # the copies, also where the packages exist, so that this run proves they suffice
    args+=(-DWERKBANK_HEADERS_DIR="$headers" -DCMAKE_DISABLE_FIND_PACKAGE_nlohmann_json=ON
        -DCMAKE_DISABLE_FIND_PACKAGE_CLI11=ON)
else
    echo "no $headers: using the installed nlohmann-json and CLI11 (tests/gpu/prepare.sh makes a copy)"
fi
mkdir -p "$build"
cmake -S . -B "$build" "${args[@]}" >"$build/configure.log" 2>&1 ||
    die "configure failed: $(tail -n 20 "$build/configure.log")"
grep 'Werkbank:' "$build/configure.log" || true
grep -q 'Werkbank: CUDA backend ON' "$build/configure.log" ||
    die "CMake did not enable CUDA with $nvcc (see $build/configure.log)"

step "build ($jobs jobs)"
cmake --build "$build" -j "$jobs"

step "device"
if command -v nvidia-smi >/dev/null; then
    nvidia-smi || echo "nvidia-smi failed: no usable GPU or driver"
else
    echo "nvidia-smi not found: no NVIDIA driver on this machine"
fi

status=0
step "CUDA tests (ctest -L cuda)"
(cd "$build" && ctest -L cuda -V --timeout 600) >"$build/cuda-tests.log" 2>&1 || status=1
grep -E '^[0-9]+: |Test +#|tests passed' "$build/cuda-tests.log" || true

step "solver tests (ctest -L sim)"
(cd "$build" && ctest -L sim -LE cuda -j "$jobs" --output-on-failure --timeout 600) || status=1

step "benchmark: CPU ($jobs threads) and CUDA, sizes $sizes"
"$build/bin/bench_solver" --backend cpu --sizes "$sizes" --ccx-max 0 || status=1
"$build/bin/bench_solver" --backend cuda --sizes "$sizes" --ccx-max 0 || status=1

step "done: $([ $status = 0 ] && echo 'build and tests passed' || echo 'FAILURES above')"
exit $status
