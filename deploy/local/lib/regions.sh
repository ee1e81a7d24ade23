# Kafka brokers playing other regions' clusters (docs/regions.md "Local regions"): one single-node KRaft
# broker per region, from the same jars as the home broker, each its own cluster. With regions configured,
# the app starts with its bridge on, carrying their feedback to the home cluster.
# shellcheck shell=bash

# The regions of this state folder, one name a line: written by `up --regions` and `stack start --regions`,
# read by every later command.
REGIONS_FILE=$STATE_DIR/regions
REGION_NAME_RE='^[a-z][a-z0-9-]{0,15}$'
REGION_HEAP=${VOC_REGION_KAFKA_HEAP:-512m}

region_state() { echo "$STATE_DIR/kafka-region-$1"; }
region_log() { echo "$LOG_DIR/kafka-region-$1.log"; }
region_pidfile() { echo "$RUN_DIR/kafka-region-$1.pid"; }

# The remembered regions, one a line (nothing when none are).
regions_remembered() {
  [ -f "$REGIONS_FILE" ] || return 0
  grep -E "$REGION_NAME_RE" "$REGIONS_FILE" || true
}

REGIONS=()
mapfile -t REGIONS < <(regions_remembered)

# regions_parse LIST: checks a comma-separated list of names and prints one a line; "none" prints nothing.
regions_parse() {
  local list=$1 name seen=,
  [ "$list" = none ] && return 0
  [ -n "$list" ] || die "--regions needs names, e.g. --regions sg,us (or --regions none to forget them)"
  [[ $list =~ ^[^,]+(,[^,]+)*$ ]] || die "--regions '$list': names are separated by single commas, e.g. sg,us"
  local names=()
  IFS=, read -r -a names <<<"$list"
  for name in "${names[@]}"; do
    [[ $name =~ $REGION_NAME_RE ]] \
      || die "bad region name '$name': 1-16 of a-z 0-9 -, starting with a letter (e.g. sg, us-east)"
    [ "$name" != none ] || die "'none' is not a region name: --regions none alone forgets the regions"
    case "$seen" in *",$name,"*) die "region '$name' is given twice" ;; esac
    seen="$seen$name,"
    echo "$name"
  done
}

