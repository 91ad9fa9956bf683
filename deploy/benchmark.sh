#!/usr/bin/env bash
# Runs the inspections benchmark (issue 4): builds Tryon and the benchmark, starts a Tryon of its own
# (embedded MariaDB + Payara Micro, as deploy/start.sh does) on a separate port and a fresh data
# directory, waits until its health endpoint answers 200, runs a working day of inspections against
# it, stops it, and leaves the report.
#
#   deploy/benchmark.sh [--no-build] [--port N] [--data DIR] [--keep-data] [--help] [-- BENCHMARK OPTIONS]
#
#   --no-build    reuse what the last build made
#   --port N      HTTP port of the benchmark's Tryon (default 8181; never the developer's 8080)
#   --data DIR    its database and logs (default modules/benchmark/target/benchmark-data, wiped at start)
#   --keep-data   do not wipe the data directory first (the benchmark then takes the next fresh day)
#   after --       options of the benchmark itself, e.g. -- --requests 300 --clients 4 (see -- --help);
#                  -- --only exam-statistics runs only the item statistics (10,000 candidates x 100 items, seeded by SQL
#                  into the benchmark's own database: the script passes its --data to the benchmark)
#
# Environment: MAVEN_ARGS adds arguments to the mvn build (e.g. "-o -Dmaven.repo.local=/path").
# Report: modules/benchmark/target/benchmark-report.md (unless --report is given after --).
# Exit status: the benchmark's (0 when every call answered as expected and its checks held).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

build=true
port=8181
data="$repo_root/modules/benchmark/target/benchmark-data"
wipe=true
bench_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) build=false ;;
    --port) port="${2:?--port needs a value}"; shift ;;
    --port=*) port="${1#--port=}" ;;
    --data) data="${2:?--data needs a value}"; shift ;;
    --data=*) data="${1#--data=}" ;;
    --keep-data) wipe=false ;;
    --help|-h) sed -n '2,21p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --) shift; bench_args=("$@"); break ;;
    *) echo "benchmark.sh: unknown option '$1' (benchmark options go after --)" >&2; exit 2 ;;
  esac
  shift
done
data="$(mkdir -p "$data" && cd "$data" && pwd)"
if [[ "$data" == "$HOME/.tryon" ]]; then
  echo "benchmark.sh: refusing to use the developer's demo database ($data); choose another --data" >&2
  exit 2
fi

for tool in java mvn curl; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "benchmark.sh: '$tool' is not installed (Java 17+, Maven 3.8+ and curl are needed)." >&2
    exit 1
  fi
done

devserver=modules/devserver/target
bench=modules/benchmark/target
if [[ "$build" == true ]]; then
  echo "Building Tryon and the benchmark…"
  # shellcheck disable=SC2086
  if ! mvn -B -q -DskipTests ${MAVEN_ARGS:-} -pl modules/devserver,modules/benchmark -am install; then
    echo "benchmark.sh: the build failed (see the Maven output above)." >&2
    exit 1
  fi
fi
for f in "$devserver/tryon-devserver.jar" "$devserver/tryon.war" "$devserver/payara-micro.jar" "$bench/tryon-benchmark.jar"; do
  if [[ ! -f "$f" ]]; then
    echo "benchmark.sh: $f is missing; run without --no-build." >&2
    exit 1
  fi
done

if [[ "$wipe" == true ]]; then
  # a launcher killed earlier may have left its servers on this directory: the start below ends them (pid files)
  rm -rf "$data/mariadb" "$data/logs"
fi
mkdir -p "$data/logs"
server_log="$data/logs/devserver.out"

echo "Starting the benchmark's Tryon on port $port (data: $data, log: $server_log)…"
java -cp "$devserver/tryon-devserver.jar:$devserver/lib/*" org.tryon.devserver.DevServer \
  --war "$devserver/tryon.war" --payara-jar "$devserver/payara-micro.jar" \
  --port "$port" --db-port 0 --data "$data" --timeout 600 >"$server_log" 2>&1 &
server_pid=$!

stop_server() {
  if kill -0 "$server_pid" 2>/dev/null; then
    echo "Stopping the benchmark's Tryon…"
    kill -TERM "$server_pid" 2>/dev/null || true   # its shutdown hook stops Payara Micro and MariaDB
    for _ in $(seq 1 90); do
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 1
    done
  fi
}
trap stop_server EXIT

health="http://localhost:$port/api/v1/health"
deadline=$((SECONDS + 660))
until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$health" || true)" == "200" ]]; do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "benchmark.sh: Tryon failed to start; the end of $server_log:" >&2
    tail -n 40 "$server_log" >&2
    exit 1
  fi
  if (( SECONDS > deadline )); then
    echo "benchmark.sh: $health did not answer 200 in time; the end of $server_log:" >&2
    tail -n 40 "$server_log" >&2
    exit 1
  fi
  sleep 2
done
echo "Tryon is healthy at http://localhost:$port/"

status=0
java -cp "$bench/tryon-benchmark.jar:$bench/lib/*" org.tryon.benchmark.InspectionDayBenchmark \
  --base-url "http://localhost:$port/" --report "$bench/benchmark-report.md" --data "$data" ${bench_args[@]+"${bench_args[@]}"} || status=$?
exit "$status"
