#!/usr/bin/env bash
# Benchmark of the convocation letters (issue 4): our PDF/A-1b renderer against LibreOffice
# converting the same letters from ODT. Not part of ctest. Installs libreoffice-writer-nogui
# (Debian) when missing, builds bench_letters in build/bench (Release) and runs it.
#   bench/run-letters-bench.sh [recipients=20]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"

if ! dpkg-query -W -f='${Status}' libreoffice-writer-nogui 2>/dev/null | grep -q "install ok installed"; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui
fi

cmake -S "$here" -B "$here/build/bench" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DTAVOLO_BUILD_TESTS=OFF -DTAVOLO_BUILD_BENCH=ON > /dev/null
cmake --build "$here/build/bench" --target bench_letters -j2

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$out/xdg}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
"$here/build/bench/bench/bench_letters" "$out" "${1:-20}"
