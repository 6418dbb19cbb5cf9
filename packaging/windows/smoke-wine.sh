#!/usr/bin/env bash
# The Wine part of smoke.sh, run as the unprivileged user "Maria Rossì":
#   smoke-wine.sh WORK MSI MEETING [SERVER]
# MEETING: the id the Linux build gave the smoke meeting; SERVER: a PostgreSQL connection string
# (TLS on a loopback port) to copy the archive to, or nothing.
# Every check prints "ok: …" or stops the test with "FAILED: …".
set -euo pipefail
work="$1"; msi="$2"; meeting="$3"; server="${4:-}"
cd "$work"
export WINEPREFIX="$work/wine" WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=" TAVOLO_LANGUAGE=it
ok() { printf 'ok: %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; wineserver -k 2>/dev/null || true; exit 1; }
winpath() { printf 'Z:%s' "${1//\//\\}"; }
trap 'wineserver -k 2>/dev/null || true' EXIT

wineboot -i >/dev/null 2>&1; wineserver -w
profile="$WINEPREFIX/drive_c/users/Maria Rossì"
[ -d "$profile" ] || fail "the Windows user 'Maria Rossì' has no profile folder"

# 1. Installation, per machine, with its shortcut and uninstall entry.
wine msiexec /i "$(winpath "$work/$msi")" /qn || fail "msiexec /i exited with $?"
wineserver -w
install_dir="$WINEPREFIX/drive_c/Program Files/Tavolo"
for f in bin/tavolo.exe bin/tavolo-cli.exe bin/qt.conf bin/Qt6Core.dll bin/qpdf29.dll \
         plugins/platforms/qwindows.dll plugins/sqldrivers/qsqlite.dll \
         plugins/sqldrivers/qsqlpsql.dll bin/libpq.dll translations/qtbase_it.qm; do
    [ -f "$install_dir/$f" ] || fail "not installed: Program Files\\Tavolo\\$f"
done
ok "installed under C:\\Program Files\\Tavolo ($(find "$install_dir" -type f | wc -l) files)"
find "$WINEPREFIX/drive_c" -iname 'Tavolo.lnk' | grep -q . || fail "no Start-menu shortcut"
ok "Start-menu shortcut: $(find "$WINEPREFIX/drive_c" -iname 'Tavolo.lnk' | sed "s|$WINEPREFIX/||")"
wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s 2>/dev/null |
    tr -d '\r' | grep -q 'DisplayName.*Tavolo' || fail "no uninstall entry"
ok "uninstall entry in Apps & features"

cli() { wine 'C:\Program Files\Tavolo\bin\tavolo-cli.exe' "$@"; }

# 2. The default archive under %APPDATA%, the Sondrio scenario, check as on Linux.
cli init >init.out 2>&1 || fail "init: $(cat init.out)"
archive="$profile/AppData/Roaming/Tavolo/Tavolo/tavolo.sqlite"
[ -f "$archive" ] || fail "the default archive is not under %APPDATA%: $(cat init.out)"
ok "default archive: C:\\users\\Maria Rossì\\AppData\\Roaming\\Tavolo\\Tavolo\\tavolo.sqlite"
cli apply "$(winpath "$work/sondrio-scenario.json")" >apply.out 2>&1 || true
cli apply "$(winpath "$work/smoke-meeting.json")" >meeting.out 2>&1 || fail "apply: $(cat meeting.out)"
head -n 1 meeting.out | grep -q "\"id\":$meeting," || fail "the smoke meeting is not number $meeting as on Linux: $(cat meeting.out)"
cli check --date 2026-11-20 --json >windows-check.raw 2>&1 || true
tr -d '\r' <windows-check.raw >windows-check.json
diff -u linux-check.json windows-check.json >check.diff || fail "check differs from Linux: $(head -40 check.diff)"
ok "check --date 2026-11-20 reports what the Linux build reports"

# 3. Letters into a folder whose path has spaces and accented letters, with the words of the
#    Linux build's letters in the same order (the line breaks may differ: Windows' font
#    rasteriser measures a few words a little narrower, so a line can take one word more).
letters_unix="$profile/Documents/Lettere di convocazione è già qui"
mkdir -p "$letters_unix"
cli export letters --meeting "$meeting" --protocol 4512/2026 \
    --out 'C:\users\Maria Rossì\Documents\Lettere di convocazione è già qui' >export.out 2>&1 ||
    fail "export letters: $(cat export.out)"
count=0
for linux_pdf in linux-letters/*.pdf; do
    name="$(basename "$linux_pdf")"
    windows_pdf="$letters_unix/$name"
    [ -f "$windows_pdf" ] || fail "the Windows export has no $name ($(ls "$letters_unix"))"
    pdftotext "$linux_pdf" - | tr -s '[:space:]' '\n' >linux.txt
    pdftotext "$windows_pdf" - | tr -s '[:space:]' '\n' >windows.txt
    [ "$(wc -l <windows.txt)" -gt 50 ] || fail "$name has no text layer"
    diff -u linux.txt windows.txt >text.diff || fail "$name: text differs from Linux: $(head -30 text.diff)"
    fonts="$(pdffonts "$windows_pdf" | tail -n +3)"
    [ -n "$fonts" ] || fail "$name lists no font"
    if awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit !bad }' <<<"$fonts"; then
        fail "$name has a font that is not embedded: $fonts"
    fi
    pdfinfo -meta "$windows_pdf" | grep -q 'pdfaid:part' || fail "$name has no PDF/A identification"
    count=$((count + 1))
done
[ "$count" -gt 1 ] || fail "the Linux export has no letters to compare"
ok "$count PDFs: the same words as Linux, fonts embedded, PDF/A identification present"
cp "$letters_unix"/*.pdf "$work/" 2>/dev/null || true

# 4. A path with backslashes, a second program seeing the first's lock, a read-only folder.
cli --db 'C:\users\Maria Rossì\Documents\archivio.sqlite' init >bs.out 2>&1 || fail "backslash path: $(cat bs.out)"
[ -f "$profile/Documents/archivio.sqlite" ] || fail "--db with backslashes wrote elsewhere"
ok "--db C:\\users\\Maria Rossì\\Documents\\archivio.sqlite"

python3 - >big.json <<'PY'
import json
def vat(first10):  # an 11-digit tax code with its check digit
    total = sum(int(c) if i % 2 == 0 else (2 * int(c) - 9 if int(c) > 4 else 2 * int(c))
                for i, c in enumerate(first10))
    return first10 + str((10 - total % 10) % 10)
print(json.dumps([{"op": "org.add", "name": "Associazione %05d" % i, "taxCode": vat("%010d" % (7000000 + i))}
                  for i in range(40000)]))
PY
shared='C:\users\Maria Rossì\Documents\archivio.sqlite'
cli --db "$shared" apply --atomic "$(winpath "$work/big.json")" >big.out 2>&1 &
writer=$!
for _ in $(seq 1 600); do
    [ -f "$profile/Documents/archivio.sqlite.lock-info" ] && break
    sleep 0.1
done
[ -f "$profile/Documents/archivio.sqlite.lock-info" ] || fail "the first program wrote no lock information"
echo '[{"op":"org.add","name":"Seconda","taxCode":"00095450144"}]' >second.json
if cli --db "$shared" apply "$(winpath "$work/second.json")" >second.out 2>&1; then
    wait "$writer" || true
    fail "the second program wrote while the first held the archive (make big.json larger?)"
fi
grep -q 'Maria Rossì@' second.out || fail "the second program does not name the first: $(cat second.out)"
wait "$writer" || fail "the first program failed: $(tail -5 big.out)"
ok "a second program is refused naming the first: $(tr -d '\r' <second.out | head -1)"

mkdir -p "$work/sola lettura"; chmod 555 "$work/sola lettura"
if cli --db "$(winpath "$work/sola lettura/archivio.sqlite")" init >ro.out 2>&1; then
    fail "an archive was created in a read-only folder"
fi
grep -q 'sola lettura' ro.out || fail "the read-only refusal does not say so: $(cat ro.out)"
ok "read-only folder refused: $(tr -d '\r' <ro.out | head -1)"

# 5. The office server: the archive copied to PostgreSQL over TLS (libpq, OpenSSL and Qt's
#    driver of the MSI) answers check as the file does.
if [ -n "$server" ]; then
    cli copy --from "$(winpath "$archive")" --to "$server" >copy.out 2>&1 ||
        fail "copy to the office server: $(cat copy.out)"
    cli --db "$server" check --date 2026-11-20 --json >server-check.raw 2>&1 || true
    tr -d '\r' <server-check.raw >server-check.json
    diff -u linux-check.json server-check.json >server-check.diff ||
        fail "check on the office server differs from Linux: $(head -40 server-check.diff)"
    ok "copied to the office server (PostgreSQL over TLS): check reports what the Linux build reports"
fi

# 6. The GUI starts on the Sondrio archive and stays up; its dashboard is photographed.
display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 2
DISPLAY="$display" wine 'C:\Program Files\Tavolo\bin\tavolo.exe' >gui.out 2>&1 &
gui=$!
up=0
for _ in $(seq 1 90); do
    if DISPLAY="$display" xwininfo -root -tree 2>/dev/null | grep -Eq '"[^"]*Tavolo[^"]*"'; then up=1; break; fi
    kill -0 "$gui" 2>/dev/null || break
    sleep 1
done
[ "$up" = 1 ] || { kill "$xvfb"; fail "the GUI showed no window: $(cat gui.out)"; }
sleep 8
kill -0 "$gui" 2>/dev/null || { kill "$xvfb"; fail "the GUI did not stay up: $(cat gui.out)"; }
DISPLAY="$display" import -window root "$work/windows-dashboard.png"
ok "tavolo.exe shows its window and stays up (screenshot windows-dashboard.png)"
wineserver -k 2>/dev/null || true
kill "$xvfb" 2>/dev/null || true
wait 2>/dev/null || true

# 7. Uninstall removes every installed file and leaves the clerk's archive and backups.
wine msiexec /x "$(winpath "$work/$msi")" /qn || fail "msiexec /x exited with $?"
wineserver -w
left="$(find "$install_dir" -type f 2>/dev/null | head -5)"
[ -z "$left" ] || fail "files left after uninstall: $left"
find "$WINEPREFIX/drive_c" -iname 'Tavolo.lnk' | grep -q . && fail "the shortcut is left after uninstall"
[ -f "$archive" ] || fail "uninstalling removed the clerk's archive"
[ -f "$profile/Documents/archivio.sqlite" ] || fail "uninstalling removed an archive"
ok "uninstalled: no program file left, the archives kept"
