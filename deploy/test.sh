#!/usr/bin/env bash
# The whole test suite of Tryon, on a fresh machine or an old one: installs what this kind of machine (Debian 12) may
# lack for the browser tests and the build (Debian's chromium and chromium-driver, Maven, a JDK 17, mariadb-client
# for the restore drill's mariadb-binlog, and haproxy in front of the cluster test's two instances), then runs
# `mvn -B verify` (unit, persistence on a real MariaDB, architecture, container tests in Payara Micro, HTTP and browser
# tests in headless Chromium). Exits non-zero on any failure. Arguments go to Maven (e.g. -Dit.test=CalendarIT).
#
# "Today" is the county's date from the application's clock, never the machine's: to prove it, run the suite with the
# machine in a time zone whose date differs from America/New_York's, e.g. TZ=Pacific/Kiritimati deploy/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
command -v mvn >/dev/null 2>&1 || need+=(maven)
command -v javac >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
command -v mariadb-binlog >/dev/null 2>&1 || need+=(mariadb-client)   # restore.sh replays binlogs (BackupRestoreDrillIT)
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || need+=(haproxy)   # the proxy in front of ClusterIT's two instances
if [ ${#need[@]} -gt 0 ]; then
  echo "deploy/test.sh: installing what this machine lacks: ${need[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
  else
    echo "deploy/test.sh: cannot install ${need[*]}: not root and no password-less sudo." >&2
    echo "Install them once as root: apt-get update && apt-get install -y ${need[*]}" >&2
    exit 2
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "deploy/test.sh: no apt-get on this machine; install ${need[*]} with its package manager and run again." >&2
    exit 2
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

exec mvn -B verify "$@"
