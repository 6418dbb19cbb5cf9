# Qt's PostgreSQL driver (plugins/sqldrivers/qsqlpsql.dll), built on its own from qtbase's
# source against the prefix's Qt and libpq, so that a Windows workstation can open the office
# server's archive. Built apart from qtbase so that a new libpq does not rebuild all of Qt.
src="$(debian_source qt6-base)"
out="$WIN_BUILD/qpsql"
rm -rf "$out" && mkdir -p "$out"
cd "$out"
"$WIN_PREFIX/bin/qt-cmake" -S "$src/src/plugins/sqldrivers" -B . -G Ninja \
    -DCMAKE_BUILD_TYPE=Release -DFEATURE_sql_psql=ON -DFEATURE_sql_sqlite=OFF \
    -DFEATURE_sql_odbc=OFF -DFEATURE_sql_mysql=OFF -DFEATURE_sql_ibase=OFF \
    -DFEATURE_sql_oci=OFF -DFEATURE_sql_db2=OFF \
    -DPostgreSQL_INCLUDE_DIR="$WIN_PREFIX/include" \
    -DPostgreSQL_LIBRARY="$WIN_PREFIX/lib/libpq.a" \
    >configure.log 2>&1 || { tail -40 configure.log; exit 1; }
cmake --build . --parallel "$WIN_JOBS" >build.log 2>&1 || { tail -60 build.log; exit 1; }
cmake --install . >install.log
test -f "$WIN_PREFIX/plugins/sqldrivers/qsqlpsql.dll"
