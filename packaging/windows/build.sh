#!/usr/bin/env bash
# Cross-builds Tavolo for Windows from Debian 12, tests it under Wine and makes the MSI:
#   bash packaging/windows/build.sh
# 1. installs what it needs with apt-get (deps.sh);
# 2. builds the Windows dependencies into a cached prefix outside the repository
#    ($TAVOLO_WINDOWS_CACHE, default /var/cache/tavolo-windows; see lib.sh): SQLite's
#    amalgamation, Qt 6.4.2 (qtbase, qtsvg, qtcharts), libjpeg-turbo, qpdf;
# 3. cross-builds Tavolo (GUI, CLI, tests) in build/windows;
# 4. runs its ctest under Wine (test-wine.sh);
# 5. stages the programs with every DLL and plug-in they load and makes the MSI (msi.sh);
# 6. installs the MSI in a fresh Wine prefix and smoke-tests the installed program (smoke.sh).
# TAVOLO_WINDOWS_STEPS=deps stops after step 2. With --if-cached (what TAVOLO_WINDOWS=1
# scripts/test.sh uses) it runs only when every dependency is already in the cache, and
# otherwise says so in one line: a cold build of the dependencies takes about an hour.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
started=$SECONDS
# Each step and the steps it builds on.
steps=("sqlite" "qtbase sqlite" "libjpeg" "qpdf libjpeg" "qtsvg qtbase" "qtcharts qtbase"
       "openssl" "libpq openssl" "qpsql qtbase libpq")

if [ "${1:-}" = --if-cached ]; then
    # shellcheck source=lib.sh
    source "$here/lib.sh" 2>/dev/null
    for step in "${steps[@]}"; do
        # shellcheck disable=SC2086
        if ! command -v x86_64-w64-mingw32-g++-posix >/dev/null || ! is_cached $step; then
            echo "Windows build skipped: its dependencies are not cached in $WIN_CACHE" \
                 "(bash packaging/windows/build.sh builds them once, about an hour)."
            exit 0
        fi
    done
fi
bash "$here/deps.sh"
# shellcheck source=lib.sh
source "$here/lib.sh"
for step in "${steps[@]}"; do
    # shellcheck disable=SC2086
    run_step $step
done
log "dependencies ready in $((SECONDS - started)) s: $WIN_PREFIX"
[ "${TAVOLO_WINDOWS_STEPS:-all}" = deps ] && exit 0

bash "$here/build-tavolo.sh"
bash "$here/test-wine.sh"
bash "$here/msi.sh"
bash "$here/smoke.sh"
log "all done in $((SECONDS - started)) s"
