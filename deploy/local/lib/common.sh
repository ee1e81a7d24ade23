# Shared settings and helpers of the local stack. Sourced by ./voc; not run on its own.
# shellcheck shell=bash

VOC_ENV=${VOC_ENV:-local}
case "$VOC_ENV" in
  local) _es=9200; _kafka=9092; _pg=5432; _hive=10000; _state="$ROOT/.voc/local" ;;
  # The test stack never collides with a running `./voc up`: other ports, other folder.
  test)  _es=19200; _kafka=19092; _pg=15432; _hive=20000; _state="$ROOT/.voc/test" ;;
  *) echo "VOC_ENV must be local or test (got '$VOC_ENV')" >&2; exit 2 ;;
esac

STATE_DIR=${VOC_STATE_DIR:-$_state}

# Production-like use: a dependency given by address is external; `up` then starts no local server
# for it. Tests always run on their own stack.
if [ "$VOC_ENV" = local ]; then
  EXTERNAL_PG=${VOC_DB_HOST:-}
  EXTERNAL_ES=${VOC_ES_HOSTS:-}
  EXTERNAL_KAFKA=${VOC_KAFKA_BOOTSTRAP:-}
  EXTERNAL_HIVE=${VOC_HIVE_URL:-}
else
  EXTERNAL_PG='' EXTERNAL_ES='' EXTERNAL_KAFKA='' EXTERNAL_HIVE=''
fi
DIST_DIR=${VOC_DIST_DIR:-$ROOT/.voc/dist}
RUN_DIR=$STATE_DIR/run
LOG_DIR=$STATE_DIR/logs

ES_VERSION=8.19.21
ES_PORT=${VOC_ES_PORT:-$_es}
ES_TRANSPORT_PORT=${VOC_ES_TRANSPORT_PORT:-$((ES_PORT + 100))}
ES_HEAP=${VOC_ES_HEAP:-$([ "$VOC_ENV" = test ] && echo 1g || echo 2g)}
ES_USER=${VOC_ES_USER:-voc-es}

KAFKA_VERSION=4.1.2
KAFKA_PORT=${VOC_KAFKA_PORT:-$_kafka}
KAFKA_CONTROLLER_PORT=${VOC_KAFKA_CONTROLLER_PORT:-$((KAFKA_PORT + 1))}
KAFKA_HEAP=${VOC_KAFKA_HEAP:-1g}

HIVE_VERSION=4.0.1
HIVE_PORT=${VOC_HIVE_PORT:-$_hive}
HIVE_HEAP=${VOC_HIVE_HEAP:-768m}

PG_PORT=${VOC_PG_PORT:-$_pg}
PG_DB=${VOC_DB_NAME:-$([ "$VOC_ENV" = test ] && echo voc_test || echo voc)}
PG_USER=${VOC_DB_USER:-voc}
PG_PASSWORD=${VOC_DB_PASSWORD:-voc}

APP_PORT=${VOC_HTTP_PORT:-8080}
APP_HEAP=${VOC_APP_HEAP:-2g}

# Java 17 for every server: Elasticsearch's zip has no bundled JDK, HiveServer2 cannot run on newer ones.
JAVA17_HOME=${VOC_JAVA_HOME:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}
JAVA=$JAVA17_HOME/bin/java

info() { printf '\033[1m==>\033[0m %s\n' "$*"; }
warn() { printf '\033[33mwarning:\033[0m %s\n' "$*" >&2; }
die()  { printf '\033[31merror:\033[0m %s\n' "$*" >&2; exit 1; }

mvnw() { "$ROOT/mvnw" -B -q "$@"; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# apt_install WHAT PACKAGE...: installs Debian's packages as root (refreshing the package lists once if
# needed); as anyone else, says what to run.
apt_install() {
  local what=$1
  shift
  is_root || die "$what is not installed; run: sudo apt-get install -y $*"
  info "installing $what from Debian's packages"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null \
    || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null; } \
    || die "apt-get install $* failed"
}

# pid_alive FILE: the process named in FILE runs.
pid_alive() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# stop_pid FILE NAME: SIGTERM, wait up to 60 s for a clean exit, then SIGKILL. Leaves no process behind.
stop_pid() {
  local file=$1 name=$2 pid i
  if ! pid_alive "$file"; then rm -f "$file"; return 0; fi
  pid=$(cat "$file")
  info "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 120); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$file"; return 0; }
    sleep 0.5
  done
  warn "$name did not stop in 60 s; killing it"
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$file"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for SECONDS DESCRIPTION COMMAND...: retries COMMAND every half second.
wait_for() {
  local seconds=$1 what=$2 i
  shift 2
  for i in $(seq 1 $((seconds * 2))); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  return 1
}

# start_detached PIDFILE LOGFILE COMMAND...: runs COMMAND in its own session, so it outlives ./voc.
start_detached() {
  local pidfile=$1 logfile=$2
  shift 2
  : >"$logfile"
  setsid "$@" >>"$logfile" 2>&1 </dev/null &
  echo $! >"$pidfile"
}

ensure_dirs() { mkdir -p "$RUN_DIR" "$LOG_DIR" "$DIST_DIR"; }
