#!/usr/bin/env bash
# Load test of one node (README "Load test"): the benchmark sets up a tenant of --personen people (default 15,000)
# with a computed and released month and keeps Payara running (--nur-aufbauen); Gatling (loadtest/, not part of the
# reactor build) runs the clerk's and the manager's page flows and an integrator's REST calls with --nutzer users
# (default 100) and 3 ± 2 s think time; then Payara is stopped and the table of the report is printed.
# Builds the WAR, the launcher and the benchmark jar first if one is missing (package, never install).
#   ./loadtest.sh [--personen N] [--nutzer N] [--dauer SEKUNDEN] [--anlauf SEKUNDEN] [--http-port P] [--db-port P]
#                 [--heap SIZE] [--daten DIR]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

personen=15000 nutzer=100 dauer=300 anlauf=60 http_port=8090 db_port=3328 heap=4g
daten=loadtest/target/lasttest-daten
while (($#)); do
  case "$1" in
    --personen) personen="$2"; shift 2 ;;
    --nutzer) nutzer="$2"; shift 2 ;;
    --dauer) dauer="$2"; shift 2 ;;
    --anlauf) anlauf="$2"; shift 2 ;;
    --http-port) http_port="$2"; shift 2 ;;
    --db-port) db_port="$2"; shift 2 ;;
    --heap) heap="$2"; shift 2 ;;
    --daten) daten="$2"; shift 2 ;;
    -h | --help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "loadtest.sh: unbekannte Option $1" >&2; exit 2 ;;
  esac
done

jar() { ls benchmark/target/werkerp-benchmark-*.jar 2>/dev/null | grep -v -e '-sources' -e '-javadoc' | head -n 1; }
if [[ ! -f web/target/werkerp.war || ! -f launcher/target/payara-micro.jar || -z "$(jar)" ]]; then
  echo "Baue WAR, Launcher und Benchmark (mvn package) ..."
  mvn -B -ntp -q -Dmaven.test.skip=true package -pl benchmark -am
fi

mkdir -p "$daten"
daten="$(cd "$daten" && pwd)"
rm -f "$daten/lasttest.properties"
log="$daten/aufbau.log"
echo "Baue den Mandanten mit $personen Personen auf (Log: $log) ..."
java -jar "$(jar)" --nur-aufbauen --personen "$personen" --http-port "$http_port" --db-port "$db_port" \
  --heap "$heap" --daten "$daten" >"$log" 2>&1 &
aufbau=$!
stop() {
  if kill -0 "$aufbau" 2>/dev/null; then
    echo "Stoppe Payara und MariaDB ..."
    kill "$aufbau" # the benchmark's shutdown hook stops both
    wait "$aufbau" 2>/dev/null || true
  fi
}
trap stop EXIT
until grep -q "Aufgebaut;" "$log" 2>/dev/null; do
  if ! kill -0 "$aufbau" 2>/dev/null; then
    echo "Aufbau fehlgeschlagen:" >&2; tail -n 40 "$log" >&2; exit 1
  fi
  sleep 5
done
grep -E "Personen mit|berechnet und freigegeben|Zugang" "$log" || true
uptime

status=0
mvn -B -ntp -f loadtest/pom.xml test-compile gatling:test -Dlasttest.zugang="$daten/lasttest.properties" \
  -Dlasttest.nutzer="$nutzer" -Dlasttest.dauer="$dauer" -Dlasttest.anlauf="$anlauf" >"$daten/gatling.log" 2>&1 \
  || status=$?
uptime
stop
trap - EXIT

bericht="$(ls -dt loadtest/target/gatling/werkerpsimulation-*/ 2>/dev/null | head -n 1)"; bericht="${bericht%/}"
if [[ -z "$bericht" ]]; then
  echo "Kein Gatling-Bericht; Ausgabe: $daten/gatling.log" >&2; tail -n 40 "$daten/gatling.log" >&2; exit 1
fi
# the statistics table of the report as text: requests, count, Cnt/s, p50, p95, p99 (ms), KO
if command -v python3 >/dev/null; then
  python3 - "$bericht/index.html" <<'PY'
import html, re, sys
t = open(sys.argv[1], encoding="utf-8").read()
print(f"{'Anfrage':<34} {'Anzahl':>7} {'KO':>5} {'1/s':>6} {'p50':>7} {'p95':>7} {'p99':>7} {'max':>7}")
for row in re.findall(r'<tr id="[^"]*"[^>]*>(.*?)</tr>', t, re.S):
    name = re.search(r'class="ellipsed-name">([^<]*)<', row)
    cells = dict(re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', row))
    if name and cells:
        c = lambda i: cells.get(str(i), "")
        print(f"{html.unescape(name.group(1)):<34} {c(2):>7} {c(4):>5} {c(6):>6} {c(8):>7} {c(10):>7} {c(11):>7} {c(12):>7}")
PY
fi
grep -E "95th percentile|failed events|Global:" "$daten/gatling.log" || true
echo "Gatling-Bericht: $bericht/index.html"
exit "$status"
