#!/usr/bin/env bash
# Starts WerkERP: embedded MariaDB + Payara Micro with demo data (see README).
# Builds first if the WAR or the launcher is missing or older than any source file.
set -euo pipefail
cd "$(dirname "$0")"

war=web/target/werkerp.war
launcher=$(ls launcher/target/werkerp-launcher-*.jar 2>/dev/null | head -n 1 || true)
if [ ! -f "$war" ] || [ -z "$launcher" ] || [ ! -f launcher/target/payara-micro.jar ] \
   || [ -n "$(find pom.xml */pom.xml */src -newer "$war" -type f 2>/dev/null | head -n 1)" ]; then
  echo "Baue WerkERP (mvn -DskipTests install) ..."
  mvn -B -q -ntp -DskipTests install
  launcher=$(ls launcher/target/werkerp-launcher-*.jar | head -n 1)
fi

exec java -jar "$launcher" "$@"
