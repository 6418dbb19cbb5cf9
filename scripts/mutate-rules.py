#!/usr/bin/env python3
"""Mutation testing of the rules (core/rules) against the rules tests (tests/rules).

Each mutation below changes one line of a rule: a boundary (< into <=), a negation, a case
flag. For each, the script applies it, builds only the rules tests, runs them, and puts the
file back. A mutation that no test notices is a *survivor*: a rule the tests do not pin down.

    nice -n 10 python3 scripts/mutate-rules.py                 # all of them
    nice -n 10 python3 scripts/mutate-rules.py --only group    # those whose name has "group"

It works in a build folder of its own (build/mutate, a Debug build: quicker to compile),
configured on first use, where it builds the rules tests only; the sources are always put back,
even when it is interrupted. Exit status 0 when no mutation survives, 1 otherwise, 2 when the
tests fail before any mutation or a mutation no longer matches its source.
"""

import argparse
import os
import signal
import subprocess
import sys
import time

RULES_TESTS = ["designationrules", "requestrules", "regulationrules", "meetingrules",
               "officerules", "compliance", "grouprules"]
# The tests tried first for a mutation of each file (a change relinks every rules test, so a
# smaller set is much quicker); a mutation they miss is tried against all the rules tests before
# it is called a survivor.
FIRST_TESTS = {
    "core/rules/compliance.cpp": ["compliance"],
    "core/rules/meetingrules.cpp": ["meetingrules"],
    "core/rules/designationrules.cpp": ["designationrules"],
    "core/rules/grouprules.cpp": ["grouprules", "compliance"],
    "core/rules/history.cpp": ["requestrules"],
    "core/rules/regulationrules.cpp": ["regulationrules"],
    "core/rules/requestrules.cpp": ["requestrules", "compliance"],
}

# (name, file, the text as it is, the text mutated): the text must occur once in the file.
MUTATIONS = [
    # Named because they survived before the tests that now kill them.
    ("compliance-past-year-minimum", "core/rules/compliance.cpp",
     "if (held.value(year) < required)", "if (held.value(year) <= required)"),
    ("meeting-guest-invited-twice", "core/rules/meetingrules.cpp",
     "if (other.personId == g.personId)", "if (other.personId != g.personId)"),
    ("designation-act-on-start-day", "core/rules/designationrules.cpp",
     "!hasRefusal(problems) && d.actDate > d.period.from", "!hasRefusal(problems) && d.actDate >= d.period.from"),
    ("designation-warning-despite-refusal", "core/rules/designationrules.cpp",
     "if (!hasRefusal(problems) && d.actDate > d.period.from)", "if (d.actDate > d.period.from)"),
    ("group-name-case", "core/rules/grouprules.cpp",
     "Qt::CaseInsensitive", "Qt::CaseSensitive"),
    ("group-name-trimmed", "core/rules/grouprules.cpp",
     "other.name.compare(g.name.trimmed(),", "other.name.compare(g.name,"),
    ("group-participant-twice", "core/rules/grouprules.cpp",
     "    if (g.participants.contains(personId))", "    if (!g.participants.contains(personId))"),
    ("group-proposed-non-participant", "core/rules/grouprules.cpp",
     "    if (!g.participants.contains(personId))", "    if (g.participants.contains(personId))"),
    ("group-propose-with-coordinator", "core/rules/grouprules.cpp",
     "    if (g.coordinator)\n", "    if (!g.coordinator)\n"),
    ("group-meeting-date", "core/rules/grouprules.cpp",
     "if (!m.date.isValid())", "if (m.date.isValid())"),
    ("group-held-twice", "core/rules/grouprules.cpp",
     "    if (m.held)\n", "    if (!m.held)\n"),
    ("group-attendance-strangers", "core/rules/grouprules.cpp",
     "if (!g.participants.contains(it.key()))", "if (g.participants.contains(it.key()))"),
    ("group-ratify-with-coordinator", "core/rules/grouprules.cpp",
     "if (ratify && g.coordinator)", "if (!ratify && g.coordinator)"),
    ("group-ratify-without-proposal", "core/rules/grouprules.cpp",
     "else if (ratify && !g.proposedCoordinator)", "else if (ratify && g.proposedCoordinator)"),
    ("group-warning-after-first-meeting", "core/rules/grouprules.cpp",
     "!ratify && !g.coordinator && !firstHeld(g)", "!ratify && !g.coordinator && firstHeld(g)"),
    ("group-warning-despite-refusal", "core/rules/grouprules.cpp",
     "if (!hasRefusal(problems) && !ratify", "if (!ratify"),
    ("group-first-held-earliest", "core/rules/grouprules.cpp",
     "(!first || m.date < first->date)", "(!first || m.date > first->date)"),
    ("group-first-held-only-held", "core/rules/grouprules.cpp",
     "if (m.held && (!first", "if ((!first"),
    ("group-flag-from-first-day", "core/rules/grouprules.cpp",
     "first->date > asOf", "first->date >= asOf"),
    # Not listed: dropping "|| first->ratifiedCoordinator" in isFlagged is an equivalent mutant
    # (the loop after it finds that same meeting, held and ratifying on or before asOf).
    ("group-flag-lifted-on-ratifying-day", "core/rules/grouprules.cpp",
     "m.date <= asOf)\n            return false;", "m.date < asOf)\n            return false;"),
    ("group-flag-lifted-only-when-held", "core/rules/grouprules.cpp",
     "if (m.held && m.ratifiedCoordinator && m.date <= asOf)\n            return false;",
     "if (m.ratifiedCoordinator && m.date <= asOf)\n            return false;"),
    ("group-coordinator-from-ratifying-day", "core/rules/grouprules.cpp",
     "m.date <= asOf)\n            return g.coordinator;", "m.date < asOf)\n            return g.coordinator;"),
    ("group-coordinator-only-when-held", "core/rules/grouprules.cpp",
     "if (m.held && m.ratifiedCoordinator && m.date <= asOf)\n            return g.coordinator;",
     "if (m.ratifiedCoordinator && m.date <= asOf)\n            return g.coordinator;"),
    # Boundaries the audit found killed already: kept so that they stay killed.
    ("request-threshold-rounds-up", "core/rules/history.cpp",
     "(product + thresholdDenominator - 1) / thresholdDenominator", "product / thresholdDenominator"),
    ("designation-seat-cap", "core/rules/designationrules.cpp",
     "if (holders.size() < seats)", "if (holders.size() <= seats)"),
    ("designation-one-seat-a-person", "core/rules/designationrules.cpp",
     "other.personId != d.personId", "other.personId == d.personId"),
    ("meeting-notice-days", "core/rules/meetingrules.cpp",
     "if (on.daysTo(m.date) < notice)", "if (on.daysTo(m.date) <= notice)"),
    ("meeting-member-not-guest", "core/rules/meetingrules.cpp",
     "if (CompositionRules::compositionOn(history, m.date).isMember(g.personId))",
     "if (!CompositionRules::compositionOn(history, m.date).isMember(g.personId))"),
    ("regulation-unanimity", "core/rules/regulationrules.cpp",
     "if (!a.approvals.contains(id))", "if (a.approvals.contains(id))"),
    ("request-overdue-after-deadline", "core/rules/requestrules.cpp",
     "s.overdue = asOf > s.deadline;", "s.overdue = asOf >= s.deadline;"),
    ("compliance-current-year-not-past", "core/rules/compliance.cpp",
     "year < date.year(); ++year", "year <= date.year(); ++year"),
    ("compliance-current-year-minimum", "core/rules/compliance.cpp",
     "if (*thisYear < required)", "if (*thisYear <= required)"),
]


