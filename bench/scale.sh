#!/usr/bin/env bash
# Scale-out benchmark (never part of ./mvnw verify; about 3 to 5 minutes):
#   1. booking throughput: colleagues booked per second, end to end through the JSON API until Google
#      (the emulator) has every series, with one and with two Touchbase instances on one PostgreSQL
#      (and, for comparison, one on SQLite); COLLEAGUES (40) colleagues, CLIENTS (4) concurrent clients
#      whose requests go round the instances, after a warm-up of 12 that is not timed; Meet links off
#      (the emulator, like Google, creates them asynchronously and the worker waits for each);
#   2. the feed's requests per second (wrk on loopback, fresh and 304) served by an instance on PostgreSQL
#      beside one on SQLite, each for the account just booked.
# PostgreSQL: TOUCHBASE_TEST_DB_URL (with TOUCHBASE_TEST_DB_USER / _PASSWORD) if set, else an embedded
# PostgreSQL 17.5 started for the run (as the tests do). Works from a fresh clone with Java 17 and wrk
# (apt-get install -y wrk); MVN_OFFLINE=-o builds offline once the dependencies are cached.
#   bash bench/scale.sh
#   COLLEAGUES=100 CLIENTS=8 DURATION=10s bash bench/scale.sh
# Every instance runs in the one benchmark JVM (as in the tests), so they share its heap and JIT.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
duration="${DURATION:-6s}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-32}"
command -v wrk >/dev/null || { echo "bench/scale.sh needs wrk (apt-get install -y wrk)" >&2; exit 2; }
work="$(mktemp -d)"
bench_pid=""
cleanup() { [ -n "$bench_pid" ] && kill "$bench_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# The service and the tests' cluster (compiled, not run), and the tests' classpath.
"$root/mvnw" -q -B ${MVN_OFFLINE:-} -f "$root/pom.xml" test-compile
"$root/mvnw" -q -B ${MVN_OFFLINE:-} -f "$root/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt" >/dev/null
classpath="$root/target/classes:$root/target/test-classes:$(cat "$work/classpath.txt")"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
mkfifo "$work/in"
(cd "$root" && exec java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$classpath" "$here/scale/ScaleBench.java" \
  <"$work/in" >"$work/bench.out" 2>"$work/bench.log") &
bench_pid=$!
exec 3>"$work/in"   # keeps the program's input open until we are done
for _ in $(seq 1 600); do
  grep -q '^READY' "$work/bench.out" 2>/dev/null && break
  kill -0 "$bench_pid" 2>/dev/null || { cat "$work/bench.out"; tail -30 "$work/bench.log" >&2; exit 1; }
  sleep 1
done
grep '^|' "$work/bench.out"
postgres_feed="$(sed -n 's/^FEED postgres //p' "$work/bench.out")"
sqlite_feed="$(sed -n 's/^FEED sqlite //p' "$work/bench.out")"

. "$here/wrk-case.sh"
etag_of() { curl -s -D - -o /dev/null "$1" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p'; }
wrk -t1 -c4 -d3s "$postgres_feed" >/dev/null
wrk -t1 -c4 -d3s "$sqlite_feed" >/dev/null
echo
echo "feed: $(curl -s "$postgres_feed" | grep -c '^BEGIN:VEVENT') VEVENTs, $(curl -s "$postgres_feed" | wc -c) bytes (PostgreSQL account); wrk -t$threads -c$connections -d$duration on loopback"
echo
echo "| case               |  req/s     |  p50     |  p99     | non-2xx/3xx |"
echo "|--------------------|-----------:|---------:|---------:|------------:|"
wrk_case "postgresql fresh" "$postgres_feed"
wrk_case "sqlite fresh" "$sqlite_feed"
wrk_case "postgresql 304" "$postgres_feed" "$(etag_of "$postgres_feed")"
wrk_case "sqlite 304" "$sqlite_feed" "$(etag_of "$sqlite_feed")"
exec 3>&-
wait "$bench_pid" 2>/dev/null || true
bench_pid=""
