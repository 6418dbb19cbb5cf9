# Shared by the scripts of packaging/windows: where the cache lives and how a cached step is
# skipped. Sourced, not run.
#
# The cache ($TAVOLO_WINDOWS_CACHE, default /var/cache/tavolo-windows, outside the repository)
# holds Debian's sources (src/), the build folders (build/) and one prefix (prefix/) with every
# Windows dependency. Each step writes a stamp with its key: the recipe's own text, the
# versions of the sources it read and the keys of the steps it builds on. A step whose key is
# unchanged is skipped, so a second run costs only Tavolo's own build.

: "${TAVOLO_WINDOWS_CACHE:=/var/cache/tavolo-windows}"
WIN_CACHE="$TAVOLO_WINDOWS_CACHE"
WIN_SRC="$WIN_CACHE/src"
WIN_BUILD="$WIN_CACHE/build"
WIN_PREFIX="$WIN_CACHE/prefix"
WIN_STAMPS="$WIN_CACHE/stamps"
WIN_HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WIN_TOOLCHAIN="$WIN_HERE/mingw-w64.cmake"
WIN_JOBS="${TAVOLO_WINDOWS_JOBS:-$(nproc)}"
mkdir -p "$WIN_SRC" "$WIN_BUILD" "$WIN_PREFIX" "$WIN_STAMPS"

# The host's pkg-config files must never be found for a Windows library.
export PKG_CONFIG_LIBDIR="$WIN_PREFIX/lib/pkgconfig:/usr/x86_64-w64-mingw32/lib/pkgconfig"
export QT_WINDOWS_PREFIX="$WIN_PREFIX"

log() { printf '[windows %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

# The version of a Debian source package as the archive serves it now.
source_version() {
    apt-cache showsrc "$1" | awk '/^Version:/ { print $2; exit }'
}

# Unpacks Debian's source package $1 under $WIN_SRC (once) and prints its folder.
debian_source() {
    local package="$1" version upstream dir
    version="$(source_version "$package")"
    [ -n "$version" ] || { echo "No Debian source for $package (deb-src missing?)" >&2; return 1; }
    upstream="${version#*:}"
    upstream="${upstream%-*}"
    dir="$WIN_SRC/$package-$upstream"
    if [ ! -f "$dir/.unpacked" ]; then
        rm -rf "$dir"
        (cd "$WIN_SRC" && apt-get source -qq -o APT::Sandbox::User=root "$package=$version" >/dev/null)
        touch "$dir/.unpacked"
    fi
    printf '%s\n' "$dir"
}

# step_key NAME TEXT...: the key of a step, from its recipe file and whatever else is named.
step_key() {
    local name="$1"; shift
    { cat "$WIN_HERE/recipes/$name.sh" "$WIN_TOOLCHAIN"; printf '%s\n' "$@"; } | sha256sum | cut -c1-16
}

# current_key NAME DEPENDENCY...: the key the step would have now.
current_key() {
    local name="$1"; shift
    local extra=() dep
    for dep in "$@"; do extra+=("$dep=$(cat "$WIN_STAMPS/$dep" 2>/dev/null)"); done
    step_key "$name" "${extra[@]}" "$(recipe_inputs "$name")"
}

# is_cached NAME DEPENDENCY...: whether the step's stamp has its current key.
is_cached() {
    [ "$(cat "$WIN_STAMPS/$1" 2>/dev/null)" = "$(current_key "$@")" ]
}

# run_step NAME DEPENDENCY...: runs recipes/NAME.sh unless its stamp has the same key.
run_step() {
    local name="$1"; shift
    local key
    key="$(current_key "$name" "$@")"
    if [ "$(cat "$WIN_STAMPS/$name" 2>/dev/null)" = "$key" ]; then
        log "$name: cached ($key)"
        return 0
    fi
    log "$name: building"
    local started=$SECONDS
    rm -f "$WIN_STAMPS/$name"
    # shellcheck source=/dev/null
    if ! (set -euo pipefail; source "$WIN_HERE/recipes/$name.sh"); then
        log "$name: FAILED (logs in $WIN_BUILD/$name)"
        return 1
    fi
    echo "$key" >"$WIN_STAMPS/$name"
    log "$name: done in $((SECONDS - started)) s"
}

# What a recipe reads besides its own text (source versions, vendored tarballs).
recipe_inputs() {
    case "$1" in
        sqlite) source_version sqlite3 ;;
        qtbase) source_version qt6-base ;;
        # The tarball's content only: the key must not depend on where the clone is.
        qtsvg) sha256sum <"$WIN_HERE/vendor/qtsvg-everywhere-src-6.4.2.tar.xz" ;;
        qtcharts) sha256sum <"$WIN_HERE/vendor/qtcharts-everywhere-src-6.4.2.tar.xz" ;;
        libjpeg) source_version libjpeg-turbo ;;
        qpdf) source_version qpdf ;;
        openssl) source_version openssl ;;
        libpq) source_version postgresql-15 ;;
        qpsql) source_version qt6-base ;;
        *) true ;;
    esac
}
