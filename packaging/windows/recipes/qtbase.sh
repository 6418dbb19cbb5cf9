# Qt 6.4.2's qtbase from Debian's source, cross-built with MinGW-w64: only what Tavolo uses
# (Core, Gui, Widgets, Sql with SQLite, PrintSupport, Test, the windows/offscreen platforms,
# the Windows style). The host tools (moc, rcc, uic) are Debian's own (-qt-host-path /usr).
src="$(debian_source qt6-base)"
mkdir -p "$src/src/3rdparty/sqlite"
cp "$WIN_CACHE/sqlite-amalgamation/"* "$src/src/3rdparty/sqlite/"
# Without Direct2D (-no-feature-direct2d, which spares building a second Windows platform
# plug-in) Qt Gui has no DirectWrite font engine or database, yet the Windows print engine and
# platform plug-in still refer to them: their conditions gain direct2d.
sed -i -E 's/^#if QT_CONFIG\((directwrite3?)\)$/#if QT_CONFIG(\1) \&\& QT_CONFIG(direct2d)/' \
    "$src/src/printsupport/platform/windows/qprintengine_win.cpp" \
    "$src/src/plugins/platforms/windows/qwindowsintegration.cpp"
out="$WIN_BUILD/qtbase"
rm -rf "$out" && mkdir -p "$out"
cd "$out"
"$src/configure" -prefix "$WIN_PREFIX" -release -nomake tests -nomake examples \
    -opengl dynamic -qt-host-path /usr \
    -no-feature-network -no-dbus -no-feature-concurrent -no-feature-xml \
    -no-feature-tabletevent -no-feature-vulkan -no-feature-direct2d \
    -sql-sqlite -no-sql-odbc -no-sql-psql -no-sql-mysql -no-sql-ibase -no-sql-oci -no-sql-db2 \
    -- -G Ninja -DCMAKE_TOOLCHAIN_FILE="$WIN_TOOLCHAIN" \
    -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    -DFEATURE_system_sqlite=OFF -DFEATURE_system_zlib=OFF -DFEATURE_system_png=OFF \
    -DFEATURE_system_jpeg=OFF -DFEATURE_system_freetype=OFF -DFEATURE_system_harfbuzz=OFF \
    -DFEATURE_system_pcre2=OFF >configure.log 2>&1 || { tail -40 configure.log; exit 1; }
cmake --build . --parallel "$WIN_JOBS" >build.log 2>&1 || { tail -60 build.log; exit 1; }
cmake --install . >install.log
