# Qt Charts 6.4.2 (the dashboard's chart of meetings per year),
# from Qt's own v6.4.2 tag kept in packaging/windows/vendor (Debian serves no source for it).
out="$WIN_BUILD/qtcharts"
rm -rf "$out" "$WIN_SRC/qtcharts-everywhere-src-6.4.2" && mkdir -p "$out"
tar -xJf "$WIN_HERE/vendor/qtcharts-everywhere-src-6.4.2.tar.xz" -C "$WIN_SRC"
cd "$out"
"$WIN_PREFIX/bin/qt-cmake" -S "$WIN_SRC/qtcharts-everywhere-src-6.4.2" -B . -G Ninja \
    -DCMAKE_BUILD_TYPE=Release -DQT_BUILD_TESTS=OFF -DQT_BUILD_EXAMPLES=OFF >configure.log 2>&1 ||
    { tail -40 configure.log; exit 1; }
cmake --build . --parallel "$WIN_JOBS" >build.log 2>&1 || { tail -60 build.log; exit 1; }
cmake --install . >install.log
