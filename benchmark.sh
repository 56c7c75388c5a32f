#!/usr/bin/env bash
# Benchmark of the monthly Entgelt run (README, section "Benchmark"): tenants with 1,500 and 15,000 people and a
# year of history; times compute, release and payslip PDFs next to a plain JDBC baseline.
# Builds first if the WAR, the launcher or the benchmark jar is missing or older than the sources.
# Arguments go to the benchmark (--personen 1500,15000, --monat 2026-03, --aufwaermen 100, --heap 4g, --help).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

war=web/target/werkerp.war
# touched after each build by this script: Maven does not rewrite an unchanged jar/war, so
# sources newer than the WAR alone would trigger a build on every start
stamp=benchmark/target/.benchmark-sh-build-stamp

first_jar() {
  local f
  for f in "$1"/target/"$2"-*.jar; do
    case "$f" in
      *-sources.jar | *-javadoc.jar | *-tests.jar) ;;
      *) [[ -f "$f" ]] && { echo "$f"; return; } ;;
    esac
  done
  return 0
}

needs_build() {
  [[ -f "$war" && -n "$(first_jar launcher werkerp-launcher)" && -f launcher/target/payara-micro.jar \
    && -n "$(first_jar benchmark werkerp-benchmark)" && -d benchmark/target/lib ]] || return 0
  # reference: the last build by this script, else the older of WAR and benchmark jar
  local ref="$stamp"
  if [[ ! -f "$ref" ]]; then
    ref="$(ls -1tr "$war" "$(first_jar benchmark werkerp-benchmark)" | head -n 1)"
  fi
  local -a newer=(-newer "$ref")
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
  # maven.test.skip: the benchmark needs no test classes (and is not held up by a test that does not compile)
  echo "Building WerkERP and the benchmark (mvn -q -Dmaven.test.skip=true install) ..."
  mvn -q -Dmaven.test.skip=true install
  mkdir -p benchmark/target
  touch "$stamp"
fi

jar="$(first_jar benchmark werkerp-benchmark)"
if [[ -z "$jar" || ! -f "$war" ]]; then
  echo "benchmark.sh: $war or the benchmark jar is missing after the build" >&2
  exit 1
fi
exec java -jar "$jar" "$@"
