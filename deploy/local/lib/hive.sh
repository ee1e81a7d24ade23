# HiveServer2 4.0.1 (the warehouse) with an embedded Derby metastore, from the jars on Maven Central.
# It runs in a JVM of its own: its classpath (Hadoop, Jetty 9, Guava 22, log4j 2.18) clashes with the app's.
# shellcheck shell=bash

HIVE_HOME=$DIST_DIR/hive-$HIVE_VERSION
HIVE_STATE=$STATE_DIR/hive
HIVE_PID=$RUN_DIR/hive.pid
HIVE_LOG=$LOG_DIR/hive.log

hive_url() { echo "jdbc:hive2://127.0.0.1:$HIVE_PORT/default"; }

# `|| die`: hive_start runs on the left of && in start_servers, where set -e does not stop a failed download.
hive_install() {
  [ -f "$HIVE_HOME/.complete" ] && return 0
  info "fetching HiveServer2 $HIVE_VERSION from Maven Central (about 280 MiB)"
  rm -rf "$HIVE_HOME"
  mvnw -f "$ROOT/deploy/local/servers/hive/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$HIVE_HOME/lib" -Dhive.version="$HIVE_VERSION" \
    || die "fetching HiveServer2 failed (see above)"
  touch "$HIVE_HOME/.complete"
}

