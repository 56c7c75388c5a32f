#!/usr/bin/env bash
# Backs up the WerkERP database with mariadb-dump into one file (gzip when it ends in .gz).
# Usage: ./backup.sh [FILE]   (default: backups/werkerp-<UTC timestamp>.sql.gz)
# One consistent snapshot (--single-transaction, all tables are InnoDB) including routines,
# triggers and the Flyway history; the application may keep running. See docs/betrieb.md.
# Connection: WERKERP_DB_URL/_USER/_PASSWORD, else the embedded run (WERKERP_DB_PORT, 3307).
set -euo pipefail
WERKERP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/werkerp-db-env.sh
source "$WERKERP_ROOT/scripts/werkerp-db-env.sh"

case "${1:-}" in
  -h | --help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac
out="${1:-$WERKERP_ROOT/backups/werkerp-$(date -u +%Y%m%dT%H%M%SZ).sql.gz}"

werkerp_db_settings
dump="$(werkerp_client mariadb-dump mysqldump)"
opts="$(werkerp_option_file)"
tmp="$out.part"
trap 'rm -f "$opts" "$tmp"' EXIT
mkdir -p "$(dirname "$out")"

# Per table the dump holds: DROP/CREATE TABLE, the rows, then the table's triggers. The audit
# table's triggers refuse UPDATE and DELETE only, so loading rows before triggers is safe anyway.
# Without --databases: no CREATE DATABASE/USE in the file, so it can be restored under another name.
args=(--defaults-extra-file="$opts" --single-transaction --quick --routines --triggers
      --hex-blob --default-character-set=utf8mb4 --skip-dump-date "$DB_NAME")
# DEFINER clauses (of triggers, routines, views) are dropped so that the file can be restored by
# another account or on another server: the restoring account becomes the definer. Row lines
# (INSERT INTO ...) are left untouched.
strip_definers() {
  sed -E '/^INSERT INTO /!{
    s#/\*!500(13|17|20) DEFINER=[^*]*\*/ ?##g
    s#^(CREATE( OR REPLACE)?) DEFINER=`[^`]*`(@`[^`]*`)? #\1 #
  }'
}
start=$SECONDS
set -o pipefail
if [[ "$out" == *.gz ]]; then
  "$dump" "${args[@]}" | strip_definers | gzip -c >"$tmp"
else
  "$dump" "${args[@]}" | strip_definers >"$tmp"
fi
mv "$tmp" "$out"
tables="$( (if [[ "$out" == *.gz ]]; then gzip -dc "$out"; else cat "$out"; fi) | grep -c '^CREATE TABLE' || true)"
echo "backup: database $DB_NAME on $DB_HOST:$DB_PORT -> $out ($tables tables, $(du -h "$out" | cut -f1), $((SECONDS - start)) s)"
