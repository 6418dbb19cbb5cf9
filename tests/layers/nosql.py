#!/usr/bin/env python3
"""No SQL outside core/storage, proven by the compiler.

For one source file of each layer above storage (ui/, app/cli, app/gui, core/operations,
core/exports) and of core/charts (beside them, on documents only), the exact compile command
CMake wrote for it (compile_commands.json) is run on a probe that includes <QSqlQuery>, and
then on one that includes core/storage/internal/sql.h: both must fail. The same probes
compiled with the flags of a core/storage file must succeed, so that the test fails if it can
no longer tell (a broken command, a missing compiler).
Last, no source of app/, ui/ or core/ outside core/storage names a Qt Sql type.

    nosql.py --build BUILD_DIR --source SOURCE_DIR
"""
import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

LAYERS = ["ui/", "app/cli/", "app/gui/", "core/operations/", "core/exports/", "core/charts/"]
STORAGE = "core/storage/"
# TEMPORARY, with the lines of core/operations/CMakeLists.txt that give these two files Qt Sql:
# the anonymisation's SQL still sits in them until it moves into core/storage.
NOT_YET = set()  # every file of the layers above storage is probed
PROBES = {
    "Qt Sql": "#include <QSqlQuery>\nint probe() { return QSqlQuery().size(); }\n",
    "the stores' internal header":
        '#include "core/storage/internal/sql.h"\nint probe() { return 0; }\n',
}


def relative(path, source):
    return os.path.relpath(os.path.realpath(path), os.path.realpath(source)).replace(os.sep, "/")


def representative(entries, source, prefix):
    for entry in entries:
        rel = relative(os.path.join(entry["directory"], entry["file"]), source)
        if rel.startswith(prefix) and rel.endswith(".cpp") and rel not in NOT_YET \
                and "_autogen" not in rel and "/internal/" not in rel:
            return rel, entry
    return None, None


def syntax_only(entry, probe):
    args = entry["arguments"] if "arguments" in entry else shlex.split(entry["command"])
    out, skip = [], False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
            continue
        if arg in ("-MD", "-MMD", "-c") or arg == entry["file"] \
                or os.path.realpath(os.path.join(entry["directory"], arg)) \
                == os.path.realpath(os.path.join(entry["directory"], entry["file"])):
            continue
        out.append(arg)
    return out + ["-fsyntax-only", probe]


def compiles(entry, text):
    with tempfile.TemporaryDirectory() as folder:
        probe = os.path.join(folder, "probe.cpp")
        with open(probe, "w", encoding="utf-8") as f:
            f.write(text)
        run = subprocess.run(syntax_only(entry, probe), cwd=entry["directory"],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        return run.returncode == 0, run.stdout


def named_sql(source):
    found = []
    for top in ("app", "ui", "core"):
        for folder, _, files in os.walk(os.path.join(source, top)):
            for name in files:
                path = os.path.join(folder, name)
                rel = relative(path, source)
                if rel.startswith(STORAGE) or rel in NOT_YET \
                        or not name.endswith((".h", ".cpp")):
                    continue
                with open(path, encoding="utf-8", errors="replace") as f:
                    for number, line in enumerate(f, 1):
                        if re.search(r"\bQSql[A-Z]\w*|core/storage/internal/", line):
                            found.append(f"{rel}:{number}: {line.strip()}")
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True)
    parser.add_argument("--source", required=True)
    options = parser.parse_args()
    with open(os.path.join(options.build, "compile_commands.json"), encoding="utf-8") as f:
        entries = json.load(f)

    failures = []
    rel, storage = representative(entries, options.source, STORAGE)
    if not storage:
        failures.append("no core/storage file in compile_commands.json")
    else:
        for what, text in PROBES.items():
            ok, output = compiles(storage, text)
            print(f"control: {what} with the flags of {rel}: {'builds' if ok else 'FAILS'}")
            if not ok:
                failures.append(f"the control with the flags of {rel} does not build:\n{output}")

    for prefix in LAYERS:
        rel, entry = representative(entries, options.source, prefix)
        if not entry:
            failures.append(f"no file of {prefix} in compile_commands.json")
            continue
        for what, text in PROBES.items():
            ok, output = compiles(entry, text)
            first = next((l for l in output.splitlines() if "error" in l), "").strip()
            print(f"{prefix}: {what} with the flags of {rel}: "
                  f"{'BUILDS' if ok else 'refused'}{'' if ok else ' (' + first + ')'}")
            if ok:
                failures.append(f"{what} builds in {prefix} ({rel})")

    for line in named_sql(options.source):
        failures.append(f"a Qt Sql type or an internal header of storage outside it: {line}")

    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
