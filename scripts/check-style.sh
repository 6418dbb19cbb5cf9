#!/usr/bin/env bash
# The house style, checked: fails when clang-format would change any source file of the
# repository (.clang-format), or when clang-tidy finds anything (.clang-tidy) in the sources the
# build compiles ($TAVOLO_STYLE_BUILD/compile_commands.json, build/default unless set;
# scripts/tidy-cached.py keeps clang-tidy's answers outside the repository so that an unchanged
# file is not checked again).
#   bash scripts/check-style.sh            both
#   bash scripts/check-style.sh format     only the format
#   bash scripts/check-style.sh tidy       only clang-tidy (the build must be configured)
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
for tool in clang-format clang-tidy; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: bash scripts/deps.sh installs it" >&2; exit 2; }
done

sources() {
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git ls-files -- '*.cpp' '*.h'
    else
        find app core ui tests fuzz bench -name '*.cpp' -o -name '*.h'
    fi
}

status=0
if [ "$what" = all ] || [ "$what" = format ]; then
    # One clang-format for every file; each line it complains of names its file first.
    mapfile -t unformatted < <(sources | xargs -r clang-format --dry-run --Werror 2>&1 \
        | sed -n 's/^\(.*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' | sort -u)
    if [ ${#unformatted[@]} -gt 0 ]; then
        printf '%s\n' "${unformatted[@]}"
        echo "clang-format: ${#unformatted[@]} file(s) differ from .clang-format; fix with:" >&2
        echo "  clang-format -i FILE..." >&2
        status=1
    fi
fi
if [ "$what" = all ] || [ "$what" = tidy ]; then
    python3 scripts/tidy-cached.py --build "${TAVOLO_STYLE_BUILD:-build/default}" || status=1
fi
exit $status
