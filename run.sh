#!/usr/bin/env bash
# Runs WerkERP locally: embedded MariaDB + Payara Micro + demo data (see launcher/README.md).
# Builds first if the WAR or the launcher is missing or older than the sources.
# Arguments are passed to the launcher (--war PATH, --micro PATH, -- PAYARA-ARGS).
# Environment: WERKERP_HTTP_PORT (8080), WERKERP_DATA_DIR (./data), WERKERP_DB_PORT (3307).
# HTTPS: WERKERP_KEYSTORE, WERKERP_KEYSTORE_PASSWORD (WERKERP_HTTPS_PORT 8443); behind nginx: WERKERP_BEHIND_PROXY=true.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

war=web/target/werkerp.war
# touched after each build by this script: Maven does not rewrite an unchanged jar/war, so
# sources newer than the WAR alone would trigger a build on every start
stamp=launcher/target/.run-sh-build-stamp

launcher_jar() {
  local f
  for f in launcher/target/werkerp-launcher-*.jar; do
    case "$f" in
      *-sources.jar | *-javadoc.jar | *-tests.jar) ;;
      *) [[ -f "$f" ]] && { echo "$f"; return; } ;;
    esac
  done
  return 0
}

needs_build() {
  [[ -f "$war" && -n "$(launcher_jar)" && -f launcher/target/payara-micro.jar ]] || return 0
  # any module source or any pom.xml newer than both the WAR and the last build by this script?
  local -a newer=(-newer "$war")
  [[ -f "$stamp" ]] && newer+=(-newer "$stamp")
  local -a srcs=()
  shopt -s nullglob
  srcs=(*/src)
  shopt -u nullglob
  if ((${#srcs[@]})) && [[ -n "$(find "${srcs[@]}" -type f "${newer[@]}" -print -quit)" ]]; then
    return 0
  fi
  if [[ -n "$(find . \( -name target -o -name data -o -name node_modules -o -name '.*' \
      -not -name . \) -prune -o -name pom.xml "${newer[@]}" -print -quit)" ]]; then
    return 0
  fi
  return 1
}

if needs_build; then
  echo "Building WerkERP (mvn -q -DskipTests install) ..."
  mvn -q -DskipTests install
  touch "$stamp"
fi

jar="$(launcher_jar)"
if [[ -z "$jar" || ! -f "$war" ]]; then
  echo "run.sh: launcher jar or $war missing after the build" >&2
  exit 1
fi
exec java -jar "$jar" "$@"
