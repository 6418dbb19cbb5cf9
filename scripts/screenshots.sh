#!/usr/bin/env bash
# Builds the Sondrio scenario (docs/examples/sondrio-scenario.json) with tavolo-cli apply and writes a
# picture of every page of the GUI (1366x768) to docs/screenshots/, inside a virtual X server.
# TAVOLO_LANGUAGE=it|en chooses the language of the pictures (default: it).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${BUILD_DIR:-build/default}"
out="${1:-docs/screenshots}"
if [ ! -x "$build/app/gui/tavolo" ] || [ ! -x "$build/app/cli/tavolo-cli" ]; then
    bash scripts/build.sh default
fi
# A fixed folder, so that the archive path in the status bar (and so the pictures) are the same
# from one run to the next.
work="${TMPDIR:-/tmp}/tavolo-screenshots"
rm -rf "$work"
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR="$work/xdg"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
export TAVOLO_LANGUAGE="${TAVOLO_LANGUAGE:-it}"
"$build/app/cli/tavolo-cli" --db "$work/demo.sqlite" apply docs/examples/sondrio-scenario.json >/dev/null || [ $? -eq 1 ] # the scenario includes refusals on purpose
# and the Piano di Zona's cycle of the Casalasco (issue 16), for its page
"$build/app/cli/tavolo-cli" --db "$work/demo.sqlite" apply docs/examples/casalasco-cycle.json >/dev/null || [ $? -eq 1 ]
# and the objective of seed 002 (issue 17), for the Obiettivi page
"$build/app/cli/tavolo-cli" --db "$work/demo.sqlite" apply docs/examples/objective-2019-zn20.json >/dev/null || [ $? -eq 1 ]
mkdir -p "$out"
xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build/app/gui/tavolo" --db "$work/demo.sqlite" --screenshots "$out"
ls -1 "$out"/*.png
