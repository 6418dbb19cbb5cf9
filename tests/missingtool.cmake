# Stands in for a test whose tool was not found at configure time, so that the test fails
# saying why instead of disappearing from the run.  cmake -DTOOL=python3 -DTEST=name -P this
message(FATAL_ERROR "${TEST} cannot run: ${TOOL} was not found when the build was configured "
    "(scripts/deps.sh installs it)")
