#!/usr/bin/env bash
# Installs what is missing, builds, and starts Tavolo on the default archive
# (or on the archive named by TAVOLO_DB / the arguments, e.g. --db FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh default
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: starting Tavolo inside a virtual X server (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1366x768x24" build/default/app/gui/tavolo "$@"
fi
exec build/default/app/gui/tavolo "$@"
