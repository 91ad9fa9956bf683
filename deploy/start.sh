#!/usr/bin/env bash
# Starts Tryon on this machine: builds it, then runs an embedded MariaDB (data kept in ~/.tryon)
# and the application on Payara Micro at http://localhost:8080/. Ctrl-C stops everything.
#
#   deploy/start.sh [--port N] [--db-port N] [--data DIR] [--no-demo] [--env NAME=VALUE] [--no-build] [--help]
#
# Needs Java 17+ and Maven 3.8+. Works from any directory.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

build=true
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;   # reuse what the last build made
    *) args+=("$arg") ;;
  esac
done

for tool in java mvn; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "Tryon failed to start: '$tool' is not installed (Java 17+ and Maven 3.8+ are needed)." >&2
    exit 1
  fi
done

target=modules/devserver/target
if [[ "$build" == true ]]; then
  echo "Building Tryon (first time takes a few minutes)…"
  if ! mvn -B -q -DskipTests -pl modules/devserver -am install; then
    echo "Tryon failed to start: the build failed (see the Maven output above)." >&2
    exit 1
  fi
fi
if [[ ! -f "$target/tryon-devserver.jar" || ! -f "$target/tryon.war" || ! -f "$target/payara-micro.jar" ]]; then
  echo "Tryon failed to start: $target lacks tryon-devserver.jar, tryon.war or payara-micro.jar; run without --no-build." >&2
  exit 1
fi

exec java -cp "$target/tryon-devserver.jar:$target/lib/*" org.tryon.devserver.DevServer \
  --war "$target/tryon.war" --payara-jar "$target/payara-micro.jar" ${args[@]+"${args[@]}"}
