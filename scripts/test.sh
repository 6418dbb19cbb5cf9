#!/usr/bin/env bash
# Installs what is missing, builds, checks the house style (scripts/check-style.sh: a file that
# clang-format would change, or a clang-tidy finding in app/, core/ or ui/, fails the run;
# TAVOLO_SKIP_STYLE=1 skips it), and runs every test with ctest (offscreen, no display);
# then builds the "sanitize" preset (AddressSanitizer + UndefinedBehaviorSanitizer) and runs the
# tests again under it, failing on any sanitizer report, also from child processes such as
# tavolo-cli. TAVOLO_SKIP_SANITIZE=1 skips the second pass.
# TAVOLO_WINDOWS=1 adds the Windows job at the end (packaging/windows/build.sh --if-cached:
# cross-build, the tests under Wine, MSI, smoke test) when its dependencies are cached. It is
# not in CI's run: with it the run took longer than CI allows (about half an hour more on two
# cores), so the Windows build is its own command (README, "Windows").
# Each stage prints one line with the time it starts, so a slow run shows where it went.
set -euo pipefail
cd "$(dirname "$0")/.."
stage() { echo "[test $(date +%T)] $*"; }

stage "build (default)"
bash scripts/build.sh default
if [[ "${TAVOLO_SKIP_STYLE:-0}" != 1 ]]; then
    stage "house style"
    bash scripts/check-style.sh
fi
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
stage "tests (default)"
ctest --preset default -j "$(nproc)" "$@"

windows() {
    if [[ "${TAVOLO_WINDOWS:-0}" == 1 ]]; then
        stage "Windows job"
        env -u ASAN_OPTIONS -u UBSAN_OPTIONS bash packaging/windows/build.sh --if-cached
    fi
    stage "done"
}

if [[ "${TAVOLO_SKIP_SANITIZE:-0}" == 1 ]]; then
    windows
    exit 0
fi
stage "build (sanitize)"
bash scripts/build.sh sanitize
reports="$(mktemp -d)"
export ASAN_OPTIONS="detect_leaks=1:log_path=$reports/asan"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$reports/ubsan"
status=0
stage "tests (sanitize)"
ctest --preset sanitize -j "$(nproc)" "$@" || status=$?
if compgen -G "$reports/*" >/dev/null; then
    echo "Sanitizer reports:" >&2
    cat "$reports"/* >&2
    status=1
fi
rm -rf "$reports"
[[ "$status" == 0 ]] && windows
exit "$status"
