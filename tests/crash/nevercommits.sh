#!/bin/sh
# A stand-in for tavolo-cli that never commits: it accepts the arguments of `apply`, prints no
# acknowledgement and waits to be killed. killharness.py must fail with it (ctest:
# crash_harness_fails_without_commits).
exec sleep 30
