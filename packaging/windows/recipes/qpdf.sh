# qpdf 11 from Debian's source (Tavolo cuts each letter out of the combined PDF with libqpdf),
# with Windows' own crypto, zlib from Debian's libz-mingw-w64-dev and libjpeg from the prefix.
src="$(debian_source qpdf)"
# rijndael.h uses uint32_t without <stdint.h> under MinGW (qpdf's configure check misses it).
grep -q '^#include <stdint.h>' "$src/libqpdf/qpdf/rijndael.h" ||
    sed -i '0,/#include/s//#include <stdint.h>\n#include/' "$src/libqpdf/qpdf/rijndael.h"
out="$WIN_BUILD/qpdf"
rm -rf "$out" && mkdir -p "$out/qpdf/extra-dlls"
cd "$out"
cmake -S "$src" -B . -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$WIN_TOOLCHAIN" -DCMAKE_INSTALL_PREFIX="$WIN_PREFIX" \
    -DBUILD_STATIC_LIBS=OFF -DREQUIRE_CRYPTO_NATIVE=ON -DUSE_IMPLICIT_CRYPTO=OFF \
    -DINSTALL_EXAMPLES=OFF -DBUILD_DOC=OFF \
    >configure.log 2>&1 || { tail -40 configure.log; exit 1; }
cmake --build . --parallel "$WIN_JOBS" --target libqpdf >build.log 2>&1 || { tail -60 build.log; exit 1; }
# The DLL, its import library and qpdfConfig.cmake are in the components "Unspecified" and "dev".
cmake --install . --component Unspecified >install.log
cmake --install . --component dev >>install.log
