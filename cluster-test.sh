#!/usr/bin/env bash
# Fault test of WerkERP as a cluster (README "Cluster", docs/betrieb.md): on this machine, on loopback, it starts
# a three-node MariaDB Galera cluster (Debian's mariadb-server and galera-4), two application nodes (launcher +
# Payara Micro, one Payara Data Grid, sessions replicated) and nginx as the load balancer in front, runs the checks
# (benchmark module, de.werkerp.benchmark.ClusterPruefung), stops everything it started (also on failure or Ctrl-C)
# and prints "cluster test: K of N checks held" as its last line; exit 0 only if all held.
#
# Installs what it needs if missing (mariadb-server, mariadb-client, galera-4, rsync for the Galera state transfer,
# nginx-light), without starting or enabling Debian's own services. Uses web/target/werkerp.war,
# launcher/target/*.jar and benchmark/target/*.jar (built by ./test.sh; built here with mvn package if missing).
#
# Ports (loopback only): nginx 8290; application 8291/8292, Data Grid 6950/6951 (above the 6900+ of single Payara Micro runs); MariaDB 3421-3423, Galera
# replication 4571-4573, IST 4581-4583, SST 4591-4593. Data in a temporary directory (kept with --keep).
#
# Internal use by the checks: cluster-test.sh --ctl WORKDIR start|kill|stop app1|app2|db1|db2|db3, lb-ein app1|app2
# (an application node is out of nginx's upstream from before its start until it answers)
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(pwd)"

NGINX_PORT=8290
APP_PORTS=(8291 8292)
HZ_PORTS=(6950 6951)
DB_PORTS=(3421 3422 3423)
GCOMM_PORTS=(4571 4572 4573)
IST_PORTS=(4581 4582 4583)
SST_PORTS=(4591 4592 4593)
DB_NAME=werkerp
DB_USER=werkerp
DB_PASSWORD='cluster-Test-1'
LEASE_SEKUNDEN=10
# the interrupted run does not depend on the run's duration (the check holds a row lock that keeps the run from
# saving until its node is killed, ClusterPruefung.Zeilensperre): a small tenant suffices
PERSONEN=2000

log() { echo "[$(date +%H:%M:%S)] $*"; }

# ------------------------------------------------------------------ nodes

