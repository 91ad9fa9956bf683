#!/usr/bin/env bash
# The disk-full drill (ADR 0027): builds Tryon and the drill, puts a fresh MariaDB data directory (its binary log
# included) on a small filesystem of its own (a loop-mounted ext4 image file, as a real disk behaves; --tmpfs for a
# tmpfs), starts a Tryon of its own on free loopback ports on it, keeps steady traffic flowing through the REST API
# as the demo users (writers recording payments, readers listing permits and accounts), fills the filesystem with a
# filler file, holds it full, then deletes the filler. It reports what callers got while the disk was full (it must
# be a clear 503 problem+json naming the full disk, not a hang nor a bare 500), what MariaDB did, how long Tryon took
# to accept writes again without a restart, then runs CHECK TABLE on every table and compares the acknowledged
# payments with the ledger (nothing lost, doubled or corrupt). Writes a Markdown report. Not part of mvn verify.
#
# Needs root: mounting a filesystem does (run it with sudo on a test machine; never on the county's database server).
#
#   deploy/drill-disk-full.sh [--no-build] [--data DIR] [--report FILE] [--size MB] [--full S] [--tmpfs] [--help]
#
#   --no-build      reuse what the last build made
#   --data DIR      the drill's files (default modules/benchmark/target/disk-full-drill, wiped at start); the small
#                   filesystem is mounted at DIR/disk and unmounted at the end
#   --report FILE   where the report goes (default docs/drills/disk-full.md)
#   --size MB       size of the small filesystem (default 400: a fresh MariaDB with Tryon's schema takes about 250)
#   --full S        how long the disk stays full (default 90: MariaDB looks for free space once a minute)
#   --tmpfs         a tmpfs instead of the ext4 image
#
# Environment: MAVEN_ARGS adds arguments to the mvn build (e.g. "-o -Dmaven.repo.local=/path").
# Bounded: the drill gives up after 40 minutes (DRILL_TIMEOUT seconds, default 2400).
# Exit status: 0 when every check held, 1 otherwise.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

build=true
data="$repo_root/modules/benchmark/target/disk-full-drill"
report="$repo_root/docs/drills/disk-full.md"
size=400
tmpfs=false
drill_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) build=false ;;
    --data) data="${2:?--data needs a value}"; shift ;;
    --report) report="${2:?--report needs a value}"; shift ;;
    --size) size="${2:?--size needs a value}"; shift ;;
    --tmpfs) tmpfs=true ;;
    --full|--writers|--readers) drill_args+=("$1" "${2:?$1 needs a value}"); shift ;;
    --help|-h) sed -n '2,26p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "drill-disk-full.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if [[ "$(id -u)" != 0 ]]; then
  echo "drill-disk-full.sh: needs root, to mount the small filesystem that the drill fills (a loop-mounted ext4 image," >&2
  echo "or a tmpfs with --tmpfs). Run it with sudo on a test machine, never on the county's database server." >&2
  exit 2
fi
[[ "$size" =~ ^[0-9]+$ && "$size" -ge 300 ]] || { echo "drill-disk-full.sh: --size must be a number of MB, at least 300" >&2; exit 2; }
mkdir -p "$data"
data="$(cd "$data" && pwd)"
if [[ "$data" == "$HOME/.tryon" || "$data" == "/" ]]; then
  echo "drill-disk-full.sh: refusing to use $data; choose another --data" >&2
  exit 2
fi
for tool in java mvn timeout mount umount mountpoint; do
  command -v "$tool" >/dev/null 2>&1 || { echo "drill-disk-full.sh: '$tool' is not installed." >&2; exit 1; }
done

devserver=modules/devserver/target
bench=modules/benchmark/target
if [[ "$build" == true ]]; then
  echo "Building Tryon and the drill…"
  # shellcheck disable=SC2086
  mvn -B -q -DskipTests ${MAVEN_ARGS:-} -pl modules/devserver,modules/benchmark -am install \
    || { echo "drill-disk-full.sh: the build failed (see the Maven output above)." >&2; exit 1; }
fi
for f in "$devserver/tryon.war" "$devserver/payara-micro.jar" "$bench/tryon-benchmark.jar"; do
  [[ -f "$f" ]] || { echo "drill-disk-full.sh: $f is missing; run without --no-build." >&2; exit 1; }
done

disk="$data/disk"
unmount() {
  if mountpoint -q "$disk"; then
    umount "$disk" 2>/dev/null || { sleep 5; umount "$disk" || umount -l "$disk"; }
  fi
}
# a leftover of an earlier run: its filesystem first, then its files
unmount
rm -rf "$data"
mkdir -p "$disk" "$data/mariadb"
trap unmount EXIT
if [[ "$tmpfs" == false ]] && command -v mkfs.ext4 >/dev/null 2>&1 \
    && truncate -s "${size}M" "$data/disk.img" && mkfs.ext4 -q -F -m 0 "$data/disk.img" \
    && mount -o loop "$data/disk.img" "$disk" 2>/dev/null; then
  filesystem="a ${size} MB ext4 filesystem (a loop-mounted image file, no blocks reserved for root)"
else
  [[ "$tmpfs" == true ]] || echo "drill-disk-full.sh: no loop-mounted ext4 here; using a tmpfs" >&2
  rm -f "$data/disk.img"
  mount -t tmpfs -o "size=${size}m" tmpfs "$disk"
  filesystem="a ${size} MB tmpfs"
fi
mkdir -p "$disk/mariadb-data"
ln -s "$disk/mariadb-data" "$data/mariadb/data"

echo "Running the disk-full drill (data: $data, on $filesystem; report: $report)…"
set +e
timeout --kill-after=60 "${DRILL_TIMEOUT:-2400}" java -cp "$bench/tryon-benchmark.jar:$bench/lib/*" org.tryon.benchmark.DiskFullDrill \
  --war "$devserver/tryon.war" --payara-jar "$devserver/payara-micro.jar" --data "$data" --disk "$disk" --report "$report" \
  --filesystem "$filesystem" ${drill_args[@]+"${drill_args[@]}"}
status=$?
set -e
exit "$status"
