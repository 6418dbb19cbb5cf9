#!/usr/bin/env bash
# Installs, with apt-get, the Debian packages Tavolo needs to build, test and run; skips
# the ones already installed. Run as root (or with sudo available).
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-charts-dev libqt6opengl6-dev libgl-dev libqt6svg6
    xvfb xauth poppler-utils python3 python3-icalendar
    fonts-dejavu-core libqpdf-dev
    sqlite3 libsqlite3-dev util-linux
    libqt6sql6-psql postgresql qtkeychain-qt6-dev
    clang-format clang-tidy
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "Installing: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
