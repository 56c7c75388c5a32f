#!/usr/bin/env bash
# Load test of one node (README "Load test"): the benchmark sets up a tenant of --personen people (default 15,000)
# with a computed and released month and keeps Payara running (--nur-aufbauen); Gatling (loadtest/, not part of the
# reactor build) runs the clerk's and the manager's page flows and an integrator's REST calls with --nutzer users
# (default 100) and 3 ± 2 s think time; then Payara is stopped and the table of the report is printed.
# Builds the WAR, the launcher and the benchmark jar first if one is missing or older than the sources (package, never
# install), and tests a copy of the WAR.
#   ./loadtest.sh [--personen N] [--nutzer N] [--dauer SEKUNDEN] [--anlauf SEKUNDEN] [--http-port P] [--db-port P]
#                 [--heap SIZE] [--daten DIR] [--threaddumps N]
# Prints per request count, failures, requests per second, p50/p95/p99/max (ms); the load average while Gatling ran
# (other processes on the machine lengthen every wall-clock figure), the CPU seconds of Payara and MariaDB (per
# request: the steadier figure), Payara's GC time, and from N thread dumps (default 3, taken with jcmd while the
# users work) how many request threads were busy, idle or waiting, and where the waiting ones wait.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

personen=15000 nutzer=100 dauer=300 anlauf=60 http_port=8090 db_port=3328 heap=4g dumps=3
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
    --threaddumps) dumps="$2"; shift 2 ;;
    -h | --help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "loadtest.sh: unbekannte Option $1" >&2; exit 2 ;;
  esac
done

jar() { ls benchmark/target/werkerp-benchmark-*.jar 2>/dev/null | grep -v -e '-sources' -e '-javadoc' | head -n 1; }
# a WAR older than any source would test old code (e.g. after a merge): then it is built again
veraltet() {
  [[ -n "$(find ./*/src pom.xml ./*/pom.xml -newer web/target/werkerp.war -type f -print -quit 2>/dev/null)" ]]
}
if [[ ! -f web/target/werkerp.war || ! -f launcher/target/payara-micro.jar || -z "$(jar)" ]] || veraltet; then
  echo "Baue WAR, Launcher und Benchmark (mvn package; die Quellen sind neuer als web/target/werkerp.war) ..."
  mvn -B -ntp -q -Dmaven.test.skip=true package -pl benchmark -am
fi

mkdir -p "$daten"
daten="$(cd "$daten" && pwd)"
rm -f "$daten/lasttest.properties"
log="$daten/aufbau.log"
# emptied here, not only by the redirection below: that happens in the background job, and a wait loop started
# before it could find "Aufgebaut;" in the log of an earlier run
: >"$log"
echo "Baue den Mandanten mit $personen Personen auf (Log: $log) ..."
# a copy of the WAR, so that a build meanwhile (e.g. an integration test run) cannot change what is under test
cp web/target/werkerp.war "$daten/werkerp.war"
java -jar "$(jar)" --nur-aufbauen --personen "$personen" --http-port "$http_port" --db-port "$db_port" \
  --heap "$heap" --daten "$daten" --war "$daten/werkerp.war" >"$log" 2>&1 &
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

# the processes under test: CPU seconds (utime+stime) before and after, thread dumps and GC time of Payara meanwhile
pid_von() { ps -eo pid=,args= | awk -v m="$1" '$0 ~ m && !/awk/ {print $1; exit}'; }
payara="$(pid_von "payara-micro.jar.*--port $http_port( |$)")"
mariadb="$(pid_von "mariadbd.*--port=$db_port( |$)")"
cpu() { # CPU seconds of a process, 0 if gone
  [[ -n "$1" && -r "/proc/$1/stat" ]] || { echo 0; return; }
  awk -v hz="$(getconf CLK_TCK)" '{sub(/.*\) /, ""); printf "%.1f", ($12 + $13) / hz}' "/proc/$1/stat"
}
gc_sekunden() { # total GC seconds of the Payara JVM so far (jstat: GCT is the last column)
  [[ -n "$payara" ]] && command -v jstat >/dev/null && jstat -gc "$payara" 2>/dev/null | awk 'NR == 2 {print $NF}'
}
echo "Payara PID ${payara:-?}, MariaDB PID ${mariadb:-?}; Systemlast vor dem Lasttest: $(cut -d' ' -f1-3 /proc/loadavg)" \
  "($(nproc) Kerne)"
