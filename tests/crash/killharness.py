#!/usr/bin/env python3
"""Crash-safety harness for the Tavolo archive ("Nothing lost, ever").

Runs `tavolo-cli apply` on a long batch of valid register operations (org.add, person.add,
org.update), kills it with SIGKILL after a random, seeded delay, and after every kill checks, on
a copy of the archive files (so that Tavolo itself, not this script, recovers the originals):

  * PRAGMA integrity_check says "ok" (a file only: a server keeps its own files whole);
  * every operation the tool acknowledged (a JSON line on stdout, printed after its commit)
    is in the archive, with the id it printed;
  * the archive holds exactly a prefix of the batch (no operation applied out of order);

then continues the batch from where the archive stopped. When a batch is finished it starts a
new archive (a "round"), so kills also land while the archive is being created.

    python3 tests/crash/killharness.py --cli build/default/app/cli/tavolo-cli --kills 1000

With --db postgresql://user@host/db the archives are databases on that PostgreSQL server (issue
18): each round creates a new database beside the one named (db_kill_<pid>_<round>, through
psql and the server's maintenance database `postgres`, so the role needs CREATEDB), and the
clients killed are tavolo-cli processes connected to it. After a kill the harness waits until
the server has ended the killed client's session (so that a COMMIT it sent is decided) before it
reads what the server holds. The databases are dropped at the end unless --keep.

Before the first kill the harness times the tool (calibration, on an archive of its own): one
run that creates an archive and applies one operation, and one run that applies one operation to
it. The kill delays are drawn, from a seeded generator, between nothing and the first time plus
--op-margin operations' worth of the second, so the kills land before, during and after the
first commits whether the build is fast or slow (the sanitize build needs ~0.6 s to create an
archive). The exact instruction that a kill interrupts depends on the machine's speed.

A run that acknowledged fewer than --min-acknowledged operations tested nothing (every kill
landed before a commit): it fails, like a run that lost or damaged something.
Exit status 0 when nothing was lost or damaged and enough was acknowledged, 1 otherwise.
"""

import argparse
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse

