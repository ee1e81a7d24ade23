# Elasticsearch 8.19 from Maven Central's integ-test-zip, plus the project's analysis plugin.
# shellcheck shell=bash

ES_HOME=$DIST_DIR/elasticsearch-$ES_VERSION
ES_STATE=$STATE_DIR/elasticsearch
ES_PID=$RUN_DIR/elasticsearch.pid
ES_LOG=$LOG_DIR/elasticsearch.log
ES_PLUGIN_DIR=$ROOT/deploy/elasticsearch-plugin
ES_PLUGIN_ZIP=$ES_PLUGIN_DIR/target/voc-elasticsearch-plugin-1.0.0.zip

es_url() { echo "http://127.0.0.1:$ES_PORT"; }

es_install() {
  if [ ! -x "$ES_HOME/bin/elasticsearch" ]; then
    info "fetching Elasticsearch $ES_VERSION from Maven Central"
    mvnw -f "$ROOT/deploy/local/servers/pom.xml" dependency:copy \
      -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" \
      -DoutputDirectory="$DIST_DIR" -Dmdep.overWriteIfNewer=true
    rm -rf "$ES_HOME.tmp" && mkdir -p "$ES_HOME.tmp"
    unzip -q "$DIST_DIR/elasticsearch-$ES_VERSION.zip" -d "$ES_HOME.tmp"
    mv "$ES_HOME.tmp/elasticsearch-$ES_VERSION" "$ES_HOME" && rm -rf "$ES_HOME.tmp" "$DIST_DIR/elasticsearch-$ES_VERSION.zip"
  fi
  es_install_plugin
}

# The zip lacks analysis-common and the / route; our plugin adds them (see its README).
es_install_plugin() {
  if [ ! -f "$ES_PLUGIN_ZIP" ] || [ -n "$(find "$ES_PLUGIN_DIR/src" "$ES_PLUGIN_DIR/pom.xml" -newer "$ES_PLUGIN_ZIP" 2>/dev/null | head -1)" ]; then
    info "building the VOC Elasticsearch plugin"
    # its tests run in ./voc test; here only the zip is needed
    mvnw -f "$ES_PLUGIN_DIR/pom.xml" package -DskipTests
  fi
  local stamp=$ES_HOME/plugins/voc-analysis/.installed-from
  if [ -d "$ES_HOME/plugins/voc-analysis" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$(cksum <"$ES_PLUGIN_ZIP")" ]; then
    return 0
  fi
  info "installing the VOC Elasticsearch plugin"
  [ -d "$ES_HOME/plugins/voc-analysis" ] && ES_JAVA_HOME=$JAVA17_HOME "$ES_HOME/bin/elasticsearch-plugin" remove --purge voc-analysis >/dev/null
  ES_JAVA_HOME=$JAVA17_HOME "$ES_HOME/bin/elasticsearch-plugin" install --batch "file://$ES_PLUGIN_ZIP" 2>&1 \
    | grep -v "policy file with no additional entitlements" || true
  cksum <"$ES_PLUGIN_ZIP" >"$stamp"
}

# Elasticsearch refuses to run as root: as root we run it as an unprivileged system user.
es_user_ready() {
  is_root || return 0
  id -u "$ES_USER" >/dev/null 2>&1 || useradd -r -M -s /usr/sbin/nologin "$ES_USER"
}

es_configure() {
  mkdir -p "$ES_STATE/data" "$ES_STATE/logs" "$ES_STATE/tmp"
  if [ ! -f "$ES_STATE/config/elasticsearch.yml.voc" ]; then
    rm -rf "$ES_STATE/config"
    cp -r "$ES_HOME/config" "$ES_STATE/config"
  fi
  cat >"$ES_STATE/config/elasticsearch.yml" <<YML
# Written by ./voc (deploy/local/lib/elasticsearch.sh): a single-node cluster on loopback.
cluster.name: voc-$VOC_ENV
node.name: voc-$VOC_ENV-1
discovery.type: single-node
network.host: 127.0.0.1
http.port: $ES_PORT
transport.port: $ES_TRANSPORT_PORT
path.data: $ES_STATE/data
path.logs: $ES_STATE/logs
xpack.security.enabled: false
xpack.ml.enabled: false
# A laptop-sized disk must not turn indices read-only at 90 % use.
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: true
YML
  touch "$ES_STATE/config/elasticsearch.yml.voc"
  mkdir -p "$ES_STATE/config/jvm.options.d"
  printf -- '-Xms%s\n-Xmx%s\n' "$ES_HEAP" "$ES_HEAP" >"$ES_STATE/config/jvm.options.d/heap.options"
  if is_root; then
    chown -R "$ES_USER" "$ES_STATE" "$RUN_DIR"
    touch "$ES_LOG" && chown "$ES_USER" "$ES_LOG"
  fi
}

es_healthy() { curl -fsS "$(es_url)/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null; }

es_start() {
  if pid_alive "$ES_PID"; then return 0; fi
  if port_open "$ES_PORT"; then
    die "port $ES_PORT is taken by another process; set VOC_ES_PORT"
  fi
  es_install
  es_user_ready
  es_configure
  info "starting Elasticsearch $ES_VERSION on port $ES_PORT"
  local run=()
  is_root && run=(runuser -u "$ES_USER" --)
  : >"$ES_LOG"
  # -d: returns once the node has started (or failed); the pid file names the server process.
  if ! "${run[@]}" env ES_JAVA_HOME="$JAVA17_HOME" ES_PATH_CONF="$ES_STATE/config" ES_TMPDIR="$ES_STATE/tmp" \
       "$ES_HOME/bin/elasticsearch" -d -p "$ES_PID" >>"$ES_LOG" 2>&1; then
    tail -n 30 "$ES_LOG" "$ES_STATE/logs/voc-$VOC_ENV.log" 2>/dev/null >&2
    die "Elasticsearch did not start; see $ES_STATE/logs"
  fi
}

es_wait() {
  wait_for 120 "Elasticsearch" es_healthy || die "Elasticsearch is not healthy after 120 s; see $ES_STATE/logs"
}

es_stop() { stop_pid "$ES_PID" "Elasticsearch"; }

es_status() {
  if pid_alive "$ES_PID"; then
    printf '%-14s running  pid %-7s %s  %s\n' elasticsearch "$(cat "$ES_PID")" "$(es_url)" \
      "$(curl -fsS "$(es_url)/_cluster/health" 2>/dev/null | sed -n 's/.*"status":"\([a-z]*\)".*/status \1/p')"
  else
    printf '%-14s stopped\n' elasticsearch
  fi
}