# Writes HIVE_STATE/conf/hive-site.xml: one server on loopback without authentication, its metastore in Derby
# and its tables on the local disk, queries as local MapReduce jobs inside the server's JVM. Everything Hive
# would put under /tmp goes under HIVE_STATE, so the local and the test stack never share a folder.
hive_configure() {
  mkdir -p "$HIVE_STATE/conf" "$HIVE_STATE/warehouse" "$HIVE_STATE/external" "$HIVE_STATE/tmp"
  cat >"$HIVE_STATE/conf/hive-site.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by ./voc (deploy/local/lib/hive.sh): HiveServer2 on loopback with an embedded Derby metastore. -->
<configuration>
$(hive_property hive.server2.thrift.bind.host 127.0.0.1)
$(hive_property hive.server2.thrift.port "$HIVE_PORT")
$(hive_property hive.server2.transport.mode binary)
$(hive_property hive.server2.authentication NONE)
$(hive_property hive.server2.enable.doAs false)
  <!-- 0 turns the web UI off: one port less to collide -->
$(hive_property hive.server2.webui.port 0)
  <!-- a server that cannot start exits at once, instead of retrying quietly for 30 minutes -->
$(hive_property hive.server2.max.start.attempts 1)
  <!-- the metastore inside the server, its schema created on first use (one JVM per Derby folder) -->
$(hive_property hive.metastore.uris '')
$(hive_property javax.jdo.option.ConnectionURL "jdbc:derby:;databaseName=$HIVE_STATE/metastore_db;create=true")
$(hive_property javax.jdo.option.ConnectionDriverName org.apache.derby.jdbc.EmbeddedDriver)
$(hive_property datanucleus.schema.autoCreateAll true)
$(hive_property hive.metastore.schema.verification false)
  <!-- tables on the local disk; Hive 4 keeps managed non-ACID tables as external ones, hence both folders -->
$(hive_property fs.defaultFS file:///)
$(hive_property hive.metastore.warehouse.dir "file://$HIVE_STATE/warehouse")
$(hive_property hive.metastore.warehouse.external.dir "file://$HIVE_STATE/external")
$(hive_property hive.exec.scratchdir "$HIVE_STATE/tmp/scratch")
$(hive_property hadoop.tmp.dir "$HIVE_STATE/tmp/hadoop")
  <!-- these two default to /tmp/hadoop and /tmp/hive whatever hadoop.tmp.dir and java.io.tmpdir say -->
$(hive_property mapreduce.jobtracker.staging.root.dir "$HIVE_STATE/tmp/hadoop/mapred/staging")
$(hive_property hive.query.results.cache.directory "$HIVE_STATE/tmp/results-cache")
  <!-- queries as MapReduce jobs in this JVM (no YARN, no Tez); map joins too, not in a child JVM (which would
       need Hadoop's bin/hadoop) -->
$(hive_property hive.execution.engine mr)
$(hive_property mapreduce.framework.name local)
$(hive_property hive.exec.submit.local.task.via.child false)
  <!-- no transactions or locks: no ACID tables, no lock tables in the metastore -->
$(hive_property hive.support.concurrency false)
$(hive_property hive.txn.manager org.apache.hadoop.hive.ql.lockmgr.DummyTxnManager)
  <!-- nothing polls the metastore for scheduled queries -->
$(hive_property hive.scheduled.queries.executor.enabled false)
  <!-- logs to stdout (hive.log); synchronous, so the last lines before a crash are not lost -->
$(hive_property hive.log4j.file "$ROOT/deploy/local/conf/hive-log4j2.properties")
$(hive_property hive.async.log.enabled false)
</configuration>
XML
}

# hive_property NAME VALUE: one <property> of hive-site.xml (values are paths and words: nothing to escape).
hive_property() { printf '  <property><name>%s</name><value>%s</value></property>' "$1" "$2"; }

hive_start() {
  if pid_alive "$HIVE_PID"; then return 0; fi
  if port_open "$HIVE_PORT"; then
    die "port $HIVE_PORT is taken by another process; set VOC_HIVE_PORT"
  fi
  hive_install
  : >"$HIVE_LOG"
  hive_configure
  info "starting HiveServer2 $HIVE_VERSION on port $HIVE_PORT"
  # Java 17 closes the JDK's internals that Hive, Hadoop and Kryo reach into; java.io.tmpdir under HIVE_STATE
  # takes Hive's local scratch, resources and operation logs there; Derby's own log goes there too. The
  # working folder is HIVE_STATE, for whatever else Hive writes to ".".
  (cd "$HIVE_STATE" && start_detached "$HIVE_PID" "$HIVE_LOG" "$JAVA" "-Xmx$HIVE_HEAP" \
    --add-opens=java.base/java.lang=ALL-UNNAMED \
    --add-opens=java.base/java.lang.invoke=ALL-UNNAMED \
    --add-opens=java.base/java.lang.reflect=ALL-UNNAMED \
    --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/java.net=ALL-UNNAMED \
    --add-opens=java.base/java.nio=ALL-UNNAMED \
    --add-opens=java.base/java.util=ALL-UNNAMED \
    --add-opens=java.base/java.util.concurrent=ALL-UNNAMED \
    --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED \
    --add-opens=java.base/java.util.regex=ALL-UNNAMED \
    --add-opens=java.base/java.text=ALL-UNNAMED \
    --add-opens=java.base/java.time=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.cs=ALL-UNNAMED \
    --add-opens=java.base/sun.security.action=ALL-UNNAMED \
    --add-opens=java.base/sun.util.calendar=ALL-UNNAMED \
    --add-opens=java.sql/java.sql=ALL-UNNAMED \
    -Djava.io.tmpdir="$HIVE_STATE/tmp" -Dderby.stream.error.file="$HIVE_STATE/derby.log" \
    -Dlog4j2.configurationFile="$ROOT/deploy/local/conf/hive-log4j2.properties" \
    -cp "$HIVE_STATE/conf:$HIVE_HOME/lib/*" org.apache.hive.service.server.HiveServer2)
}

hive_ready() { port_open "$HIVE_PORT"; }

# Waits up to 120 s for the Thrift port (13-22 s on a laptop); gives up at once when the server exits.
hive_wait() {
  local _
  for _ in $(seq 1 240); do
    hive_ready && return 0
    if ! pid_alive "$HIVE_PID"; then
      tail -n 30 "$HIVE_LOG" >&2
      die "HiveServer2 stopped while starting; see $HIVE_LOG"
    fi
    sleep 0.5
  done
  tail -n 30 "$HIVE_LOG" >&2
  die "HiveServer2 did not open port $HIVE_PORT in 120 s; see $HIVE_LOG"
}

hive_stop() { stop_pid "$HIVE_PID" "HiveServer2"; }

hive_status() {
  if pid_alive "$HIVE_PID"; then
    printf '%-14s running  pid %-7s %s\n' hive "$(cat "$HIVE_PID")" "$(hive_url)"
  else
    printf '%-14s stopped\n' hive
  fi
}
