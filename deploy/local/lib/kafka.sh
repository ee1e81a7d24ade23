# Kafka 4 in KRaft mode (one combined broker + controller) from the jars on Maven Central.
# shellcheck shell=bash

KAFKA_HOME=$DIST_DIR/kafka-$KAFKA_VERSION
KAFKA_STATE=$STATE_DIR/kafka
KAFKA_PID=$RUN_DIR/kafka.pid
KAFKA_LOG=$LOG_DIR/kafka.log

kafka_install() {
  [ -f "$KAFKA_HOME/.complete" ] && return 0
  info "fetching Kafka $KAFKA_VERSION from Maven Central"
  rm -rf "$KAFKA_HOME"
  mvnw -f "$ROOT/deploy/local/servers/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$KAFKA_HOME/lib" -Dkafka.version="$KAFKA_VERSION"
  touch "$KAFKA_HOME/.complete"
}

# kafka_write_config STATE PORT CONTROLLER_PORT: STATE/server.properties of a single combined broker and
# controller on loopback, keeping its data in STATE/data. The home broker and every region broker use it.
kafka_write_config() {
  local state=$1 port=$2 controller_port=$3
  mkdir -p "$state/data"
  cat >"$state/server.properties" <<PROPS
# Written by ./voc (deploy/local/lib/kafka.sh): a single combined broker and controller on loopback.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller_port
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$state/data
num.partitions=6
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
PROPS
}

# kafka_format STATE LOG: formats STATE/data once, with a cluster id of its own (each broker is its own cluster).
kafka_format() {
  local state=$1 log=$2 cluster_id
  [ -f "$state/data/meta.properties" ] && return 0
  cluster_id=$("$JAVA" -cp "$KAFKA_HOME/lib/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)
  "$JAVA" -Dlog4j2.configurationFile="$ROOT/deploy/local/conf/kafka-log4j2.properties" -cp "$KAFKA_HOME/lib/*" \
    kafka.tools.StorageTool format -t "$cluster_id" -c "$state/server.properties" >>"$log" 2>&1 \
    || die "formatting Kafka storage in $state failed; see $log"
}

kafka_configure() {
  kafka_write_config "$KAFKA_STATE" "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"
  kafka_format "$KAFKA_STATE" "$KAFKA_LOG"
}

# kafka_launch PIDFILE LOG STATE MIN_HEAP MAX_HEAP: runs the broker configured in STATE in the background.
kafka_launch() {
  local pidfile=$1 log=$2 state=$3 min_heap=$4 max_heap=$5
  start_detached "$pidfile" "$log" "$JAVA" "-Xms$min_heap" "-Xmx$max_heap" \
    -Dlog4j2.configurationFile="$ROOT/deploy/local/conf/kafka-log4j2.properties" \
    -cp "$KAFKA_HOME/lib/*" kafka.Kafka "$state/server.properties"
}

kafka_start() {
  if pid_alive "$KAFKA_PID"; then return 0; fi
  if port_open "$KAFKA_PORT"; then
    die "port $KAFKA_PORT is taken by another process; set VOC_KAFKA_PORT"
  fi
  kafka_install
  : >"$KAFKA_LOG"
  kafka_configure
  info "starting Kafka $KAFKA_VERSION on port $KAFKA_PORT"
  kafka_launch "$KAFKA_PID" "$KAFKA_LOG" "$KAFKA_STATE" 512m "$KAFKA_HEAP"
}

kafka_ready() { grep -q "Kafka Server started" "$KAFKA_LOG" && port_open "$KAFKA_PORT"; }

kafka_wait() {
  wait_for 90 "Kafka" kafka_ready || { tail -n 30 "$KAFKA_LOG" >&2; die "Kafka did not start in 90 s; see $KAFKA_LOG"; }
}

kafka_stop() { stop_pid "$KAFKA_PID" "Kafka"; }

kafka_status() {
  if pid_alive "$KAFKA_PID"; then
    printf '%-14s running  pid %-7s 127.0.0.1:%s\n' kafka "$(cat "$KAFKA_PID")" "$KAFKA_PORT"
  else
    printf '%-14s stopped\n' kafka
  fi
}
