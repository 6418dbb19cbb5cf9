#!/usr/bin/env bash
# Rebuilds the document fonts from Debian's fonts-dejavu-core with python3-fonttools:
# DejaVu Serif cut to Latin, Greek, Cyrillic and punctuation, without hinting, renamed
# "Tavolo Serif" so that it never clashes with an installed DejaVu.
# Why: the documents must look the same on the clerk's Windows PC (no DejaVu there), and
# Qt 6.4's PDF writer spends most of a letter's time hinting and scanning large fonts.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src=/usr/share/fonts/truetype/dejavu
unicodes="U+0020-007E,U+00A0-024F,U+02B0-036F,U+0370-03FF,U+0400-04FF,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2212,U+2264-2265,U+25A0-25FF,U+FB01-FB02"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for pair in "Regular:DejaVuSerif" "Bold:DejaVuSerif-Bold" "Italic:DejaVuSerif-Italic"; do
    style="${pair%%:*}"
    file="${pair##*:}"
    python3 -m fontTools.subset "$src/$file.ttf" --unicodes="$unicodes" --no-hinting \
        --layout-features='kern' --name-IDs='*' --name-languages='*' \
        --output-file="$tmp/$style.ttf"
    python3 "$here/rename_unhinted.py" "$tmp/$style.ttf" "$here/TavoloSerif-$style.ttf" "$style"
done
