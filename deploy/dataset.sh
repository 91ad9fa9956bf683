#!/usr/bin/env bash
# Builds a dataset of the department's volume (ADR 0046, docs/benchmarks/dataset.md): about 100,000 permits on 50,000
# projects and 320,000 inspections a year, 20,000 contractor firms, 126 inspectors, the ledger postings they imply,
# clocks, HIFR listings, enforcement actions and certificates, written through Tryon's own Flyway-migrated schema in an
# embedded MariaDB of its own. Then checks the application's invariants (the ledger balances; every inspection belongs
# to an issued permit; the clocks are consistent) and exits non-zero when one breaks.
#
#   deploy/dataset.sh [--no-build] [--years N] [--data-dir DIR] [--replace] [--seed N] [--scale F] [--until DATE] [--help]
#
#   --no-build     reuse what the last build made
#   --years N      1 to 10 (default 1)
#   --data-dir DIR default ~/.tryon-dataset/<N>y; never ~/.tryon (the developer's own Tryon)
#   --replace      build again over an existing dataset in DIR
#   other options: see --help
#
# Start Tryon on the result:  deploy/start.sh --no-demo --data ~/.tryon-dataset/1y --port 8282 --db-port 0
# Environment: MAVEN_ARGS adds arguments to the mvn build (e.g. "-o -Dmaven.repo.local=/path").
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

build=true
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    --help|-h) sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) args+=("$arg") ;;
  esac
done

for tool in java mvn; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "dataset.sh: '$tool' is not installed (Java 17+ and Maven 3.8+ are needed)." >&2
    exit 1
  fi
done

bench=modules/benchmark/target
if [[ "$build" == true ]]; then
  echo "Building the generator…"
  # shellcheck disable=SC2086
  if ! mvn -B -q -DskipTests ${MAVEN_ARGS:-} -pl modules/benchmark -am install; then
    echo "dataset.sh: the build failed (see the Maven output above)." >&2
    exit 1
  fi
fi
if [[ ! -f "$bench/tryon-benchmark.jar" ]]; then
  echo "dataset.sh: $bench/tryon-benchmark.jar is missing; run without --no-build." >&2
  exit 1
fi

# the generator refuses ~/.tryon itself; its heap holds only the per-quarter failure counts of the HIFR decisions
exec java -Xmx1g -cp "$bench/tryon-benchmark.jar:$bench/lib/*" org.tryon.benchmark.dataset.DatasetGenerator \
  ${args[@]+"${args[@]}"}
