#!/usr/bin/env bash
# The database-pause drill (ADR 0027): builds Tryon and the drill, starts a Tryon of its own (embedded MariaDB with its
# binary log + Payara Micro) on free loopback ports and a fresh data directory, keeps steady traffic flowing through the
# REST API as the demo users (writers recording payments, readers listing permits and accounts), then makes MariaDB go
# away twice while the traffic flows: paused with SIGSTOP for 30 s and resumed with SIGCONT, then killed with SIGKILL
# and started again on the same data directory 30 s later. It checks that callers get a prompt 503 problem+json with a
# Retry-After (no call waits until the database returns), that a screen says the database is not available, that Tryon
# answers again by itself, that every acknowledged payment is in the ledger once, and that the daily jobs due during
# the outage run after it. Writes a Markdown report with the figures. Not part of mvn verify.
#
#   deploy/drill-db-pause.sh [--no-build] [--data DIR] [--report FILE] [--pause S] [--variants pause,kill] [--help]
#
#   --no-build       reuse what the last build made
#   --data DIR       the drill's database and logs (default modules/benchmark/target/db-pause-drill, wiped at start)
#   --report FILE    where the report goes (default docs/drills/database-pause.md)
#   --pause S        how long each outage lasts (default 30)
#   --variants LIST  which outages, in order: pause (SIGSTOP/SIGCONT), kill (SIGKILL, start again); default pause,kill
#   --writers N / --readers N   concurrent clients (default 3 and 3)
#
# Environment: MAVEN_ARGS adds arguments to the mvn build (e.g. "-o -Dmaven.repo.local=/path").
# Bounded: the drill gives up after 40 minutes (DRILL_TIMEOUT seconds, default 2400; a loaded machine needs minutes per start).
# Exit status: 0 when every check held, 1 otherwise.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

build=true
data="$repo_root/modules/benchmark/target/db-pause-drill"
report="$repo_root/docs/drills/database-pause.md"
drill_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) build=false ;;
    --data) data="${2:?--data needs a value}"; shift ;;
    --report) report="${2:?--report needs a value}"; shift ;;
    --pause|--variants|--writers|--readers) drill_args+=("$1" "${2:?$1 needs a value}"); shift ;;
    --help|-h) sed -n '2,23p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "drill-db-pause.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$data"
data="$(cd "$data" && pwd)"
if [[ "$data" == "$HOME/.tryon" ]]; then
  echo "drill-db-pause.sh: refusing to use the developer's demo database ($data); choose another --data" >&2
  exit 2
fi
for tool in java mvn timeout kill; do
  command -v "$tool" >/dev/null 2>&1 || { echo "drill-db-pause.sh: '$tool' is not installed." >&2; exit 1; }
done

devserver=modules/devserver/target
bench=modules/benchmark/target
if [[ "$build" == true ]]; then
  echo "Building Tryon and the drill…"
  # shellcheck disable=SC2086
  mvn -B -q -DskipTests ${MAVEN_ARGS:-} -pl modules/devserver,modules/benchmark -am install \
    || { echo "drill-db-pause.sh: the build failed (see the Maven output above)." >&2; exit 1; }
fi
for f in "$devserver/tryon.war" "$devserver/payara-micro.jar" "$bench/tryon-benchmark.jar"; do
  [[ -f "$f" ]] || { echo "drill-db-pause.sh: $f is missing; run without --no-build." >&2; exit 1; }
done

echo "Running the database-pause drill (data: $data, report: $report)…"
# SIGTERM at the time limit: the drill's shutdown hook stops its Payara Micro and MariaDB (a paused MariaDB is resumed
# by nothing then: the shutdown hook's SIGTERM waits, then SIGKILL ends it)
exec timeout --kill-after=60 "${DRILL_TIMEOUT:-2400}" java -cp "$bench/tryon-benchmark.jar:$bench/lib/*" org.tryon.benchmark.DbPauseDrill \
  --war "$devserver/tryon.war" --payara-jar "$devserver/payara-micro.jar" --data "$data" --report "$report" \
  ${drill_args[@]+"${drill_args[@]}"}