# regions_set LIST: makes LIST (or none) this state folder's regions. Region brokers no longer listed are
# stopped; their data stays.
regions_set() {
  local list=$1 new=() name
  regions_parse "$list" >/dev/null # here, not in a subshell, so that a bad list stops the command
  mapfile -t new < <(regions_parse "$list")
  REGIONS=(${new[@]+"${new[@]}"})
  [ ${#REGIONS[@]} -eq 0 ] || regions_check_ports
  for name in $(regions_running); do
    region_configured "$name" || { info "region $name is no longer configured"; region_stop "$name"; }
  done
  if [ ${#REGIONS[@]} -eq 0 ]; then
    [ -f "$REGIONS_FILE" ] && info "forgetting the regions (their data stays in $STATE_DIR/kafka-region-*)"
    rm -f "$REGIONS_FILE"
  else
    mkdir -p "$STATE_DIR"
    printf '%s\n' "${REGIONS[@]}" >"$REGIONS_FILE"
  fi
}

# Region brokers with a pid file, configured or not, one name a line.
regions_running() {
  local file name
  for file in "$RUN_DIR"/kafka-region-*.pid; do
    [ -e "$file" ] || continue
    name=${file##*/kafka-region-}
    echo "${name%.pid}"
  done
}

region_configured() {
  local name
  for name in "${REGIONS[@]}"; do [ "$name" = "$1" ] && return 0; done
  return 1
}

# region_require NAME: dies unless NAME is one of the configured regions.
region_require() {
  region_configured "$1" && return 0
  if [ ${#REGIONS[@]} -eq 0 ]; then
    die "no regions are configured; start them with: ./voc up --regions $1"
  fi
  local list
  list=$(IFS=,; echo "${REGIONS[*]}")
  die "unknown region '$1' (configured: ${list//,/, }; './voc up --regions $list,$1' adds it)"
}

# The variable overriding a region's listener port: VOC_REGION_<NAME>_PORT, dashes as underscores.
region_port_var() {
  local upper=${1^^}
  echo "VOC_REGION_${upper//-/_}_PORT"
}

# region_port NAME: VOC_REGION_<NAME>_PORT, else the home Kafka port + 1000 + the region's index in the list.
region_port() {
  local name=$1 var value i
  var=$(region_port_var "$name")
  value=${!var:-}
  if [ -n "$value" ]; then
    if ! [[ $value =~ ^[0-9]{1,5}$ ]] || [ "$value" -lt 1 ] || [ "$value" -gt 64535 ]; then
      die "$var must be a port number (1-64535: the controller listens 1000 above it), got '$value'"
    fi
    echo "$value"
    return 0
  fi
  for i in "${!REGIONS[@]}"; do
    if [ "${REGIONS[$i]}" = "$name" ]; then
      echo $((KAFKA_PORT + 1000 + i))
      return 0
    fi
  done
  die "region '$name' is not configured"
}

region_controller_port() {
  local port
  port=$(region_port "$1") || return 1
  echo $((port + 1000))
}

# "sg 127.0.0.1:10092, us 127.0.0.1:10093"
regions_summary() {
  local name out=
  for name in "${REGIONS[@]}"; do out+="${out:+, }$name 127.0.0.1:$(region_port "$name")"; done
  echo "$out"
}

# Dies when two ports of the stack would be the same (checked before any server starts): the region brokers' listener and controller ports
# against each other and against the home servers' ports.
regions_check_ports() {
  local -A owner=()
  local name port what var
  claim() {
    if [ -n "${owner[$1]:-}" ]; then
      die "port $1 would be both $2 and ${owner[$1]}; set $var to another port"
    fi
    owner[$1]=$2
  }
  var=VOC_HTTP_PORT; claim "$APP_PORT" "VOC's HTTP port"
  if [ -z "$EXTERNAL_ES" ]; then
    var=VOC_ES_PORT; claim "$ES_PORT" "Elasticsearch's port"
    var=VOC_ES_TRANSPORT_PORT; claim "$ES_TRANSPORT_PORT" "Elasticsearch's transport port"
  fi
  if [ -z "$EXTERNAL_KAFKA" ]; then
    var=VOC_KAFKA_PORT; claim "$KAFKA_PORT" "Kafka's port"
    var=VOC_KAFKA_CONTROLLER_PORT; claim "$KAFKA_CONTROLLER_PORT" "Kafka's controller port"
  fi
  if [ -z "$EXTERNAL_PG" ]; then
    var=VOC_PG_PORT; claim "$PG_PORT" "PostgreSQL's port"
  fi
  if [ -z "$EXTERNAL_HIVE" ]; then
    var=VOC_HIVE_PORT; claim "$HIVE_PORT" "HiveServer2's port"
  fi
  for name in "${REGIONS[@]}"; do
    var=$(region_port_var "$name")
    port=$(region_port "$name") || exit 1
    what="region $name's Kafka port"
    claim "$port" "$what"
    claim $((port + 1000)) "region $name's controller port"
  done
}

region_start() {
  local name=$1 port controller_port state log pidfile
  pidfile=$(region_pidfile "$name") log=$(region_log "$name") state=$(region_state "$name")
  if pid_alive "$pidfile"; then return 0; fi
  port=$(region_port "$name") || return 1
  controller_port=$((port + 1000))
  port_open "$port" && die "port $port (region $name) is taken by another process; set $(region_port_var "$name")"
  port_open "$controller_port" \
    && die "port $controller_port (region $name's controller) is taken by another process; set $(region_port_var "$name")"
  kafka_install
  : >"$log"
  kafka_write_config "$state" "$port" "$controller_port"
  kafka_format "$state" "$log"
  info "starting Kafka region $name on port $port"
  kafka_launch "$pidfile" "$log" "$state" 256m "$REGION_HEAP"
}

region_ready() {
  local port
  port=$(region_port "$1") || return 1
  grep -q "Kafka Server started" "$(region_log "$1")" && port_open "$port"
}

region_wait() {
  local log
  log=$(region_log "$1")
  wait_for 90 "Kafka region $1" region_ready "$1" \
    || { tail -n 30 "$log" >&2; die "Kafka region $1 did not start in 90 s; see $log"; }
}

region_stop() { stop_pid "$(region_pidfile "$1")" "Kafka region $1"; }

# Stops every region broker of this state folder, configured or not.
regions_stop_all() {
  local name
  for name in $(regions_running); do region_stop "$name"; done
}

region_status() {
  local name=$1 pidfile port
  pidfile=$(region_pidfile "$name")
  if ! region_configured "$name"; then
    pid_alive "$pidfile" && printf '%-14s running  pid %-7s (not configured: ./voc down stops it)\n' \
      "region-$name" "$(cat "$pidfile")"
    return 0
  fi
  port=$(region_port "$name") || return 1
  if pid_alive "$pidfile"; then
    printf '%-14s running  pid %-7s 127.0.0.1:%s\n' "region-$name" "$(cat "$pidfile")" "$port"
  else
    printf '%-14s stopped  %-11s 127.0.0.1:%s\n' "region-$name" "" "$port"
  fi
}

# One line per region broker: the configured ones, then any left running from an earlier list.
regions_status() {
  local name
  for name in "${REGIONS[@]}"; do region_status "$name"; done
  for name in $(regions_running); do region_configured "$name" || region_status "$name"; done
}

# The app's system properties for the configured regions, one a line: the bridge on, each region's
# bootstrap address and a default chain of in-flight transforms (docs/regions.md). Nothing without regions.
regions_app_properties() {
  local name
  [ ${#REGIONS[@]} -gt 0 ] || return 0
  echo "-Dvoc.bridge.enabled=true"
  for name in "${REGIONS[@]}"; do
    echo "-Dvoc.regions.$name.bootstrap=127.0.0.1:$(region_port "$name")"
    echo "-Dvoc.regions.$name.transforms[0].type=scrub-pii"
    echo "-Dvoc.regions.$name.transforms[1].type=stamp-region"
  done
}

# For the tests (./voc test): "sg=127.0.0.1:20092,us=127.0.0.1:20093", empty without regions.
regions_bootstraps() {
  local name out=
  for name in "${REGIONS[@]}"; do out+="${out:+,}$name=127.0.0.1:$(region_port "$name")"; done
  echo "$out"
}