db_index() { echo $(( ${1#db} - 1 )); }
app_index() { echo $(( ${1#app} - 1 )); }

gcomm_address() {
  local a="" i
  for i in 0 1 2; do a+="${a:+,}127.0.0.1:${GCOMM_PORTS[$i]}"; done
  echo "gcomm://$a"
}

db_config() { # WORK i
  local w="$1" i="$2" n=$(( $2 + 1 ))
  cat >"$w/db$n.cnf" <<EOF
[mysqld]
# as Debian's mysql user: the rsync daemon of the state transfer runs as the server's user
user=mysql
datadir=$w/db$n/data
socket=$w/db$n/run/sock
pid-file=$w/db$n/run/pid
log-error=$w/db$n/run/err
tmpdir=$w/db$n/run
port=${DB_PORTS[$i]}
bind-address=127.0.0.1
skip-name-resolve
skip-ssl
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
innodb_buffer_pool_size=96M
innodb_log_file_size=48M
innodb_flush_log_at_trx_commit=2
max_connections=200
# Galera: row-based replication, interleaved auto-increment locks, the audit triggers (V18) need the trust flag
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
log_bin_trust_function_creators=1
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=werkerp-clustertest
wsrep_cluster_address=$(gcomm_address)
wsrep_node_name=db$n
wsrep_node_address=127.0.0.1:${GCOMM_PORTS[$i]}
wsrep_node_incoming_address=127.0.0.1:${DB_PORTS[$i]}
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:${GCOMM_PORTS[$i]};ist.recv_addr=127.0.0.1:${IST_PORTS[$i]};gcache.size=128M;evs.suspect_timeout=PT3S;evs.inactive_timeout=PT6S;evs.install_timeout=PT6S"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:${SST_PORTS[$i]}
wsrep_slave_threads=2
EOF
}

db_start() { # WORK dbN [bootstrap]
  local w="$1" node="$2" i
  i=$(db_index "$node")
  db_config "$w" "$i"
  mkdir -p "$w/$node/data" "$w/$node/run"
  chown -R mysql:mysql "$w/$node"
  local extra=()
  [[ "${3:-}" == bootstrap ]] && extra=(--wsrep-new-cluster)
  setsid mariadbd --defaults-file="$w/$node.cnf" "${extra[@]}" >>"$w/$node.out" 2>&1 </dev/null &
  echo $! >"$w/pids/$node"
  disown $!
}

db_sql() { # WORK dbN SQL
  mariadb --no-defaults --socket="$1/$2/run/sock" -uroot -N -B -e "$3"
}

db_wait_synced() { # WORK dbN seconds
  local w="$1" node="$2" until=$(( $(date +%s) + $3 ))
  while (( $(date +%s) < until )); do
    if [[ "$(db_sql "$w" "$node" "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2)" == Synced ]]; then
      return 0
    fi
    sleep 1
  done
  echo "$node not synced after $3 s; end of $w/$node/run/err:" >&2
  tail -n 30 "$w/$node/run/err" >&2 || true
  return 1
}

app_start() { # WORK appN
  local w="$1" node="$2" i members="" j
  i=$(app_index "$node")
  for j in 0 1; do members+="${members:+,}127.0.0.1:${HZ_PORTS[$j]}"; done
  # sequential: every node of the application uses the first database node that answers (no certification
  # conflicts between the application's own connections); wsrep_sync_wait=1: reads see all writes committed anywhere
  local url="jdbc:mariadb:sequential://127.0.0.1:${DB_PORTS[0]},127.0.0.1:${DB_PORTS[1]},127.0.0.1:${DB_PORTS[2]}/$DB_NAME?sessionVariables=wsrep_sync_wait=1"
  mkdir -p "$w/$node"
  local jar
  jar="$(ls "$w"/bin/launcher/werkerp-launcher-*.jar)"
  ( cd "$w/$node" && exec env WERKERP_DB_URL="$url" WERKERP_DB_USER="$DB_USER" WERKERP_DB_PASSWORD="$DB_PASSWORD" \
      WERKERP_HTTP_PORT="${APP_PORTS[$i]}" WERKERP_DATA_DIR="$w/$node" WERKERP_DEMO_DATA=true \
      WERKERP_BEHIND_PROXY=true WERKERP_CLUSTER="$members" WERKERP_CLUSTER_PORT="${HZ_PORTS[$i]}" \
      WERKERP_CLUSTER_NAME=werkerp-clustertest WERKERP_CLUSTER_INTERFACES=127.0.0.1 WERKERP_NODE_NAME="$node" \
      WERKERP_LAUF_LEASE_SEKUNDEN="$LEASE_SEKUNDEN" WERKERP_TOTP_KEY="$(cat "$w/totp.key")" \
      WERKERP_JAVA_OPTS="-Xmx1g -XX:+UseParallelGC -XX:TieredStopAtLevel=1" \
      setsid java -Xmx64m -jar "$jar" --war "$w/bin/werkerp.war" --micro "$w/bin/payara-micro.jar" \
      >>"$w/$node.log" 2>&1 </dev/null ) &
  echo $! >"$w/pids/$node"
  disown $!
}

app_wait_healthy() { # WORK appN seconds
  local w="$1" node="$2" i until=$(( $(date +%s) + $3 ))
  i=$(app_index "$node")
  while (( $(date +%s) < until )); do
    if curl -fs -o /dev/null "http://127.0.0.1:${APP_PORTS[$i]}/werkerp/api/v1/health"; then
      return 0
    fi
    if ! kill -0 "$(cat "$w/pids/$node")" 2>/dev/null; then
      echo "$node exited; end of $w/$node.log:" >&2
      tail -n 40 "$w/$node.log" >&2
      return 1
    fi
    sleep 2
  done
  echo "$node not healthy after $3 s; end of $w/$node.log:" >&2
  tail -n 40 "$w/$node.log" >&2
  return 1
}

# kill -9 of a node: the whole process group (launcher and Payara, or mariadbd and its SST helpers); returns when
# no process of the group is left (the node's connections are closed by then)
node_kill() { # WORK node signal
  local f="$1/pids/$2" pid n
  [[ -f "$f" ]] || return 0
  pid="$(cat "$f")"
  kill "-$3" -- "-$pid" 2>/dev/null || kill "-$3" "$pid" 2>/dev/null || true
  if [[ "$3" == KILL ]]; then
    for n in $(seq 1 100); do
      kill -0 -- "-$pid" 2>/dev/null || kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    rm -f "$f"
  fi
}

node_stop() { # WORK node: TERM, then KILL after a grace period
  local f="$1/pids/$2" pid n
  [[ -f "$f" ]] || return 0
  pid="$(cat "$f")"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for n in $(seq 1 40); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  kill -KILL -- "-$pid" 2>/dev/null || true
  rm -f "$f"
}

# the upstream entry of an application node: "down" while it is marked out of the load balancer ($w/nginx/aus-appN),
# i.e. from before it is started until its application answers (Payara accepts connections and answers 404 for
# /werkerp/ before the WAR is deployed; plain nginx has no active health checks)
nginx_server() { # WORK index
  local w="$1" i="$2" down=""
  [[ -f "$w/nginx/aus-app$(( i + 1 ))" ]] && down=" down"
  echo "    server 127.0.0.1:${APP_PORTS[$i]} max_fails=1 fail_timeout=10s$down;"
}

nginx_config() { # WORK
  local w="$1"
  cat >"$w/nginx.conf" <<EOF
# the load balancer of the cluster test; production: docs/betrieb.md (TLS ends here)
worker_processes 1;
pid $w/nginx/nginx.pid;
error_log $w/nginx/error.log warn;
daemon off;
events { worker_connections 256; }
http {
  access_log $w/nginx/access.log;
  client_body_temp_path $w/nginx/body;
  proxy_temp_path $w/nginx/proxy;
  fastcgi_temp_path $w/nginx/fastcgi;
  uwsgi_temp_path $w/nginx/uwsgi;
  scgi_temp_path $w/nginx/scgi;
  upstream werkerp {
    # sessions are replicated, so plain round robin is fine; a dead node is skipped for 10 s; a starting one is down
$(nginx_server "$w" 0)
$(nginx_server "$w" 1)
  }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://werkerp;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      # a request a dead node did not answer goes to the next one (POST too only if it never reached the node)
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 2s;
      proxy_read_timeout 300s;
      # which node answered (only in this test)
      add_header X-Werkerp-Knoten \$upstream_addr always;
    }
  }
}
EOF
}

nginx_start() { # WORK
  local w="$1"
  mkdir -p "$w/nginx"
  nginx_config "$w"
  setsid nginx -c "$w/nginx.conf" -p "$w/nginx" >>"$w/nginx.out" 2>&1 </dev/null &
  echo $! >"$w/pids/nginx"
  disown $!
}

# a new configuration (nginx -s reload): returns once a worker with it runs (the old workers accept no new
# connections after that, they only finish their requests)
nginx_reload() { # WORK
  local w="$1" master alt n p
  nginx_config "$w"
  master="$(cat "$w/nginx/nginx.pid" 2>/dev/null || true)"
  [[ -n "$master" ]] || return 0
  alt=" $(pgrep -P "$master" | tr '\n' ' ' || true)"
  kill -HUP "$master"
  for n in $(seq 1 100); do
    for p in $(pgrep -P "$master"); do
      [[ "$alt" == *" $p "* ]] || return 0
    done
    sleep 0.1
  done
  echo "nginx: no worker with the new configuration after 10 s" >&2
  return 1
}

lb_aus() { mkdir -p "$1/nginx"; touch "$1/nginx/aus-$2"; nginx_reload "$1"; } # WORK appN: out of the upstream
lb_ein() { rm -f "$1/nginx/aus-$2"; nginx_reload "$1"; }                       # WORK appN: into the upstream

launcher_jar() {
  local f
  for f in "$ROOT"/launcher/target/werkerp-launcher-*.jar; do
    case "$f" in *-sources.jar | *-javadoc.jar | *-tests.jar) ;; *) [[ -f "$f" ]] && { echo "$f"; return; } ;; esac
  done
}

benchmark_jar() {
  local f
  for f in "$ROOT"/benchmark/target/werkerp-benchmark-*.jar; do
    case "$f" in *-sources.jar | *-javadoc.jar | *-tests.jar) ;; *) [[ -f "$f" ]] && { echo "$f"; return; } ;; esac
  done
}

# ------------------------------------------------------------------ --ctl (called by the checks)

if [[ "${1:-}" == --ctl ]]; then
  w="$2" cmd="$3" node="$4"
  case "$cmd:$node" in
    start:db*) db_start "$w" "$node"; db_wait_synced "$w" "$node" 180 ;;
    start:app*) lb_aus "$w" "$node"; app_start "$w" "$node"; app_wait_healthy "$w" "$node" 300; lb_ein "$w" "$node" ;;
    lb-ein:app*) lb_ein "$w" "$node" ;;
    kill:*) node_kill "$w" "$node" KILL ;;
    stop:*) node_stop "$w" "$node" ;;
    *) echo "unknown: $cmd $node" >&2; exit 2 ;;
  esac
  exit 0
