#!/usr/bin/env bash
# Restores a backup made by ./backup.sh into an EMPTY WerkERP database (created when missing).
# Usage: ./restore.sh [--force] [--database NAME] FILE
#   --force          also restore into a database that already has tables (the backup's tables
#                    are dropped and recreated; tables not in the backup stay)
#   --database NAME  restore into NAME instead of the configured database (same server)
# Stop the application first. Connection: as ./backup.sh (WERKERP_DB_URL/_USER/_PASSWORD, else
# the embedded run on WERKERP_DB_PORT). See docs/betrieb.md.
set -euo pipefail
WERKERP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/werkerp-db-env.sh
source "$WERKERP_ROOT/scripts/werkerp-db-env.sh"

usage() { sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; }
force=false
target=
file=
while (($#)); do
  case "$1" in
    --force) force=true ;;
    --database) shift; target="${1:?--database needs a name}" ;;
    -h | --help) usage; exit 0 ;;
    -*) echo "restore: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) [[ -z "$file" ]] || { usage >&2; exit 2; }; file="$1" ;;
  esac
  shift
done
[[ -n "$file" ]] || { usage >&2; exit 2; }
[[ -r "$file" ]] || { echo "restore: cannot read $file" >&2; exit 1; }

werkerp_db_settings
[[ -z "$target" ]] || DB_NAME="$target"
if [[ ! "$DB_NAME" =~ ^[A-Za-z0-9_]{1,64}$ ]]; then
  echo "restore: unsupported database name '$DB_NAME'" >&2
  exit 2
fi
client="$(werkerp_client mariadb mysql)"
opts="$(werkerp_option_file)"
trap 'rm -f "$opts"' EXIT
sql() { "$client" --defaults-extra-file="$opts" --batch --skip-column-names "$@"; }

sql -e "CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
existing="$(sql -e "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '$DB_NAME'")"
if ((existing > 0)) && ! $force; then
  echo "restore: database $DB_NAME on $DB_HOST:$DB_PORT is not empty ($existing tables); refusing (use --force to overwrite)" >&2
  exit 1
fi

start=$SECONDS
if [[ "$file" == *.gz ]]; then
  gzip -dc "$file" | sql --default-character-set=utf8mb4 "$DB_NAME"
else
  sql --default-character-set=utf8mb4 "$DB_NAME" <"$file"
fi
tables="$(sql -e "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '$DB_NAME' AND TABLE_TYPE = 'BASE TABLE'")"
triggers="$(sql -e "SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = '$DB_NAME'")"
rows="$(sql -e "SELECT COALESCE(SUM(TABLE_ROWS), 0) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '$DB_NAME'")"
migration="$(sql -e "SELECT MAX(CAST(version AS UNSIGNED)) FROM \`$DB_NAME\`.flyway_schema_history WHERE success = 1" 2>/dev/null || echo '?')"
echo "restore: $file -> database $DB_NAME on $DB_HOST:$DB_PORT$($force && ((existing > 0)) && echo " (--force: $existing tables were there)"): $tables tables, $triggers triggers, ~$rows rows (estimate), schema version V$migration, $((SECONDS - start)) s"