def commands(build, jobs, tests):
    targets = ["tst_" + t for t in tests]
    return (["cmake", "--build", build, "-j", jobs, "--target"] + targets,
            ["ctest", "--test-dir", build, "-R", "^(%s)$" % "|".join(targets), "--timeout", "60",
             "--stop-on-failure"])


def verdict(build, jobs, tests, root):
    """killed, SURVIVED or did not build, against `tests`."""
    build_cmd, test_cmd = commands(build, jobs, tests)
    if run(build_cmd, root) != 0:
        return "did not build"
    return "killed" if run(test_cmd, root) != 0 else "SURVIVED"


def stop(signum, frame):
    raise KeyboardInterrupt  # so that the finally below puts the source back


def run(command, cwd, timeout=None):
    return subprocess.run(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          timeout=timeout).returncode


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build-dir", default="build/mutate")
    parser.add_argument("--only", help="run the mutations whose name contains this")
    parser.add_argument("--jobs", default="2")
    args = parser.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    build = os.path.join(root, args.build_dir)
    signal.signal(signal.SIGTERM, stop)
    build_cmd, test_cmd = commands(build, args.jobs, RULES_TESTS)

    if not os.path.exists(os.path.join(build, "CMakeCache.txt")):
        configure = ["cmake", "-S", root, "-B", build, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Debug"]
        if run(configure, root) != 0:
            print("cannot configure %s" % build, file=sys.stderr)
            return 2
    if run(build_cmd, root) != 0 or run(test_cmd, root) != 0:
        print("the rules tests do not build or pass before any mutation", file=sys.stderr)
        return 2
    chosen = [m for m in MUTATIONS if not args.only or args.only in m[0]]
    survivors, stillborn = [], []
    for name, path, before, after in chosen:
        full = os.path.join(root, path)
        with open(full) as f:
            original = f.read()
        if original.count(before) != 1:
            print("%s: the text to mutate occurs %d times in %s" % (name, original.count(before), path),
                  file=sys.stderr)
            return 2
        started = time.monotonic()
        try:
            with open(full, "w") as f:
                f.write(original.replace(before, after))
            found = verdict(build, args.jobs, FIRST_TESTS.get(path, RULES_TESTS), root)
            if found == "SURVIVED":
                found = verdict(build, args.jobs, RULES_TESTS, root)
            if found == "SURVIVED":
                survivors.append(name)
            elif found == "did not build":
                stillborn.append(name)
        finally:
            with open(full, "w") as f:
                f.write(original)
        print("%-40s %-14s %5.0f s" % (name, found, time.monotonic() - started), flush=True)
    run(build_cmd, root)  # leave the build as the sources are
    print("%d mutations: %d killed, %d survived, %d did not build"
          % (len(chosen), len(chosen) - len(survivors) - len(stillborn), len(survivors), len(stillborn)))
    for name in survivors:
        print("survivor:", name)
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main())
