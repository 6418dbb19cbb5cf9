# Sourced by the Wine scripts of packaging/windows: a private Wine prefix and the paths a
# cross-built program needs to find its DLLs when it runs from the build tree.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
export WINEDEBUG="${WINEDEBUG:--all}"
export WINEDLLOVERRIDES="${WINEDLLOVERRIDES:-mscoree,mshtml=}"   # no Mono/Gecko prompts
mingw_gcc_dir="$(dirname "$(x86_64-w64-mingw32-g++-posix -print-libgcc-file-name)")"
# Windows paths of Unix folders (Wine maps / to Z:).
winpath() { printf 'Z:%s' "${1//\//\\}"; }
export WINEPATH="$(winpath "$WIN_PREFIX/bin");$(winpath "$mingw_gcc_dir");$(winpath /usr/x86_64-w64-mingw32/lib)"
# Wine hands no variable named QT_* to a Windows program (it keeps them for its own Unix side);
# one named WINEQT_* arrives as QT_*.
export WINEQT_PLUGIN_PATH="$(winpath "$WIN_PREFIX/plugins")"
while IFS= read -r variable; do
    export "WINE$variable"
done < <(env | grep '^QT_' || true)

# new_wine_prefix DIR: a fresh, initialised Wine prefix (about 10 s).
new_wine_prefix() {
    export WINEPREFIX="$1"
    mkdir -p "$WINEPREFIX"
    wineboot -i >/dev/null 2>&1
    wineserver -w
}
