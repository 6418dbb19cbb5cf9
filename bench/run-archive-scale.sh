#!/usr/bin/env bash
# The archive at twenty years' scale (issue 18, point 6): builds bench_archive_scale and
# tavolo-cli (build/default with TAVOLO_BUILD_BENCH=ON), starts a private PostgreSQL 15 server
# with durable commits (scripts/pg-test-server.sh, TAVOLO_PG_DURABLE=1), and runs the
# benchmark: the Sondrio scenario on SQLite, the generated archive on SQLite and on the server,
# printed side by side with the targets. The server is stopped and removed at the end. Not part
# of ctest.
#   bench/run-archive-scale.sh [--scale 0.05] [--seed 18] [--no-pg] [--pg-by-copy] [--work DIR]
#                              [--reuse]
# --pg-by-copy fills the server with `tavolo-cli copy` of the large file instead of applying the
# operations again (minutes instead of the generation's time); --reuse keeps the archive files
# already in --work.
# At scale 1 it takes a long while (the generation applies some 30,000 operations to each
# backend, one transaction each): run it under `nice -n 15` on a shared machine.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"

scale=1 seed=18 pg=1 work="" reuse="" bycopy=""
while [ $# -gt 0 ]; do
    case "$1" in
    --scale) scale=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --no-pg) pg=0; shift ;;
    --work) work=$2; shift 2 ;;
    --reuse) reuse=--reuse; shift ;;
    --pg-by-copy) bycopy=--pg-by-copy; shift ;;
    *) sed -n '2,15p' "$0" >&2; exit 2 ;;
    esac
done

cmake --preset default -DTAVOLO_BUILD_BENCH=ON >/dev/null
cmake --build --preset default -j2 --target bench_archive_scale tavolo-cli

server="" scratch=""
cleanup() {
    [ -z "$server" ] || bash "$here/scripts/pg-test-server.sh" stop "$server"
    [ -z "$scratch" ] || rm -rf "$scratch"
}
trap cleanup EXIT
if [ -z "$work" ]; then
    scratch="$(mktemp -d /tmp/tavolo-scale.XXXXXX)"
    work="$scratch"
fi
mkdir -p "$work"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$work/xdg}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# The clerk's settings of this user are never read or written by the benchmark's processes.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"

args=(all --work "$work" --cli "$here/build/default/app/cli/tavolo-cli"
      --scenario "$here/docs/examples/sondrio-scenario.json" --scale "$scale" --seed "$seed" $reuse)
bin="$here/build/default/bench/bench_archive_scale"
if [ "$pg" = 1 ] && bash "$here/scripts/pg-test-server.sh" available; then
    server="$(mktemp -d /tmp/tavolo-scale-pg.XXXXXX)"
    connection="$(TAVOLO_PG_DURABLE=1 bash "$here/scripts/pg-test-server.sh" start "$server")"
    "$bin" "${args[@]}" --pg "$connection" $bycopy
else
    [ "$pg" = 1 ] && echo "PostgreSQL 15 not installed: SQLite only" >&2
    "$bin" "${args[@]}"
fi
