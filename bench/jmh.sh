#!/usr/bin/env bash
# Runs the JMH benchmarks of src/test/java/no/cxday/planner/bench (all, or those matching $1).
# They compile with every build (mvn verify) and run only from here. Extra arguments go to JMH.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
    "${1:-no.cxday.planner.bench}" "${@:2}"
