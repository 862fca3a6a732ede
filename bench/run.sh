#!/usr/bin/env bash
# Runs the planner benchmarks (never part of ./mvnw verify). Works from a fresh clone: it builds the
# main jar with the Maven wrapper first.
#   bash bench/run.sh                      full JMH defaults
#   bash bench/run.sh -wi 2 -i 3 -f 1      short run, as recorded in bench/PLANNER-RESULTS.md
#   bash bench/run.sh --best-of            best-of-N timings (robust when other processes load the machine)
#   bash bench/run.sh --group-cpu          the group of 8: plan and floor alternately, median CPU-time ratio
# MVN_OFFLINE=-o runs both builds offline once their dependencies are cached.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mvnw="$here/../mvnw"
# The main jar (target/touchbase.jar, with its dependencies), then the benchmarks compiled against it.
"$mvnw" -q -B ${MVN_OFFLINE:-} -f "$here/../pom.xml" package -Dmaven.test.skip=true
"$mvnw" -q -B ${MVN_OFFLINE:-} -f "$here/pom.xml" compile
classpath="$here/target/classes:$(cat "$here/target/classpath.txt"):$here/../target/touchbase.jar"
if [ "${1:-}" = "--best-of" ]; then
  exec java -cp "$classpath" touchbase.bench.BestOf
fi
if [ "${1:-}" = "--group-cpu" ]; then
  exec java -cp "$classpath" touchbase.bench.GroupCpuRatio "${@:2}"
fi
exec java -cp "$classpath" org.openjdk.jmh.Main PlannerBenchmark "$@"
