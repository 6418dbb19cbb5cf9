#!/usr/bin/env bash
# A private PostgreSQL 15 for the tests: its own cluster in a folder, listening only on a Unix
# socket in that folder (no TCP port, no system service), run as an unprivileged user (initdb
# refuses root: as root the server runs as `nobody`).
#
#   pg-test-server.sh start DIR   creates (or reuses) the cluster in DIR, starts it, creates the
#                                 database `tavolo` and prints its connection string
#   pg-test-server.sh stop DIR    stops it and removes DIR
#   pg-test-server.sh run CMD...  a fresh server in a temporary folder for the time of CMD,
#                                 with TAVOLO_TEST_DB set to its connection string; stopped
#                                 and removed at the end, whatever happens
#   pg-test-server.sh available   exit status 0 when PostgreSQL 15's programs are installed
#
# TAVOLO_PG_TLS_PORT=N makes `start` also listen on 127.0.0.1:N with TLS only (a certificate
# made for the occasion): the Windows smoke test's programs, under Wine, reach the server
# through it, as a workstation reaches the office server. The connection string printed is
# then the TCP one, with sslmode=require.
set -euo pipefail

BIN="${TAVOLO_PG_BIN:-/usr/lib/postgresql/15/bin}"
PORT=5432 # only names the socket file (DIR/.s.PGSQL.5432): the server listens on no port
ROLE=tavolo

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"
    else
        "$@"
    fi
}

connection() {
    local dir=$1
    if [ -n "${TAVOLO_PG_TLS_PORT:-}" ]; then
        echo "postgresql://$ROLE@127.0.0.1:$TAVOLO_PG_TLS_PORT/tavolo?sslmode=require"
    else
        echo "postgresql://$ROLE@/tavolo?host=$dir&port=$PORT"
    fi
}

# The options that open 127.0.0.1:$TAVOLO_PG_TLS_PORT to TLS connections only (hostssl; a
# plain one is refused by pg_hba.conf), with a self-signed certificate in the data folder.
tls_options() {
    local dir=$1
    [ -n "${TAVOLO_PG_TLS_PORT:-}" ] || return 0
    if [ ! -f "$dir/data/server.key" ]; then
        as_owner openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
            -keyout "$dir/data/server.key" -out "$dir/data/server.crt" >/dev/null 2>&1
        as_owner sh -c "{ echo 'hostssl all all 127.0.0.1/32 trust'; \
            echo 'host all all 127.0.0.1/32 reject'; cat '$dir/data/pg_hba.conf'; } \
            >'$dir/data/pg_hba.new' && mv '$dir/data/pg_hba.new' '$dir/data/pg_hba.conf'"
    fi
    echo "-c listen_addresses=127.0.0.1 -p $TAVOLO_PG_TLS_PORT -c ssl=on"
}

start() {
    local dir=$1
    mkdir -p "$dir"
    chmod 700 "$dir"
    [ "$(id -u)" -ne 0 ] || chown nobody:nogroup "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        as_owner "$BIN/initdb" -D "$dir/data" -U "$ROLE" -A trust -E UTF8 --locale=C.UTF-8 \
            --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
        # Every role is trusted but one, which must give its password: the GUI's test of a wrong
        # password in the connect dialog (tests/gui/tst_gui_server.cpp creates the role).
        as_owner sh -c "{ echo 'local all tavolo_login scram-sha-256'; cat '$dir/data/pg_hba.conf'; } \
            >'$dir/data/pg_hba.new' && mv '$dir/data/pg_hba.new' '$dir/data/pg_hba.conf'"
    fi
    if ! as_owner "$BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        # fsync off: a test server whose files are thrown away needs no durability. A benchmark
        # (bench/run-archive-scale.sh) sets TAVOLO_PG_DURABLE=1 to measure commits as an office
        # server makes them, on disk.
        local durability="-c fsync=off -c full_page_writes=off"
        [ "${TAVOLO_PG_DURABLE:-0}" = 1 ] && durability=""
        local listen="-c listen_addresses='' -p $PORT"
        [ -n "${TAVOLO_PG_TLS_PORT:-}" ] && listen="$(tls_options "$dir")"
        as_owner "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
            -o "-k $dir $listen $durability -c max_connections=200" >/dev/null \
            || { cat "$dir/server.log" >&2; exit 1; }
    fi
    local port=${TAVOLO_PG_TLS_PORT:-$PORT}
    as_owner "$BIN/psql" -h "$dir" -p "$port" -U "$ROLE" -d postgres -qAt -c \
        "SELECT 1 FROM pg_database WHERE datname = 'tavolo'" | grep -q 1 \
        || as_owner "$BIN/createdb" -h "$dir" -p "$port" -U "$ROLE" tavolo
    connection "$dir"
}

stop() {
    local dir=$1
    if [ -f "$dir/data/PG_VERSION" ]; then
        as_owner "$BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case "${1:-}" in
start) start "$2" ;;
stop) stop "$2" ;;
available) [ -x "$BIN/initdb" ] && [ -x "$BIN/pg_ctl" ] ;;
run)
    shift
    dir="$(mktemp -d /tmp/tavolo-pg.XXXXXX)"
    trap 'stop "$dir"' EXIT
    TAVOLO_TEST_DB="$(start "$dir")"
    export TAVOLO_TEST_DB
    "$@"
    ;;
*)
    sed -n '2,18p' "$0" >&2
    exit 2
    ;;
esac