ODD_DIGIT = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]
ODD_LETTER = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10,
              22, 25, 24, 23]
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def org_tax_code(n):
    """An 11-digit organisation code with a valid check digit (Luhn-style, like a partita IVA)."""
    body = "%010d" % (1000000 + n)
    total = 0
    for i, ch in enumerate(body):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def person_tax_code(n):
    """A 16-character personal code with a valid check letter, unique for each n."""
    name = "".join(LETTERS[(n // 26 ** k) % 26] for k in range(6))  # 6 letters from n
    first15 = name + "80A01" + "F205"  # born in Milan
    assert len(first15) == 15
    total = 0
    for i, ch in enumerate(first15):
        digit = ch.isdigit()
        idx = int(ch) if digit else ord(ch) - ord("A")
        if i % 2 == 0:
            total += ODD_DIGIT[idx] if digit else ODD_LETTER[idx]
        else:
            total += idx
    return first15 + LETTERS[total % 26]


def make_operations(count):
    """count operations, in threes: add an organisation, add a person in it, update it."""
    ops = []
    i = 0
    while len(ops) < count:
        code = org_tax_code(i)
        ops.append({"op": "org.add", "name": "Associazione Prova %d" % i, "taxCode": code,
                    "category": "volunteer-organisation", "comune": "Sondrio",
                    "pec": "prova%d@pec.example.it" % i})
        ops.append({"op": "person.add", "givenName": "Anna", "familyName": "Prova %d" % i,
                    "taxCode": person_tax_code(i), "organisation": code})
        ops.append({"op": "org.update", "org": code, "notes": "update %d" % i,
                    "phone": "0342 %06d" % i})
        i += 1
    return ops[:count]


# The rows that say which operations an archive holds: (kind, tax code, id, notes).
HELD_ROWS = ("SELECT 'o', tax_code, id, coalesce(notes, '') FROM organisations "
             "UNION ALL SELECT 'p', tax_code, id, '' FROM people")


def presence(rows, op):
    """The id the archive holds for an applied operation, or None when it is not applied."""
    if op["op"] == "org.add":
        return rows.get(("o", op["taxCode"]), (None,))[0]
    if op["op"] == "person.add":
        return rows.get(("p", op["taxCode"]), (None,))[0]
    held = rows.get(("o", op["org"]))
    return held[0] if held and held[1] == op["notes"] else None


def held_rows(records):
    return {(kind, code): (int(row_id), notes) for kind, code, row_id, notes in records}


class Server:
    """The PostgreSQL server of --db, reached with psql: the rounds' databases and their rows."""

    def __init__(self, location, psql):
        self.url = urllib.parse.urlsplit(location)
        self.psql = psql
        self.prefix = "%s_kill_%d" % (self.url.path.strip("/"), os.getpid())
        self.created = []

    def location(self, database):
        return urllib.parse.urlunsplit(self.url._replace(path="/" + database))

    def query(self, database, statement):
        done = subprocess.run([self.psql, "-X", "-q", "-A", "-t", "-F", "\t", "-v",
                               "ON_ERROR_STOP=1", "-d", self.location(database), "-c", statement],
                              capture_output=True, timeout=60)
        if done.returncode != 0:
            raise RuntimeError("psql: %s" % done.stderr.decode("utf-8", "replace").strip())
        text = done.stdout.decode("utf-8")
        return [line.split("\t") for line in text.split("\n") if line]

    def create(self, name):
        database = "%s_%s" % (self.prefix, name)
        self.query("postgres", "CREATE DATABASE %s TEMPLATE template0" % database)
        self.created.append(database)
        return self.location(database)

    def drop_all(self):
        for database in self.created:
            self.query("postgres", "DROP DATABASE IF EXISTS %s WITH (FORCE)" % database)

    def settle(self, location, timeout=20.0):
        """Waits until no Tavolo client is connected to the database any more."""
        database = urllib.parse.urlsplit(location).path.strip("/")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            left = self.query("postgres", "SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                          "'%s' AND application_name LIKE 'Tavolo%%'" % database)
            if left[0][0] == "0":
                return True
            time.sleep(0.02)
        return False

    def held(self, location):
        """The rows of the archive, or None when it has no tables yet."""
        database = urllib.parse.urlsplit(location).path.strip("/")
        if self.query(database, "SELECT to_regclass('organisations') IS NOT NULL")[0][0] != "t":
            return None
        return held_rows(self.query(database, HELD_ROWS))


def snapshot(db, scratch):
    """Copies the archive and its journal files, as a crash left them, for checking."""
    for suffix in ("", "-wal", "-journal", "-shm"):
        target = os.path.join(scratch, "check.sqlite" + suffix)
        if os.path.exists(target):
            os.remove(target)
        if os.path.exists(db + suffix):
            shutil.copyfile(db + suffix, target)
    return os.path.join(scratch, "check.sqlite")


class Harness:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        self.ops = make_operations(args.ops)
        self.work = args.workdir or tempfile.mkdtemp(prefix="tavolo-kill-")
        os.makedirs(self.work, exist_ok=True)
        self.figures = dict(kills=0, completed_runs=0, rounds=1, operations_acknowledged=0,
                            operations_applied=0, corrupt_archives=0,
                            lost_operations=0, out_of_order=0, refused_opens=0,
                            wrong_ids=0, refused_operations=0, kills_before_first_commit=0)
        self.failures = []
        self.server = Server(args.db, args.psql) if args.db else None
        self.round_location = None

    def fail(self, message):
        self.failures.append(message)
        print("FAIL:", message, file=sys.stderr)

    def db(self):
        if self.server:
            if self.round_location is None or self.round_location[0] != self.figures["rounds"]:
                self.round_location = (self.figures["rounds"],
                                       self.server.create("round%d" % self.figures["rounds"]))
            return self.round_location[1]
        return os.path.join(self.work, "round-%d.sqlite" % self.figures["rounds"])

    def held(self, acknowledged):
        """The rows of the round's archive after a run, or None when it cannot be trusted."""
        db = self.db()
        if self.server:
            if not self.server.settle(db):
                self.fail("a killed client's session did not end on the server")
                return None
            rows = self.server.held(db)
            return {} if rows is None else rows
        if not os.path.exists(db):
            if acknowledged:
                self.fail("archive missing after %d acknowledged operations" % len(acknowledged))
                self.figures["lost_operations"] += len(acknowledged)
                return None
            return {}
        copy = snapshot(db, self.work)
        conn = sqlite3.connect("file:%s?mode=rw" % copy, uri=True)
        try:
            verdict = conn.execute("PRAGMA integrity_check").fetchall()
            if verdict != [("ok",)]:
                self.figures["corrupt_archives"] += 1
                self.fail("integrity_check of %s: %s" % (db, verdict[:5]))
                return None
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "organisations" not in tables:  # killed before the first migration committed
                return {}
            return held_rows(conn.execute(HELD_ROWS).fetchall())
        finally:
            conn.close()

    def check(self, start, acknowledged):
        """Checks the archive after a run; returns how many operations it holds."""
        rows = self.held(acknowledged)
        if rows is None:
            return start
        held = [presence(rows, op) for op in self.ops]
        applied = 0
        while applied < len(held) and held[applied] is not None:
            applied += 1
        if any(h is not None for h in held[applied:]):
            self.figures["out_of_order"] += 1
            self.fail("operations applied out of order after %d" % applied)
        for line in acknowledged:
            index = start + line["index"]
            if not line.get("ok"):
                self.figures["refused_operations"] += 1
                self.fail("operation %d refused: %s" % (index, line.get("problems")))
            elif held[index] is None:
                self.figures["lost_operations"] += 1
                self.fail("operation %d acknowledged but not in the archive" % index)
            elif held[index] != line.get("id"):
                self.figures["wrong_ids"] += 1
                self.fail("operation %d has id %s, acknowledged %s" % (index, held[index],
                                                                      line.get("id")))
        return applied

    def run_once(self, start):
        batch = os.path.join(self.work, "batch.json")
        with open(batch, "w") as f:
            json.dump(self.ops[start:], f)
        out_path = os.path.join(self.work, "out.txt")
        err_path = os.path.join(self.work, "err.txt")
        env = dict(os.environ, TAVOLO_LANGUAGE="en")
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            process = subprocess.Popen([self.args.cli, "--db", self.db(), "apply", batch],
                                       stdout=out, stderr=err, env=env)
            delay = self.rng.uniform(0.0, self.max_delay)
            try:
                process.wait(timeout=delay)
                killed = False
            except subprocess.TimeoutExpired:
                process.kill()  # SIGKILL: no handler, no flush, no clean-up
                process.wait()
                killed = True
        with open(out_path, "rb") as f:
            text = f.read().decode("utf-8", "replace")
        # Only complete lines count: a line cut by the kill was not acknowledged.
        lines = [json.loads(l) for l in text.split("\n")[:-1] if l.strip()]
        if not killed and process.returncode != 0:
            with open(err_path, "rb") as f:
                message = f.read().decode("utf-8", "replace").strip()
            if process.returncode == 3:
                self.figures["refused_opens"] += 1
            self.fail("apply exited with %d: %s" % (process.returncode, message[:500]))
        return killed, lines

    def timed_apply(self, db, ops):
        """Runs apply to its end on ops; returns (seconds, acknowledged lines), or fails."""
        batch = os.path.join(self.work, "calibration.json")
        with open(batch, "w") as f:
            json.dump(ops, f)
        env = dict(os.environ, TAVOLO_LANGUAGE="en")
        began = time.monotonic()
        try:
            done = subprocess.run([self.args.cli, "--db", db, "apply", batch], env=env,
                                  capture_output=True, timeout=self.args.calibration_timeout)
        except subprocess.TimeoutExpired:
            self.fail("calibration: apply of %d operation(s) did not finish in %s s"
                      % (len(ops), self.args.calibration_timeout))
            return None, []
        seconds = time.monotonic() - began
        text = done.stdout.decode("utf-8", "replace")
        lines = [json.loads(l) for l in text.split("\n") if l.strip()]
        acknowledged = sum(1 for l in lines if l.get("ok"))
        if done.returncode != 0 or acknowledged != len(ops):
            self.fail("calibration: apply exited with %d and acknowledged %d of %d: %s"
                      % (done.returncode, acknowledged, len(ops),
                         done.stderr.decode("utf-8", "replace").strip()[:500]))
            return None, lines
        return seconds, lines

    def calibrate(self):
        """Sets the longest kill delay from the measured time of the tool's runs."""
        if self.args.max_delay is not None:
            self.max_delay = self.args.max_delay
            return True
        db = (self.server.create("calibration") if self.server
              else os.path.join(self.work, "calibration.sqlite"))
        first_unused = 3 * (self.args.ops // 3 + 1)  # an org.add whose codes the batch never uses
        sample = make_operations(first_unused + 2)[first_unused:]  # org.add, person.add in it
        create, _ = self.timed_apply(db, sample[:1])
        one, _ = self.timed_apply(db, sample[1:]) if create is not None else (None, [])
        if create is None or one is None:
            return False
        # `one` is mostly the tool's start-up; it bounds one operation's own time from above.
        self.max_delay = create + self.args.op_margin * one
        self.figures["calibration"] = dict(create_and_one_op_s=round(create, 3),
                                           one_op_s=round(one, 3),
                                           max_delay_s=round(self.max_delay, 3))
        return True

    def run(self):
        started = time.monotonic()
        if not self.calibrate():
            print(json.dumps(self.figures, indent=1))
            return 1
        start = 0
        stalled = 0
        while self.figures["kills"] < self.args.kills and len(self.failures) < 20:
            if start >= len(self.ops):
                self.figures["rounds"] += 1
                start = 0
            killed, lines = self.run_once(start)
            self.figures["kills" if killed else "completed_runs"] += 1
            self.figures["operations_acknowledged"] += sum(1 for l in lines if l.get("ok"))
            applied = self.check(start, lines)
            if killed and start == 0 and applied == 0:  # while the archive was being created
                self.figures["kills_before_first_commit"] += 1
            self.figures["operations_applied"] += max(0, applied - start)
            stalled = stalled + 1 if applied == start else 0
            if stalled > 200:
                self.fail("no progress in 200 runs; raise --max-delay")
                break
            start = applied
            if self.args.verbose:
                print("run %d: %s at op %d" % (self.figures["kills"] + self.figures["completed_runs"],
                                                "killed" if killed else "finished", start))
        if self.figures["operations_acknowledged"] < self.args.min_acknowledged:
            self.fail("only %d operations acknowledged, fewer than the %d required: the kills "
                      "landed before the commits, so nothing was tested"
                      % (self.figures["operations_acknowledged"], self.args.min_acknowledged))
        self.figures["seconds"] = round(time.monotonic() - started, 1)
        self.figures["seed"] = self.args.seed
        self.figures["batch_operations"] = len(self.ops)
        if self.server:
            self.figures["server"] = self.server.url.geturl()
        print(json.dumps(self.figures, indent=1))
        if not self.failures and not self.args.keep:
            shutil.rmtree(self.work, ignore_errors=True)
            if self.server:
                self.server.drop_all()
        return 0 if not self.failures else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cli", required=True, help="path of tavolo-cli")
    parser.add_argument("--kills", type=int, default=200, help="SIGKILLs to deliver (200)")
    parser.add_argument("--seed", type=int, default=20261123, help="seed of the delays")
    parser.add_argument("--ops", type=int, default=3000, help="operations per batch (3000)")
    parser.add_argument("--max-delay", type=float,
                        help="longest wait before a kill, in seconds (default: measured)")
    parser.add_argument("--op-margin", type=float, default=3.0,
                        help="the measured longest delay is the time to create an archive plus "
                             "this many times the time of one apply run (3)")
    parser.add_argument("--min-acknowledged", type=int, default=1,
                        help="fail when fewer operations were acknowledged in all (1)")
    parser.add_argument("--calibration-timeout", type=float, default=120.0,
                        help="seconds a calibration run may take (120)")
    parser.add_argument("--workdir", help="folder for the archives (default: a temporary one)")
    parser.add_argument("--db", help="a PostgreSQL server's database, postgresql://…: the "
                                     "archives are new databases beside it (default: files)")
    parser.add_argument("--psql", default=shutil.which("psql") or "/usr/lib/postgresql/15/bin/psql",
                        help="path of psql, for --db")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    return Harness(args).run()


if __name__ == "__main__":
    sys.exit(main())
