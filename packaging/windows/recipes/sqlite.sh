# SQLite's amalgamation for Qt's SQLite driver (Debian strips Qt's own copy from qt6-base):
# generated from Debian's sqlite3 source.
src="$(debian_source sqlite3)"
out="$WIN_BUILD/sqlite"
rm -rf "$out" && mkdir -p "$out"
cd "$out"
"$src/configure" --disable-tcl >/dev/null
make -s sqlite3.c >/dev/null
mkdir -p "$WIN_CACHE/sqlite-amalgamation"
cp sqlite3.c sqlite3.h "$src/src/sqlite3ext.h" "$WIN_CACHE/sqlite-amalgamation/"
