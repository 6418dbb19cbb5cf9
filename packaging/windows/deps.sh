#!/usr/bin/env bash
# Installs, with apt-get, what the Windows cross-build needs: the MinGW-w64 toolchain, the
# host's Qt tools (moc, rcc, uic, lrelease run on Debian), Wine to run the tests and the
# installer, wixl for the MSI, and Debian's source packages of the dependencies that are
# cross-built (qt6-base, sqlite3, qpdf, libjpeg-turbo). Skips what is already there.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bash "$here/../../scripts/deps.sh"

packages=(
    g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix mingw-w64-tools binutils-mingw-w64-x86-64
    libz-mingw-w64-dev libz-mingw-w64
    wine wine64 wixl xvfb xauth imagemagick poppler-utils
    dpkg-dev tcl xz-utils
    fonts-dejavu-core
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# Debian's source packages are read from a deb-src entry of the project's own, beside the
# machine's sources (never editing them).
src_list=/etc/apt/sources.list.d/tavolo-deb-src.sources
need_update=0
if [ ! -f "$src_list" ]; then
    cat >"$src_list" <<'SRC'
# Written by Tavolo's packaging/windows/deps.sh: Debian's source packages for the
# Windows cross-build (qt6-base, sqlite3, qpdf, libjpeg-turbo).
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    need_update=1
fi
export DEBIAN_FRONTEND=noninteractive
if [ ${#missing[@]} -gt 0 ] || [ "$need_update" = 1 ]; then
    apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
