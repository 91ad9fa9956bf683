#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh into a fresh database (ADR 0021): loads the full dump, then replays
# the binary logs written after it with mariadb-binlog, up to their end or, with --until, up to a moment
# (point-in-time recovery: e.g. the second before a wrong bulk change).
#
#   deploy/restore.sh [BACKUP] [--data DIR] [--backup-dir DIR] [--database NAME] [--replace]
#                     [--until "YYYY-MM-DD HH:MM:SS"] [--no-binlogs] [--binlog-dir DIR]
#                     [--socket PATH] [--bin-dir DIR] [--help]
#
#   BACKUP            a backup directory (BACKUP_DIR/tryon-...Z); default the newest under the backup directory
#   --data DIR        the Tryon data directory whose embedded MariaDB receives the restore (default ~/.tryon);
#                     its database must be running (deploy/start.sh, or a fresh --data DIR for a fresh server)
#   --backup-dir DIR  where backups are (default DATA/backups)
#   --database NAME   the database to restore into (default tryon_restored); it must not exist unless --replace
#   --replace         drop NAME first if it exists. To put the live database back (--database tryon), stop
#                     Tryon's application first (its database may stay up), then start it again
#   --until T         replay only what was committed before T, the server's local time "YYYY-MM-DD HH:MM:SS"
#                     (the transaction committing at T or later is not replayed; no transaction is cut in half)
#   --no-binlogs      only the dump: the database as it was when the backup was taken
#   --binlog-dir DIR  binary logs newer than the backup's copies, e.g. the live server's own directory
#                     (DATA/mariadb/data) when restoring to a moment after the last --binlogs-only copy
#   --socket PATH     restore into the MariaDB on this unix socket instead of DATA's
#   --bin-dir DIR     where mariadb and mariadb-binlog are (default DATA/mariadb/base/bin, then PATH;
#                     mariadb-binlog comes from Debian's mariadb-client: apt-get install mariadb-client)
#
# Prints what it did; exits non-zero on any failure (the half-restored database is then dropped).
set -euo pipefail
prog=restore.sh
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/mariadb.sh
source "$here/lib/mariadb.sh"

data="$HOME/.tryon"
backup_dir=""
backup=""
target=tryon_restored
replace=false
until=""
use_binlogs=true
extra_binlog_dir=""
socket=""
bin_dir=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --data) data="${2:?--data needs a directory}"; shift ;;
    --data=*) data="${1#--data=}" ;;
    --backup-dir) backup_dir="${2:?--backup-dir needs a directory}"; shift ;;
    --backup-dir=*) backup_dir="${1#--backup-dir=}" ;;
    --database) target="${2:?--database needs a name}"; shift ;;
    --database=*) target="${1#--database=}" ;;
    --replace) replace=true ;;
    --until) until="${2:?--until needs \"YYYY-MM-DD HH:MM:SS\"}"; shift ;;
    --until=*) until="${1#--until=}" ;;
    --no-binlogs) use_binlogs=false ;;
    --binlog-dir) extra_binlog_dir="${2:?--binlog-dir needs a directory}"; shift ;;
    --binlog-dir=*) extra_binlog_dir="${1#--binlog-dir=}" ;;
    --socket) socket="${2:?--socket needs a path}"; shift ;;
    --socket=*) socket="${1#--socket=}" ;;
    --bin-dir) bin_dir="${2:?--bin-dir needs a directory}"; shift ;;
    --bin-dir=*) bin_dir="${1#--bin-dir=}" ;;
    --help|-h) sed -n '2,25p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "$prog: unknown option '$1' (see --help)" >&2; exit 2 ;;
    *) [[ -z "$backup" ]] || { echo "$prog: one backup at a time ('$backup' and '$1')" >&2; exit 2; }; backup="$1" ;;
  esac
  shift
done
[[ "$target" =~ ^[A-Za-z0-9_]+$ ]] || die "--database: only letters, digits and _ (got '$target')"
if [[ -n "$until" ]]; then
  [[ "$until" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}\ [0-9]{2}:[0-9]{2}:[0-9]{2}$ ]] \
    || die "--until needs \"YYYY-MM-DD HH:MM:SS\" (got '$until')"
  [[ "$use_binlogs" == true ]] || die "--until needs the binary logs (drop --no-binlogs)"
fi
data="${data%/}"
[[ -n "$backup_dir" ]] || backup_dir="$data/backups"
if [[ -z "$backup" ]]; then
  backup="$(ls -d "$backup_dir"/tryon-*Z 2>/dev/null | sort | tail -n 1 || true)"
  [[ -n "$backup" ]] || die "no backup under $backup_dir (give BACKUP or --backup-dir)"