cpu_payara0="$(cpu "$payara")" cpu_mariadb0="$(cpu "$mariadb")" gc0="$(gc_sekunden || true)"
rm -f "$daten"/threads-*.txt
if [[ -n "$payara" ]] && command -v jcmd >/dev/null && ((dumps > 0)); then
  ( # thread dumps while the users work (after the ramp-up): evidence of what requests wait for
    sleep "$anlauf"; i=1
    while ((i <= dumps)) && kill -0 "$payara" 2>/dev/null; do
      jcmd "$payara" Thread.print -l >"$daten/threads-$i.txt" 2>/dev/null || true
      i=$((i + 1)); sleep $((dauer / (dumps + 1) > 5 ? dauer / (dumps + 1) : 5))
    done
  ) &
  dumper=$!
fi
( while sleep 10; do cut -d' ' -f1 /proc/loadavg; done >"$daten/last.txt" ) &
lastmesser=$!

status=0
mvn -B -ntp -f loadtest/pom.xml test-compile gatling:test -Dlasttest.zugang="$daten/lasttest.properties" \
  -Dlasttest.nutzer="$nutzer" -Dlasttest.dauer="$dauer" -Dlasttest.anlauf="$anlauf" >"$daten/gatling.log" 2>&1 \
  || status=$?
kill "$lastmesser" 2>/dev/null || true
[[ -n "${dumper:-}" ]] && { kill "$dumper" 2>/dev/null || true; }
cpu_payara="$(awk -v a="$cpu_payara0" -v b="$(cpu "$payara")" 'BEGIN {printf "%.1f", b - a}')"
cpu_mariadb="$(awk -v a="$cpu_mariadb0" -v b="$(cpu "$mariadb")" 'BEGIN {printf "%.1f", b - a}')"
gc1="$(gc_sekunden || true)"
gc="$( [[ -n "$gc0" && -n "$gc1" ]] && awk -v a="$gc0" -v b="$gc1" 'BEGIN {printf "%.1f s", b - a}' || echo "?")"
last="$(sort -g "$daten/last.txt" 2>/dev/null | awk '{a[NR] = $1} END {if (NR) printf "%s–%s (Median %s)", a[1], a[NR], a[int((NR + 1) / 2)]}')"
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
anzahl="$(grep -E "> request count" "$daten/gatling.log" | tail -n 1 | grep -oE "[0-9][0-9,]*" | head -n 1 | tr -d , || true)"
echo "Systemlast (1 min) während des Lasttests: ${last:-?}; CPU Payara $cpu_payara s (davon GC-Pausen $gc)," \
  "MariaDB $cpu_mariadb s${anzahl:+; $(awk -v c="$cpu_payara" -v m="$cpu_mariadb" -v n="$anzahl" \
  'BEGIN {printf "%.0f ms CPU je Anfrage (Payara+MariaDB, %d Anfragen)", 1000 * (c + m) / n, n}')}"
# what the request threads of Payara did in each thread dump: their states, and where the waiting ones wait
if compgen -G "$daten/threads-*.txt" >/dev/null && command -v python3 >/dev/null; then
  python3 - "$daten"/threads-*.txt <<'PY'
import collections, re, sys
for f in sys.argv[1:]:
    t = open(f, encoding="utf-8", errors="replace").read()
    zustaende, wo = collections.Counter(), collections.Counter()
    for block in t.split("\n\n"):
        if not block.startswith('"http-thread-pool'):
            continue
        m = re.search(r"java.lang.Thread.State: (\w+)", block)
        if not m:
            continue
        frames = re.findall(r"^\s+at (\S+)", block, re.M)
        leerlauf = any("LinkedTransferQueue" in x or "getTask" in x for x in frames[:12])
        zustand = "frei" if leerlauf else m.group(1)
        zustaende[zustand] += 1
        if zustand in ("WAITING", "TIMED_WAITING", "BLOCKED"):
            eigen = next((x for x in frames if x.startswith("de.werkerp")), frames[0] if frames else "?")
            wo[(frames[0] if frames else "?") + " <- " + eigen] += 1
    print(f"{f.rsplit('/', 1)[-1]}: Anfrage-Threads " + ", ".join(f"{k} {v}" for k, v in zustaende.most_common()))
    for stelle, n in wo.most_common(4):
        print(f"    {n:3d} warten: {stelle}")
PY
  echo "Thread-Dumps: $daten/threads-*.txt"
fi
echo "Gatling-Bericht: $bericht/index.html"
if ((status != 0)); then
  echo "Gatling endete mit $status: eine Annahme (p95 ≤ 300 ms, ≤ 1 % Fehler) hielt nicht oder der Lauf brach ab" \
    "(Ausgabe: $daten/gatling.log)." >&2
fi
exit "$status"
