#!/usr/bin/env bash
# The fault runs at full size (never part of ./mvnw verify, which runs them small with a fixed seed):
#   GoogleUnderFaultsTest         colleagues booked while 30% of Google calls fail and the service restarts
#   ServerKilledWhileBookingTest  the real server process SIGKILLed while booking, Google outside it
#   bash bench/faults.sh                          200 colleagues, 5 kills, a random seed per run
#   SEED=123 bash bench/faults.sh                 replays a run (the seed is printed at the start)
#   COLLEAGUES=50 KILLS=3 RUNS=3 bash bench/faults.sh
# MVN_OFFLINE=-o runs offline once the dependencies are cached. Each run prints its seed, the series
# booked, the kills, the faults injected by kind and how long it took.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
colleagues="${COLLEAGUES:-200}"
kills="${KILLS:-5}"
runs="${RUNS:-1}"
tests="${TESTS:-GoogleUnderFaultsTest,ServerKilledWhileBookingTest}"
for run in $(seq 1 "$runs"); do
  seed="${SEED:-$(od -An -N8 -td8 /dev/urandom | tr -d ' ')}"
  echo "fault run $run of $runs: seed $seed, $colleagues colleagues, $kills kills"
  started=$(date +%s)
  "$here/../mvnw" -B ${MVN_OFFLINE:-} -f "$here/../pom.xml" verify -Djacoco.skip=true \
      -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false \
      -Dtouchbase.faults.seed="$seed" -Dtouchbase.faults.colleagues="$colleagues" -Dtouchbase.faults.kills="$kills" \
    | grep -E "GoogleUnderFaultsTest|ServerKilledWhileBookingTest|server process healthy|Tests run:|FAIL|BUILD"
  echo "fault run $run: $(( $(date +%s) - started )) s including the build"
done
