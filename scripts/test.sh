#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with ctest (offscreen, no display).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh default
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
ctest --preset default -j "$(nproc)" "$@"
