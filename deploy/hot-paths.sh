#!/usr/bin/env bash
# Runs the hot-path benchmark (issue "Performance at ten years of county volume", §2 and §3): builds Tryon and the
# benchmark, then, for each dataset of deploy/dataset.sh, copies it (cp -a: the dataset itself is never changed),
# starts a Tryon of its own on the copy, times its start and every hot path beside its SQL floor, stops it, and writes
# the report (Markdown), the TSV of every figure and the growth chart (PNG).
#
#   deploy/hot-paths.sh [--no-build] [--dataset DIR]... [--work DIR] [--help] [-- BENCHMARK OPTIONS]
#
#   --no-build      reuse what the last build made
#   --dataset DIR   a dataset (repeatable); default: those of ~/.tryon-dataset/1y, 3y and 10y that exist
#   --work DIR      where the copies go (default modules/benchmark/target/hot-paths-work; needs the space of the
#                   largest dataset: 5.5 GB for ten years; each copy is deleted after its run)
#   after --        options of the benchmark itself, e.g. -- --quick, -- --users 50 --rate 200 --sustain-seconds 300
#                   --reads 500 --port 8383 --report FILE --chart FILE --keep-work (see -- --help)
#
# Environment: MAVEN_ARGS adds arguments to the mvn build (e.g. "-o -Dmaven.repo.local=/path").
# Report: modules/benchmark/target/hot-paths-report.md (+ .tsv, hot-paths-growth.png) unless --report is given after --.
# ~/.tryon (the developer's demo database) is refused. Exit status: the benchmark's (0 when it wrote its report).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

build=true
datasets=()
work="$repo_root/modules/benchmark/target/hot-paths-work"
bench_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) build=false ;;
    --dataset) datasets+=("${2:?--dataset needs a value}"); shift ;;
    --dataset=*) datasets+=("${1#--dataset=}") ;;
    --work) work="${2:?--work needs a value}"; shift ;;
    --work=*) work="${1#--work=}" ;;
    --help|-h) sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --) shift; bench_args=("$@"); break ;;
    *) echo "hot-paths.sh: unknown option '$1' (benchmark options go after --)" >&2; exit 2 ;;
  esac
  shift
done

if [[ ${#datasets[@]} -eq 0 ]]; then
  for y in 1y 3y 10y; do
    if [[ -d "$HOME/.tryon-dataset/$y/mariadb" ]]; then
      datasets+=("$HOME/.tryon-dataset/$y")
    fi
  done
fi
if [[ ${#datasets[@]} -eq 0 ]]; then
  echo "hot-paths.sh: no dataset; build one with deploy/dataset.sh --years 1 (or pass --dataset DIR)" >&2
  exit 2
fi
dataset_args=()
for d in "${datasets[@]}"; do
  abs="$(cd "$d" 2>/dev/null && pwd || true)"
  if [[ "$abs" == "$HOME/.tryon" || "${d%/}" == "$HOME/.tryon" ]]; then
    echo "hot-paths.sh: refusing the developer's demo database ($d); choose a dataset" >&2
    exit 2
  fi
  if [[ -z "$abs" || ! -d "$abs/mariadb" ]]; then
    echo "hot-paths.sh: $d is not a dataset of deploy/dataset.sh (no mariadb directory)" >&2
    exit 2
  fi
  dataset_args+=(--dataset "$abs")
done

for tool in java mvn git; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "hot-paths.sh: '$tool' is not installed (Java 17+, Maven 3.8+ and git are needed)." >&2
    exit 1
  fi
done

devserver=modules/devserver/target
bench=modules/benchmark/target
if [[ "$build" == true ]]; then
  echo "Building Tryon and the benchmark…"
  # shellcheck disable=SC2086
  if ! mvn -B -q -DskipTests ${MAVEN_ARGS:-} -pl modules/devserver,modules/benchmark -am install; then
    echo "hot-paths.sh: the build failed (see the Maven output above)." >&2
    exit 1
  fi
fi
for f in "$devserver/tryon.war" "$devserver/payara-micro.jar" "$bench/tryon-benchmark.jar"; do
  if [[ ! -f "$f" ]]; then
    echo "hot-paths.sh: $f is missing; run without --no-build." >&2
    exit 1
  fi
done

commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git status --porcelain 2>/dev/null || true)" ]]; then
  commit="$commit (with uncommitted changes)"
fi

exec java -cp "$bench/tryon-benchmark.jar:$bench/lib/*" org.tryon.benchmark.hotpaths.HotPathsBenchmark \
  "${dataset_args[@]}" --work "$work" --war "$devserver/tryon.war" --payara-jar "$devserver/payara-micro.jar" \
  --commit "$commit" ${bench_args[@]+"${bench_args[@]}"}
