# libjpeg-turbo from Debian's source: qpdf links it (DCT streams); no SIMD (no nasm needed).
src="$(debian_source libjpeg-turbo)"
out="$WIN_BUILD/libjpeg"
rm -rf "$out" && mkdir -p "$out"
cd "$out"
cmake -S "$src" -B . -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$WIN_TOOLCHAIN" -DCMAKE_INSTALL_PREFIX="$WIN_PREFIX" \
    -DENABLE_SHARED=ON -DENABLE_STATIC=OFF -DWITH_SIMD=OFF -DWITH_TURBOJPEG=OFF \
    >configure.log 2>&1 || { tail -40 configure.log; exit 1; }
cmake --build . --parallel "$WIN_JOBS" >build.log 2>&1 || { tail -60 build.log; exit 1; }
cmake --install . >install.log
