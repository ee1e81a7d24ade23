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

kafka_configure() {
  mkdir -p "$KAFKA_STATE/data"
  cat >"$KAFKA_STATE/server.properties" <<PROPS
# Written by ./voc (deploy/local/lib/kafka.sh): a single combined broker and controller on loopback.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$KAFKA_STATE/data
num.partitions=6
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
PROPS
  if [ ! -f "$KAFKA_STATE/data/meta.properties" ]; then
    local cluster_id
    cluster_id=$("$JAVA" -cp "$KAFKA_HOME/lib/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)
    "$JAVA" -Dlog4j2.configurationFile="$ROOT/deploy/local/conf/kafka-log4j2.properties" -cp "$KAFKA_HOME/lib/*" \
      kafka.tools.StorageTool format -t "$cluster_id" -c "$KAFKA_STATE/server.properties" >>"$KAFKA_LOG" 2>&1 \
      || die "formatting Kafka storage failed; see $KAFKA_LOG"
  fi
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
  start_detached "$KAFKA_PID" "$KAFKA_LOG" "$JAVA" "-Xms512m" "-Xmx$KAFKA_HEAP" \
    -Dlog4j2.configurationFile="$ROOT/deploy/local/conf/kafka-log4j2.properties" \
    -cp "$KAFKA_HOME/lib/*" kafka.Kafka "$KAFKA_STATE/server.properties"
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
