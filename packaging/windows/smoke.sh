#!/usr/bin/env bash
# Smoke test of the installed Windows program, as a clerk's workstation would run it: the MSI
# installed with msiexec in a fresh Wine prefix whose Windows user is "Maria Rossì" (a space
# and an accented letter in every profile path: Wine names the Windows user after the Unix one,
# so the test runs as an unprivileged Unix user of that name, which also makes a read-only
# folder really read-only), compared with the Linux build on the same scenario.
# Writes its findings and the dashboard's screenshot into build/windows/smoke/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$here/lib.sh"
build="$root/build/windows"
work="$build/smoke"
msi="$(ls "$build"/Tavolo-*-x64.msi | head -n 1)"
rm -rf "$work" && mkdir -p "$work/linux-letters"

# The Linux build's answers for the same archive are the reference: built (or brought up to
# date) from the same sources, since a stale Linux build would make the two differ.
bash "$root/scripts/build.sh" default >/dev/null
linux_cli() { TAVOLO_LANGUAGE=it "$root/build/default/app/cli/tavolo-cli" --db "$work/linux.sqlite" "$@"; }
cp "$root/docs/examples/sondrio-scenario.json" "$here/smoke-meeting.json" "$here/smoke-wine.sh" "$msi" "$work/"
linux_cli init >/dev/null
linux_cli apply "$work/sondrio-scenario.json" >/dev/null || true
linux_cli apply "$work/smoke-meeting.json" >"$work/linux-meeting.out" ||
    { echo "smoke: the Linux build refused the smoke meeting:" >&2; cat "$work/linux-meeting.out" >&2; exit 1; }
# The new meeting's id, as the Linux build gave it (the Windows build must give the same).
meeting="$(python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["id"])' <"$work/linux-meeting.out")"
linux_cli check --date 2026-11-20 --json >"$work/linux-check.json" || true
linux_cli export letters --meeting "$meeting" --protocol 4512/2026 --out "$work/linux-letters" >/dev/null

# The office server: a private PostgreSQL on a loopback port, TLS only, which the installed
# programs reach as a workstation reaches the server (libpq and OpenSSL of the MSI).
server=""
server_dir=""
if bash "$root/scripts/pg-test-server.sh" available; then
    server_dir="$(mktemp -d /tmp/tavolo-smoke-pg.XXXXXX)"
    trap 'bash "$root/scripts/pg-test-server.sh" stop "$server_dir"' EXIT
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    server="$(TAVOLO_PG_TLS_PORT="$port" bash "$root/scripts/pg-test-server.sh" start "$server_dir")"
else
    log "smoke: PostgreSQL 15 is not installed, the office server is not tried"
fi

# An unprivileged user runs Wine: as root every folder would be writable.
user="Maria Rossì"
home=/var/lib/tavolo-smoke
id "$user" >/dev/null 2>&1 ||
    useradd --badname --system --create-home --home-dir "$home" --shell /bin/bash "$user"
# A fresh home each run: Wine links the Windows user's Documents to the Unix home's.
mkdir -p "$work/home"
chown -R "$user": "$work"
runuser -u "$user" -- env -i PATH="$PATH" HOME="$work/home" LANG=C.UTF-8 \
    TAVOLO_SCREENSHOT="${TAVOLO_SCREENSHOT:-}" \
    bash "$work/smoke-wine.sh" "$work" "$(basename "$msi")" "$meeting" "$server"
log "smoke test passed: $work"