fi

# ------------------------------------------------------------------ main

KEEP=false
[[ "${1:-}" == --keep ]] && KEEP=true
start=$(date +%s)

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
missing=()
command -v mariadbd >/dev/null 2>&1 || missing+=(mariadb-server)
command -v mariadb >/dev/null 2>&1 || missing+=(mariadb-client)
[[ -f /usr/lib/galera/libgalera_smm.so ]] || missing+=(galera-4)
command -v rsync >/dev/null 2>&1 || missing+=(rsync)
command -v nginx >/dev/null 2>&1 || missing+=(nginx-light)
command -v curl >/dev/null 2>&1 || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  log "Installing ${missing[*]} (Debian packages) for the cluster test ..."
  # Debian starts mariadb (port 3306) and nginx (port 80) on installation: a policy that forbids it, for the
  # duration of the installation only; afterwards the services are disabled (this test starts its own instances)
  policy_created=false
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod 755 /usr/sbin/policy-rc.d
    policy_created=true
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  if $policy_created; then $SUDO rm -f /usr/sbin/policy-rc.d; fi
  if command -v systemctl >/dev/null 2>&1; then
    # separately: on a machine without a running systemd, stopping fails but disabling works
    $SUDO systemctl stop mariadb nginx >/dev/null 2>&1 || true
    $SUDO systemctl disable mariadb nginx >/dev/null 2>&1 || true
  fi
