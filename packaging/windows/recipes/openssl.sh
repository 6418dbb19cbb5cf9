# OpenSSL 3.0 from Debian's source, cross-built with MinGW-w64: only its two libraries
# (libcrypto-3-x64.dll, libssl-3-x64.dll), which libpq uses for TLS to the office server
# (sslmode=require, verify-full). Its own tests, programs and manuals are not built.
src="$(debian_source openssl)"
out="$WIN_BUILD/openssl"
rm -rf "$out" && mkdir -p "$out"
cd "$out"
"$src/Configure" mingw64 --cross-compile-prefix=x86_64-w64-mingw32- \
    --prefix="$WIN_PREFIX" --libdir=lib shared no-tests no-engine no-legacy no-module \
    >configure.log 2>&1 || { tail -40 configure.log; exit 1; }
make -j"$WIN_JOBS" build_libs >build.log 2>&1 || { tail -60 build.log; exit 1; }
# The headers, import libraries and pkg-config files, then the DLLs.
make install_dev install_runtime_libs >install.log 2>&1 || { tail -40 install.log; exit 1; }
