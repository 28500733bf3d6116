#!/usr/bin/env bash
# Copies the header-only libraries of the solver-only build (nlohmann-json, CLI11) into
# build/gpu-headers, for tests/gpu/run.sh on a GPU machine that has neither (carry that folder
# along with the working tree).
# Usage, from anywhere: bash tests/gpu/prepare.sh [INCLUDE_DIR]   (default /usr/include)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
src=${1:-/usr/include}
dest="$root/build/gpu-headers"
for dir in nlohmann CLI; do
    if [ ! -d "$src/$dir" ]; then
        echo "prepare.sh: $src/$dir not found: install nlohmann-json3-dev and libcli11-dev" \
             "(make deps) or name the folder that holds nlohmann/ and CLI/" >&2
        exit 1
    fi
done
rm -rf "$dest"
mkdir -p "$dest"
cp -R "$src/nlohmann" "$src/CLI" "$dest/"
echo "prepare.sh: headers copied to $dest ($(du -sh "$dest" | cut -f1))"
