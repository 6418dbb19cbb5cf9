#!/usr/bin/env bash
# Refreshes the translation sources from the code: new strings appear as "unfinished" in
# resources/translations/tavolo_it.ts until translated (Qt Linguist, or scripts/ts-tool.py).
# English is the source language: tavolo_en.ts only carries plural forms.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$LUPDATE" -silent -no-obsolete -locations none app core ui -ts resources/translations/tavolo_it.ts
"$LUPDATE" -silent -no-obsolete -locations none -pluralonly app core ui -ts resources/translations/tavolo_en.ts
python3 scripts/ts-tool.py en-plurals resources/translations/tavolo_en.ts
grep -c 'type="unfinished"' resources/translations/tavolo_it.ts || true
