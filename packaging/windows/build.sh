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
# TAVOLO_WINDOWS_STEPS=deps stops after step 2.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
started=$SECONDS
bash "$here/deps.sh"
# shellcheck source=lib.sh
source "$here/lib.sh"

run_step sqlite
run_step qtbase sqlite
run_step libjpeg
run_step qpdf libjpeg
run_step qtsvg qtbase
run_step qtcharts qtbase
log "dependencies ready in $((SECONDS - started)) s: $WIN_PREFIX"
[ "${TAVOLO_WINDOWS_STEPS:-all}" = deps ] && exit 0

bash "$here/build-tavolo.sh"
bash "$here/test-wine.sh"
bash "$here/msi.sh"
bash "$here/smoke.sh"
log "all done in $((SECONDS - started)) s"
