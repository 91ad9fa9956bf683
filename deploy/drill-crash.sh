#!/usr/bin/env bash
# The crash drill (ADR 0021): builds Tryon and the drill, starts a Tryon of its own (embedded MariaDB with its
# binary log + Payara Micro) on free loopback ports and a fresh data directory, issues permits and requests
# inspections through the REST API as the demo users, then sends a burst of concurrent payments and inspection
# results and kills Payara Micro with SIGKILL in the middle of it. It starts Payara again on the same database and
# checks: every call that answered 2xx is in the database exactly once, none is there twice, nothing is
# half-written, and the events recorded before the kill (the permit fees) are delivered once after the restart.
# With --instances 2 (ADR 0056) it starts two Payara Micro instances clustered behind HAProxy, sends the burst
# through the proxy and kills one of them; the other carries on (nothing is started again). Not part of mvn verify
# (ClusterIT runs the clustered drill in the suite).
#
#   deploy/drill-crash.sh [--no-build] [--data DIR] [--report FILE] [--burst N] [--kill-after N] [--instances N] [--help]
#
#   --no-build      reuse what the last build made
#   --data DIR      the drill's database and logs (default modules/benchmark/target/crash-drill, wiped at start)
#   --report FILE   where the report goes (default docs/drills/crash.md)
#   --burst N       concurrent calls in the burst (default 50: half payments, half inspection results)
#   --kill-after N  kill Payara once N calls of the burst have been answered (default 12)
#   --instances N   N Payara Micro instances behind HAProxy (default 1; needs Debian's haproxy); the report then
#                   defaults to docs/drills/crash-cluster.md
#
# Environment: MAVEN_ARGS adds arguments to the mvn build (e.g. "-o -Dmaven.repo.local=/path").
# Bounded: the drill gives up after 40 minutes (DRILL_TIMEOUT seconds, default 2400; a loaded machine needs minutes per start).
# Exit status: 0 when every check held, 1 otherwise.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

build=true
data="$repo_root/modules/benchmark/target/crash-drill"
report="$repo_root/docs/drills/crash.md"
drill_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) build=false ;;
    --data) data="${2:?--data needs a value}"; shift ;;
    --report) report="${2:?--report needs a value}"; shift ;;
    --burst|--kill-after) drill_args+=("$1" "${2:?$1 needs a value}"); shift ;;
    --instances)
      instances="${2:?--instances needs a value}"; drill_args+=("$1" "$instances"); shift
      [[ "$instances" -gt 1 && "$report" == "$repo_root/docs/drills/crash.md" ]] && report="$repo_root/docs/drills/crash-cluster.md"
      ;;
    --help|-h) sed -n '2,24p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "drill-crash.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$data"
data="$(cd "$data" && pwd)"
if [[ "$data" == "$HOME/.tryon" ]]; then
  echo "drill-crash.sh: refusing to use the developer's demo database ($data); choose another --data" >&2
  exit 2
fi
for tool in java mvn timeout; do
  command -v "$tool" >/dev/null 2>&1 || { echo "drill-crash.sh: '$tool' is not installed." >&2; exit 1; }
done

devserver=modules/devserver/target
bench=modules/benchmark/target
if [[ "$build" == true ]]; then
  echo "Building Tryon and the drill…"
  # shellcheck disable=SC2086
  mvn -B -q -DskipTests ${MAVEN_ARGS:-} -pl modules/devserver,modules/benchmark -am install \
    || { echo "drill-crash.sh: the build failed (see the Maven output above)." >&2; exit 1; }
fi
for f in "$devserver/tryon.war" "$devserver/payara-micro.jar" "$bench/tryon-benchmark.jar"; do
  [[ -f "$f" ]] || { echo "drill-crash.sh: $f is missing; run without --no-build." >&2; exit 1; }
done

echo "Running the crash drill (data: $data, report: $report)…"
# SIGTERM at the time limit: the drill's shutdown hook stops its Payara Micro and MariaDB
exec timeout --kill-after=60 "${DRILL_TIMEOUT:-2400}" java -cp "$bench/tryon-benchmark.jar:$bench/lib/*" org.tryon.benchmark.CrashDrill \
  --war "$devserver/tryon.war" --payara-jar "$devserver/payara-micro.jar" --data "$data" --report "$report" \
  ${drill_args[@]+"${drill_args[@]}"}
