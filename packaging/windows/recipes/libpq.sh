# libpq, PostgreSQL's client library, from Debian's postgresql-15 source, cross-built with
# MinGW-w64 and OpenSSL from the prefix (TLS as libpq offers it: sslmode). Only the library
# and its public headers: Qt's PostgreSQL driver (the qpsql step) links it.
src="$(debian_source postgresql-15)"
out="$WIN_BUILD/libpq"
rm -rf "$out" && mkdir -p "$out"
cd "$out"
"$src/configure" --host=x86_64-w64-mingw32 --prefix="$WIN_PREFIX" \
    --without-readline --without-zlib --without-icu --without-llvm --with-ssl=openssl \
    --with-includes="$WIN_PREFIX/include" --with-libraries="$WIN_PREFIX/lib" \
    >configure.log 2>&1 || { tail -40 configure.log; exit 1; }
make -C src/interfaces/libpq -j"$WIN_JOBS" >build.log 2>&1 || { tail -60 build.log; exit 1; }
{ make -C src/interfaces/libpq install && make -C src/include install; } >install.log 2>&1 ||
    { tail -40 install.log; exit 1; }