fi

if [[ -z "${CLUSTER_TEST_UNTIL:-}" ]] && [[ ! -f web/target/werkerp.war || -z "$(launcher_jar)" || ! -f launcher/target/payara-micro.jar \
      || -z "$(benchmark_jar)" || ! -d benchmark/target/lib ]]; then
  log "Building (mvn package, without tests) ..."
  mvn -B -ntp -q -DskipTests package
fi

for p in $NGINX_PORT "${APP_PORTS[@]}" "${HZ_PORTS[@]}" "${DB_PORTS[@]}" "${GCOMM_PORTS[@]}" "${IST_PORTS[@]}" "${SST_PORTS[@]}"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    echo "cluster-test.sh: port $p is in use" >&2
    echo "cluster test: 0 of 0 checks held"
    exit 1
  fi
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/werkerp-cluster.XXXXXX")"
mkdir -p "$WORK/pids"
RESULT="$WORK/result.txt"
# a copy of what runs: a build during the test (another mvn in this checkout) cannot change it under the nodes
mkdir -p "$WORK/bin/launcher" "$WORK/bin/benchmark"
cp web/target/werkerp.war launcher/target/payara-micro.jar "$WORK/bin/"
cp "$(launcher_jar)" "$WORK/bin/launcher/"
cp -r launcher/target/lib "$WORK/bin/launcher/"
cp "$(benchmark_jar)" "$WORK/bin/benchmark/"
cp -r benchmark/target/lib "$WORK/bin/benchmark/"

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  for f in "$WORK"/pids/app* "$WORK"/pids/nginx; do
    [[ -f "$f" ]] && node_stop "$WORK" "$(basename "$f")"
  done
  for f in "$WORK"/pids/db*; do
    [[ -f "$f" ]] && node_stop "$WORK" "$(basename "$f")"
  done
  local summary="cluster test: 0 of 0 checks held (setup failed)"
  [[ -f "$RESULT" ]] && summary="$(cat "$RESULT")"
  if $KEEP || [[ $rc -ne 0 ]]; then
    echo "cluster-test.sh: logs and data kept in $WORK" >&2
  else
    rm -rf "$WORK"
  fi
  log "stopped everything started (wall time $(( $(date +%s) - start )) s)"
  echo "$summary"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log "Galera: three MariaDB $(mariadbd --version | sed -E 's/.*Ver ([^ ]+).*/\1/') nodes on ${DB_PORTS[*]} ($WORK)"
