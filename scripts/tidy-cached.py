#!/usr/bin/env python3
"""Runs clang-tidy over the project's sources, in parallel, re-checking only what changed.

  tidy-cached.py [--build build/default] [--jobs N] [--summary] [--all] [FILE...]

The files are those of the compile database (CMAKE_EXPORT_COMPILE_COMMANDS) that live in the
repository (not the build's generated ones), or the FILEs given. clang-tidy's answer for a file
is kept in a cache outside the repository ($TAVOLO_TIDY_CACHE, else $XDG_CACHE_HOME/tavolo-tidy,
else ~/.cache/tavolo-tidy), keyed by a hash of: the file's preprocessed text (so a change to
any header it includes counts), its compile command, .clang-tidy and clang-tidy's version. An
unchanged file costs one run of the preprocessor instead of one of clang-tidy (10-50 times
longer). Findings in the project's headers are reported once, however many files include them.
Exit status: 0 when there is no finding, 1 when there are (they are printed), 2 on a usage
or tool error.
"""
import argparse
import concurrent.futures
import hashlib
import json
import os
import re
import shlex
import subprocess
import sys
from collections import Counter

ROOT = os.path.realpath(os.path.join(os.path.dirname(__file__), ".."))
# What is checked: the program's own code. The tests, the fuzz targets and the benchmarks are
# left out to keep a cold run (CI's) within minutes; `--all` checks them too.
SCOPE = ("app", "core", "ui")
# Files clang-tidy cannot read, with the reason; GCC compiles them.
EXCLUDED = {
    # clang 14 does not parse qpdf 11's headers under libstdc++ 12 in C++20 (a std::vector of
    # the incomplete JSON type); every finding then is an error inside a system header.
    "core/documents/pdfsplitter.cpp": "qpdf's headers do not parse with clang 14",
}
FINDING = re.compile(r"^(?P<file>/[^:]+):(?P<line>\d+):(?P<col>\d+): (?:warning|error): "
                     r"(?P<text>.*) \[(?P<check>[^\]]+)\]$")


def cache_dir():
    if os.environ.get("TAVOLO_TIDY_CACHE"):
        return os.environ["TAVOLO_TIDY_CACHE"]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "tavolo-tidy")


def arguments(entry):
    args = entry["arguments"] if "arguments" in entry else shlex.split(entry["command"])
    if os.path.basename(args[0]) == "ccache":  # a compiler launcher
        args = args[1:]
    return args


def preprocess_command(args):
    """The compile command, writing the preprocessed text to stdout instead of an object."""
    out, skip = [], False
    for a in args:
        if skip:
            skip = False
            continue
        if a == "-o":
            skip = True
            continue
        if a == "-c":
            continue
        out.append(a)
    return out[:1] + ["-E"] + out[1:]


def key(entry, config, version):
    args = arguments(entry)
    pre = subprocess.run(preprocess_command(args), cwd=entry["directory"], capture_output=True)
    if pre.returncode != 0:
        return None  # clang-tidy will say why
    h = hashlib.sha256()
    for part in (version, config, "\0".join(args).encode(), pre.stdout):
        h.update(part)
        h.update(b"\0")
    return h.hexdigest()


def tidy(entry, build, header_filter):
    run = subprocess.run(["clang-tidy", "-p", build, "--quiet", "--header-filter=" + header_filter,
                          entry["file"]], capture_output=True, text=True)
    findings = [line for line in run.stdout.splitlines() if FINDING.match(line)]
    if run.returncode != 0 and not findings:  # it could not check the file at all
        findings = ["%s:1:1: error: clang-tidy failed: %s [tidy-failed]"
                    % (entry["file"], (run.stderr.strip().splitlines() or ["?"])[-1])]
    return findings


def check(entry, build, header_filter, config, version, store):
    k = key(entry, config, version)
    path = os.path.join(store, k + ".json") if k else None
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            return json.load(f), True
    findings = tidy(entry, build, header_filter)
    if path:
        tmp = path + ".%d.tmp" % os.getpid()
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(findings, f)
        os.replace(tmp, path)
    return findings, False


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build", "default"))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--summary", action="store_true", help="findings per directory")
    parser.add_argument("--all", action="store_true", help="tests, fuzz and bench too")
    parser.add_argument("files", nargs="*")
    opts = parser.parse_args()

    database = os.path.join(opts.build, "compile_commands.json")
    if not os.path.exists(database):
        print("No %s: configure the build first (scripts/build.sh)." % database, file=sys.stderr)
        return 2
    with open(database, encoding="utf-8") as f:
        entries = json.load(f)
    build_dir = os.path.realpath(opts.build) + os.sep
    wanted = {os.path.realpath(f) for f in opts.files}
    entries = [e for e in entries
               if os.path.realpath(e["file"]).startswith(ROOT + os.sep)
               and not os.path.realpath(e["file"]).startswith(build_dir)
               and (not wanted or os.path.realpath(e["file"]) in wanted)]
    def relative(entry):
        return os.path.relpath(os.path.realpath(entry["file"]), ROOT)
    entries = [e for e in entries if relative(e) not in EXCLUDED
               and (opts.all or wanted or relative(e).split(os.sep)[0] in SCOPE)]
    if wanted and not entries:
        print("None of the files is in %s." % database, file=sys.stderr)
        return 2
    with open(os.path.join(ROOT, ".clang-tidy"), "rb") as f:
        config = f.read()
    version = subprocess.run(["clang-tidy", "--version"], capture_output=True).stdout
    header_filter = "^" + re.escape(ROOT) + "/(app|core|ui|tests|fuzz|bench)/"
    store = cache_dir()
    os.makedirs(store, exist_ok=True)

    findings, cached = set(), 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
        jobs = [pool.submit(check, e, opts.build, header_filter, config, version, store)
                for e in entries]
        for job in concurrent.futures.as_completed(jobs):
            found, hit = job.result()
            findings.update(found)
            cached += hit
    for line in sorted(findings):
        print(line[len(ROOT) + 1:] if line.startswith(ROOT + os.sep) else line)
    print("clang-tidy: %d file(s), %d from the cache; %d finding(s)."
          % (len(entries), cached, len(findings)), file=sys.stderr)
    if opts.summary:
        def directory(line):
            path = os.path.realpath(FINDING.match(line)["file"])
            if not path.startswith(ROOT + os.sep):
                return "(outside the repository: a file clang could not parse)"
            return os.path.dirname(os.path.relpath(path, ROOT))
        per_dir = Counter(directory(l) for l in findings)
        for directory, n in sorted(per_dir.items()):
            print("%5d  %s" % (n, directory), file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
