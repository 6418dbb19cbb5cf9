#!/usr/bin/env bash
# Stages the Windows build (cmake --install: the programs, Qt's DLLs and plug-ins, qpdf, the
# MinGW runtime; packaging/windows/install.cmake), strips it, checks that every DLL a staged
# file imports is staged or belongs to Windows, and makes build/windows/Tavolo-VERSION-x64.msi.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$here/lib.sh"
build="$root/build/windows"
stage="$build/stage"
rm -rf "$stage"
cmake --install "$build" --prefix "$stage" >/dev/null
find "$stage" \( -name '*.exe' -o -name '*.dll' \) -exec x86_64-w64-mingw32-strip --strip-unneeded {} +

# Windows' own DLLs (and the API sets that stand for them); anything else must be staged.
system_dlls='^(kernel32|user32|gdi32|advapi32|shell32|ole32|oleaut32|comdlg32|comctl32|winmm|ws2_32|version|uxtheme|dwmapi|imm32|shlwapi|winspool\.drv|d3d9|d3d11|d3d12|dxgi|dwrite|d2d1|opengl32|mpr|netapi32|userenv|crypt32|bcrypt|msvcrt|setupapi|wtsapi32|shcore|ncrypt|rpcrt4|secur32|dnsapi|iphlpapi|authz|ntdll|msimg32|usp10|gdiplus|api-ms-win-.*)\.dll$|^winspool\.drv$'
missing=0
while IFS= read -r file; do
    while IFS= read -r dll; do
        lower="${dll,,}"
        [[ "$lower" =~ $system_dlls ]] && continue
        if ! find "$stage/bin" "$(dirname "$file")" -maxdepth 1 -iname "$dll" | grep -q .; then
            echo "MISSING: $(basename "$file") imports $dll, which is not staged" >&2
            missing=1
        fi
    done < <(x86_64-w64-mingw32-objdump -p "$file" | awk '/DLL Name:/ { print $3 }')
done < <(find "$stage" \( -name '*.exe' -o -name '*.dll' \))
[ "$missing" = 0 ] || exit 1

version="$(awk -F'"' '/CMAKE_PROJECT_VERSION:/ {print}' "$build/CMakeCache.txt" | cut -d= -f2)"
msi="$build/Tavolo-$version-x64.msi"
cp "$root/resources/icons/tavolo.ico" "$build/tavolo.ico"   # wixl takes relative paths only
(cd "$build" &&
    find stage -type f | sort | wixl-heat -p stage/ --component-group CG.files \
        --var var.SourceDir --directory-ref INSTALLDIR --win64 >files.wxs &&
    wixl -a x64 -D SourceDir=stage -D Win64=yes -D Version="$version" \
        -D IconFile=tavolo.ico -o "$msi" "$here/tavolo.wxs" files.wxs)
log "MSI: $msi ($(du -h "$msi" | cut -f1))"