chmod 755 "$WORK"
mkdir -p "$WORK/db1/data"
chown -R mysql:mysql "$WORK/db1"
mariadb-install-db --no-defaults --user=mysql --datadir="$WORK/db1/data" --auth-root-authentication-method=socket \
  --skip-test-db >"$WORK/install-db.log" 2>&1
db_start "$WORK" db1 bootstrap
db_wait_synced "$WORK" db1 60
db_sql "$WORK" db1 "CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
  GRANT ALL PRIVILEGES ON $DB_NAME.* TO '$DB_USER'@'127.0.0.1';"
db_start "$WORK" db2
db_wait_synced "$WORK" db2 120
db_start "$WORK" db3
db_wait_synced "$WORK" db3 120
log "Galera: cluster size $(db_sql "$WORK" db1 "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2)"

[[ "${CLUSTER_TEST_UNTIL:-}" == galera ]] && { echo "cluster test: 0 of 0 checks held (stopped after Galera)" >"$RESULT"; exit 0; }
log "nginx on $NGINX_PORT"
# one key for the stored second factors on every node (docs/betrieb.md)
head -c 32 /dev/urandom | base64 >"$WORK/totp.key"
chmod 600 "$WORK/totp.key"
mkdir -p "$WORK/nginx"
touch "$WORK/nginx/aus-app1" "$WORK/nginx/aus-app2"
nginx_start "$WORK"

log "app1 on ${APP_PORTS[0]} (migrates the schema, demo data) ..."
app_start "$WORK" app1
app_wait_healthy "$WORK" app1 300
lb_ein "$WORK" app1
log "app2 on ${APP_PORTS[1]} (the checks prepare their data on app1 meanwhile, wait for it and put it into nginx) ..."
app_start "$WORK" app2

set +e
java -Xmx256m -cp "$(ls "$WORK"/bin/benchmark/werkerp-benchmark-*.jar):$WORK/bin/benchmark/lib/*" \
  de.werkerp.benchmark.ClusterPruefung \
  --arbeitsverzeichnis "$WORK" --steuerung "$ROOT/cluster-test.sh" --lb "http://127.0.0.1:$NGINX_PORT/werkerp" \
  --knoten "http://127.0.0.1:${APP_PORTS[0]}/werkerp,http://127.0.0.1:${APP_PORTS[1]}/werkerp" \
  --datenbanken "${DB_PORTS[0]},${DB_PORTS[1]},${DB_PORTS[2]}" --db-benutzer "$DB_USER" --db-passwort "$DB_PASSWORD" \
  --lease "$LEASE_SEKUNDEN" --personen "$PERSONEN" --ergebnis "$RESULT"
rc=$?
set -e
exit $rc
