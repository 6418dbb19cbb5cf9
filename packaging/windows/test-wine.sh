#!/usr/bin/env bash
# Runs the Windows build's ctest under Wine (offscreen platform), in a fresh private Wine
# prefix. Tests labelled "host-tools" call Linux programs (pdftotext, pdfinfo, python3) that
# a Windows process cannot start; they are left out here and run in the Linux build (the
# smoke test checks the Windows build's PDFs with those tools from outside Wine).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$here/wine-env.sh"
work="$(mktemp -d)"
trap 'wineserver -k 2>/dev/null || true; rm -rf "$work"' EXIT
new_wine_prefix "$work/wine"
export QT_QPA_PLATFORM=offscreen
cd "$root/build/windows"
ctest -j "$WIN_JOBS" -LE host-tools --output-on-failure --timeout 600 "$@"
