#!/usr/bin/env bash
# Installs what is missing, builds, checks the house style (scripts/check-style.sh: a file that
# clang-format would change, or a clang-tidy finding in app/, core/ or ui/, fails the run;
# TAVOLO_SKIP_STYLE=1 skips it), and runs every test with ctest (offscreen, no display);
# then builds the "sanitize" preset (AddressSanitizer + UndefinedBehaviorSanitizer) and runs the
# tests again under it, failing on any sanitizer report, also from child processes such as
# tavolo-cli. TAVOLO_SKIP_SANITIZE=1 skips the second pass.
# Last, the Windows build (packaging/windows/build.sh --if-cached): cross-built, tested under
# Wine, packaged as an MSI and smoke-tested, whenever its dependencies are already cached (a
# cold build of Qt for Windows takes about an hour); TAVOLO_SKIP_WINDOWS=1 skips it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh default
[[ "${TAVOLO_SKIP_STYLE:-0}" == 1 ]] || bash scripts/check-style.sh
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
ctest --preset default -j "$(nproc)" "$@"

windows() {
    if [[ "${TAVOLO_SKIP_WINDOWS:-0}" != 1 ]]; then
        env -u ASAN_OPTIONS -u UBSAN_OPTIONS bash packaging/windows/build.sh --if-cached
    fi
}

if [[ "${TAVOLO_SKIP_SANITIZE:-0}" == 1 ]]; then
    windows
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
[[ "$status" == 0 ]] && windows
exit "$status"