fi
backup="$(cd "$backup" 2>/dev/null && pwd)" || die "no backup directory $backup"
info="$backup/backup.info"
[[ -f "$info" && -f "$backup/tryon.sql.gz" ]] || die "$backup is not a backup of deploy/backup.sh (no backup.info or tryon.sql.gz)"
field() { sed -n "s/^$1=//p" "$info"; }
source_db="$(field database)"
binlog_file="$(field binlog_file)"
binlog_pos="$(field binlog_pos)"
taken_at="$(field server_time)"
consistent_by="$(field consistent_by)"
[[ -n "$consistent_by" ]] || consistent_by="$taken_at"
[[ "$(sha256sum "$backup/tryon.sql.gz" | cut -d' ' -f1)" == "$(field dump_sha256)" ]] \
  || die "$backup/tryon.sql.gz does not match the checksum in backup.info (damaged?)"
if [[ -n "$until" && "$until" < "$consistent_by" ]]; then
  die "--until $until is before this backup was taken ($taken_at to $consistent_by): choose an older backup"
fi

locate_server
locate_clients
binlogs=()
if [[ "$use_binlogs" == true ]]; then
  locate_binlog_tool
  # the backup's copies, then newer files (or more complete ones) from --binlog-dir; from the dump's file on
  declare -A by_name=()
  for f in "$backup"/binlogs/*.[0-9]*; do
    [[ -f "$f" && "$(basename "$f")" =~ ^.+\.[0-9]+$ ]] && by_name["$(basename "$f")"]="$f"
  done
  if [[ -n "$extra_binlog_dir" ]]; then
    [[ -d "$extra_binlog_dir" ]] || die "no directory $extra_binlog_dir"
    prefix="${binlog_file%.*}"
    for f in "$extra_binlog_dir/$prefix".[0-9]*; do
      [[ -f "$f" && "$(basename "$f")" =~ ^.+\.[0-9]+$ ]] && by_name["$(basename "$f")"]="$f"   # not the .idx files
    done
  fi
  mapfile -t names < <(printf '%s\n' "${!by_name[@]}" | sort)
  expected=""
  for name in "${names[@]}"; do
    [[ -z "$name" || "$name" < "$binlog_file" ]] && continue
    if [[ -z "$expected" ]]; then
      [[ "$name" == "$binlog_file" ]] || die "the binary log $binlog_file, where the dump ends, is missing"
    elif [[ "$name" != "$expected" ]]; then
      die "the binary log $expected is missing (found $name after it): cannot replay across a gap"
    fi
    binlogs+=("${by_name[$name]}")
    seq="${name##*.}"
    expected="${name%.*}.$(printf "%0${#seq}d" $((10#$seq + 1)))"
  done
fi

exists="$(sql_value "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '$target'")"
if [[ "$exists" == 1 ]]; then
  [[ "$replace" == true ]] || die "the database '$target' exists: choose another --database or add --replace"
  say "dropping the existing database '$target' (--replace)"
  sql -e "DROP DATABASE \`$target\`"
fi
done=false
trap '[[ "$done" == true ]] || { sql -e "DROP DATABASE IF EXISTS \`$target\`" 2>/dev/null || true; echo "$prog: restore failed; the half-restored database $target was dropped" >&2; }' EXIT
sql -e "CREATE DATABASE \`$target\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

say "loading the dump of '$source_db' taken at $taken_at ($backup) into '$target'"
gzip -dc "$backup/tryon.sql.gz" | sql --database="$target"

if [[ ${#binlogs[@]} -gt 0 ]]; then
  replay=("$binlog_tool" --no-defaults --start-position="$binlog_pos" --database="$source_db")
  [[ "$target" != "$source_db" ]] && replay+=(--rewrite-db="$source_db->$target")
  [[ -n "$until" ]] && replay+=(--stop-datetime="$until")
  say "replaying ${#binlogs[@]} binary log(s) from $binlog_file:$binlog_pos${until:+ up to $until} ($(basename "$binlog_tool"))"
  "${replay[@]}" "${binlogs[@]}" | sql --database="$target"
elif [[ "$use_binlogs" == true ]]; then
  say "no binary log to replay (the backup holds none since its dump)"
fi

tables="$(sql_value "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$target' AND table_type = 'BASE TABLE'")"
triggers="$(sql_value "SELECT COUNT(*) FROM information_schema.triggers WHERE trigger_schema = '$target'")"
rows="$(sql_value "SELECT COALESCE(SUM(table_rows), 0) FROM information_schema.tables WHERE table_schema = '$target'")"
done=true
say "restored '$target': $tables tables, $triggers triggers, about $rows rows${until:+, as of $until}"
