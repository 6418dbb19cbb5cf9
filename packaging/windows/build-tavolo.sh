#!/usr/bin/env bash
# Cross-builds Tavolo (GUI, CLI, tests) for Windows in build/windows against the cached prefix
# (build.sh makes it). ctest there runs each test under Wine (wine-test.sh).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$here/lib.sh"
cmake -S "$root" -B "$root/build/windows" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$WIN_TOOLCHAIN" -DQT_WINDOWS_PREFIX="$WIN_PREFIX" \
    -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    -DCMAKE_CROSSCOMPILING_EMULATOR="$here/wine-test.sh" >/dev/null
cmake --build "$root/build/windows" --parallel "$WIN_JOBS"
