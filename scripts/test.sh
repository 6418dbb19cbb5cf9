#!/usr/bin/env bash
# Installs what is missing, builds the "sanitize" preset (AddressSanitizer and
# UndefinedBehaviorSanitizer, a debug build), checks the house style (scripts/check-style.sh: a
# file that clang-format would change, or a clang-tidy finding in app/, core/ or ui/, fails the
# run; TAVOLO_SKIP_STYLE=1 skips it), and runs every test with ctest (offscreen, no display)
# under the sanitizers, failing on any sanitizer report, also from child processes such as
# tavolo-cli. The tests run once, in the build that checks the most: a second pass in the
# optimised "default" build (the one scripts/run.sh makes) would take CI past its hour; what it
# alone would catch, warnings that only the optimiser emits, shows in that build.
# TAVOLO_SKIP_SANITIZE=1 builds and tests the "default" preset instead (quicker, no sanitizers).
# TAVOLO_WINDOWS=1 adds the Windows job at the end (packaging/windows/build.sh --if-cached:
# cross-build, the tests under Wine, MSI, smoke test) when its dependencies are cached. CI
# leaves it out: it adds about half an hour on two cores, more than CI's time allows.
# Each stage prints one line with the time it starts, so a slow run shows where it went.
set -euo pipefail
cd "$(dirname "$0")/.."
stage() { echo "[test $(date +%T)] $*"; }

preset=sanitize
[[ "${TAVOLO_SKIP_SANITIZE:-0}" == 1 ]] && preset=default
stage "build ($preset)"
bash scripts/build.sh "$preset"
if [[ "${TAVOLO_SKIP_STYLE:-0}" != 1 ]]; then
    stage "house style"
    TAVOLO_STYLE_BUILD="build/$preset" bash scripts/check-style.sh
fi
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
reports="$(mktemp -d)"
trap 'rm -rf "$reports"' EXIT
if [[ "$preset" == sanitize ]]; then
    export ASAN_OPTIONS="detect_leaks=1:log_path=$reports/asan"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$reports/ubsan"
fi
stage "tests ($preset)"
status=0
ctest --preset "$preset" -j "$(nproc)" "$@" || status=$?
if compgen -G "$reports/*" >/dev/null; then
    echo "Sanitizer reports:" >&2
    cat "$reports"/* >&2
    status=1
fi
if [[ "$status" == 0 && "${TAVOLO_WINDOWS:-0}" == 1 ]]; then
    stage "Windows job"
    env -u ASAN_OPTIONS -u UBSAN_OPTIONS bash packaging/windows/build.sh --if-cached
fi
stage "done"
exit "$status"
