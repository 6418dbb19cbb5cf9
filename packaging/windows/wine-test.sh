#!/usr/bin/env bash
# ctest's CMAKE_CROSSCOMPILING_EMULATOR for the Windows build: runs one test program under Wine.
# A Qt Test program writes its log to a file (under Wine its standard output does not reach
# ctest's pipe), which is printed afterwards; the program's exit code is kept.
set -uo pipefail
source "$(dirname "$0")/wine-env.sh"
program="$1"; shift
case "$(basename "$program")" in
    tst_*)
        log_file="$(mktemp --suffix=.txt)"
        wine "$program" "$@" -o "$(winpath "$log_file"),txt"
        status=$?
        cat "$log_file"
        rm -f "$log_file"
        exit "$status" ;;
    *)
        exec wine "$program" "$@" ;;
esac
