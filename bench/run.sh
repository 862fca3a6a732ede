#!/usr/bin/env bash
# Runs the planner benchmarks (never part of mvn verify).
#   bench/run.sh                      full JMH defaults
#   bench/run.sh -wi 2 -i 3 -f 1      short run, as recorded in bench/RESULTS.md
#   bench/run.sh --best-of            best-of-N timings (robust when other processes load the machine)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# The main build is offline (its dependencies are cached); the bench build may fetch its plugin once.
mvn -q -B -o -f "$here/../pom.xml" package -Dmaven.test.skip=true
mvn -q -B ${MVN_OFFLINE:-} -f "$here/pom.xml" compile
classpath="$here/target/classes:$(cat "$here/target/classpath.txt"):$here/../target/touchbase-0.1.0.jar"
if [ "${1:-}" = "--best-of" ]; then
  exec java -cp "$classpath" touchbase.bench.BestOf
fi
exec java -cp "$classpath" org.openjdk.jmh.Main PlannerBenchmark "$@"
