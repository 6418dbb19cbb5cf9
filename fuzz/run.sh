#!/usr/bin/env bash
# Builds a fuzz target with clang's libFuzzer and AddressSanitizer and runs it.
#   fuzz/run.sh                 the CSV reader: 10 million executions over 2 worker processes
#   FUZZ_TARGET=json fuzz/run.sh  the JSON reader of `tavolo-cli apply`, likewise
#   fuzz/run.sh -runs=100000    any libFuzzer flags instead of the default
#   FUZZ_THOROUGH=1 fuzz/run.sh adds UBSan and comparison tracing: about half the speed, which
#                               on a shared 2-core machine is the difference between 10 million
#                               runs taking one hour or two; coverage had levelled off either way
#   FUZZ_INSTALL=1 fuzz/run.sh  first install clang and libFuzzer from Debian
# New inputs go to build/fuzz/work-TARGET (not committed); fuzz/corpus/TARGET is the small seed
# corpus. Minimise finds back into the seeds with:
#   fuzz/run.sh -merge=1 fuzz/corpus/csv build/fuzz/work-csv
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${FUZZ_INSTALL:-0}" == 1 ]] || ! command -v clang++-14 >/dev/null \
   || ! ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    sudo_cmd=""; [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
    $sudo_cmd apt-get install -y --no-install-recommends clang-14 libclang-rt-14-dev qt6-base-dev
fi

target="${FUZZ_TARGET:-csv}"
case "$target" in
    csv) sources=(core/io/csvreader.cpp core/io/csvwriter.cpp core/io/windows1252.cpp) ;;
    json) sources=(core/io/jsonreader.cpp) ;;
    *) echo "FUZZ_TARGET is csv or json" >&2; exit 2 ;;
esac
out=build/fuzz
work="$out/work-$target"
mkdir -p "$work"
# shellcheck disable=SC2046
if [[ "${FUZZ_THOROUGH:-0}" == 1 ]]; then
    sanitizers=(-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined)
else
    sanitizers=(-fsanitize=fuzzer,address -fno-sanitize-coverage=trace-cmp)
fi
clang++-14 -std=c++20 -g -O2 -fPIC "${sanitizers[@]}" -fno-omit-frame-pointer \
    -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -I. $(pkg-config --cflags Qt6Core) \
    "fuzz/${target}_fuzzer.cpp" "${sources[@]}" core/domain/problem.cpp \
    $(pkg-config --libs Qt6Core) -o "$out/${target}_fuzzer"

if [[ $# -eq 0 ]]; then
    # -fork: one campaign in 2 processes; -runs counts the executions of both.
    set -- -runs=10000000 -fork=2
fi
if [[ " $* " == *" -merge=1 "* ]]; then
    exec "$out/${target}_fuzzer" -dict="fuzz/${target}.dict" "$@"
fi
# ASan keeps freed memory in a quarantine and size-class caches, so RSS climbs slowly over
# millions of runs without any leak (LeakSanitizer would stop the run on one): a smaller
# quarantine and a higher RSS ceiling keep a 10-million run from ending on a false "OOM", while
# -malloc_limit_mb still catches a single runaway allocation.
export ASAN_OPTIONS="${ASAN_OPTIONS:-quarantine_size_mb=64}"
exec "$out/${target}_fuzzer" -dict="fuzz/${target}.dict" -max_len=1024 -timeout=10 \
    -rss_limit_mb=6144 -malloc_limit_mb=256 \
    -print_final_stats=1 "$@" "$work" "fuzz/corpus/$target"
