#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with ctest (offscreen, no display);
# then builds the "sanitize" preset (AddressSanitizer + UndefinedBehaviorSanitizer) and runs the
# tests again under it, failing on any sanitizer report, also from child processes such as
# tavolo-cli. TAVOLO_SKIP_SANITIZE=1 skips the second pass.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh default
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
ctest --preset default -j "$(nproc)" "$@"

if [[ "${TAVOLO_SKIP_SANITIZE:-0}" == 1 ]]; then
    exit 0
fi
bash scripts/build.sh sanitize
reports="$(mktemp -d)"
export ASAN_OPTIONS="detect_leaks=1:log_path=$reports/asan"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$reports/ubsan"
status=0
ctest --preset sanitize -j "$(nproc)" "$@" || status=$?
if compgen -G "$reports/*" >/dev/null; then
    echo "Sanitizer reports:" >&2
    cat "$reports"/* >&2
    status=1
fi
rm -rf "$reports"
exit "$status"
