# The VOC application itself (a Quarkus jar), run against the stack's servers.
# shellcheck shell=bash

APP_PID=$RUN_DIR/app.pid
APP_LOG=$LOG_DIR/app.log
APP_JAR=$ROOT/target/quarkus-app/quarkus-run.jar

app_url() { echo "http://localhost:$APP_PORT"; }

# Environment that points the app at this stack (production sets the same variables to its clusters).
app_env() {
  export VOC_HTTP_PORT=$APP_PORT
  [ "$VOC_ENV" = local ] && export VOC_DEMO_ENABLED=${VOC_DEMO_ENABLED:-true}
  if [ -z "$EXTERNAL_PG" ]; then
    export VOC_DB_HOST=127.0.0.1 VOC_DB_PORT
    VOC_DB_PORT=$(pg_port)
    export VOC_DB_NAME=$PG_DB VOC_DB_USER=$PG_USER VOC_DB_PASSWORD=$PG_PASSWORD
  fi
  [ -n "$EXTERNAL_ES" ] || export VOC_ES_HOSTS=127.0.0.1:$ES_PORT
  [ -n "$EXTERNAL_KAFKA" ] || export VOC_KAFKA_BOOTSTRAP=127.0.0.1:$KAFKA_PORT
  [ -n "$EXTERNAL_HIVE" ] || export VOC_HIVE_URL=jdbc:hive2://127.0.0.1:$HIVE_PORT/default
  # The first admin: VOC_ADMIN_PASSWORD reaches the app as it is (used only while no admin exists);
  # without it the app generates a password and writes it to $STATE_DIR/admin-password.txt (0600).
  [ -z "${VOC_ADMIN_PASSWORD:-}" ] || export VOC_ADMIN_PASSWORD
  if [ "$VOC_ENV" = local ]; then
    export VOC_ADMIN_PASSWORD_FILE_DIR=${VOC_ADMIN_PASSWORD_FILE_DIR:-$STATE_DIR}
  fi
  # The key sealing chat channels' URLs and secrets: a given VOC_CARDS_SECRET_KEY, else one generated once
  # per state folder and kept there (0600), so channels stay readable across restarts.
  if [ -z "${VOC_CARDS_SECRET_KEY:-}" ]; then
    VOC_CARDS_SECRET_KEY=$(app_cards_secret_key)
  fi
  export VOC_CARDS_SECRET_KEY
}

# Prints the state folder's cards key, generating it (32 random bytes, Base64) the first time.
app_cards_secret_key() {
  local file=$STATE_DIR/cards-secret-key
  if [ ! -s "$file" ]; then
    mkdir -p "$STATE_DIR"
    (umask 077 && head -c 32 /dev/urandom | base64 >"$file.tmp" && mv "$file.tmp" "$file")
  fi
  head -n 1 "$file"
}

# The credentials of the launcher's own API calls (demo data, dlq, nlp reenrich, import), as user:password:
# VOC_USER and VOC_PASSWORD if set, else the local admin's (VOC_ADMIN_PASSWORD, or the generated
# admin-password.txt). Fails when none is known.
app_credentials() {
  local file=${VOC_ADMIN_PASSWORD_FILE_DIR:-$STATE_DIR}/admin-password.txt
  if [ -n "${VOC_USER:-}" ] && [ -n "${VOC_PASSWORD:-}" ]; then
    printf '%s:%s' "$VOC_USER" "$VOC_PASSWORD"
  elif [ -n "${VOC_ADMIN_PASSWORD:-}" ]; then
    printf 'admin:%s' "$VOC_ADMIN_PASSWORD"
  elif [ -r "$file" ]; then
    printf 'admin:%s' "$(head -n 1 "$file")"
  else
    return 1
  fi
}

# api_curl CURL_ARGS...: curl with the launcher's credentials. They go in a curl config on stdin, so
# they never appear in the process list.
api_curl() {
  local creds
  creds=$(app_credentials) || die "no credentials for VOC's API: set VOC_USER and VOC_PASSWORD (or VOC_ADMIN_PASSWORD)"
  creds=${creds//\\/\\\\}
  printf 'user = "%s"\n' "${creds//\"/\\\"}" | curl -K - "$@"
}

# One line on how to find the admin's password, for the summary of `up`.
app_admin_hint() {
  local file=${VOC_ADMIN_PASSWORD_FILE_DIR:-$STATE_DIR}/admin-password.txt
  if [ -f "$file" ]; then
    echo "user admin, password in $file"
  elif [ -n "${VOC_ADMIN_PASSWORD:-}" ]; then
    echo "user admin (password from VOC_ADMIN_PASSWORD, if it was set when the admin was created)"
  else
    echo "user admin (created before; its password was printed when it was created)"
  fi
}

# Builds the jar when it is missing or older than the sources.
app_build() {
  if [ -f "$APP_JAR" ] && [ -z "$( (find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$APP_JAR" -type f
      find "$ROOT/frontend" -path "$ROOT/frontend/node_modules" -prune -o -newer "$APP_JAR" -type f -print) 2>/dev/null | head -1)" ]; then
    return 0
  fi
  info "building the VOC application"
  mvnw -f "$ROOT/pom.xml" package -DskipTests || die "the build failed"
  touch "$APP_JAR"
}

# The regions the running app was started with (its bridge properties), to notice a changed list.
APP_REGIONS=$RUN_DIR/app-regions

app_start() {
  local props=()
  mapfile -t props < <(regions_app_properties)
  if pid_alive "$APP_PID"; then
    if [ "$(cat "$APP_REGIONS" 2>/dev/null)" != "$(regions_app_properties)" ]; then
      if [ ${#REGIONS[@]} -eq 0 ]; then
        warn "VOC already runs with its bridge on; restart it to turn the bridge off: ./voc down && ./voc up"
      else
        warn "VOC already runs with other regions; restart it to bridge $(regions_summary): ./voc down && ./voc up"
      fi
    fi
    return 0
  fi
  port_open "$APP_PORT" && die "port $APP_PORT is taken by another process; set VOC_HTTP_PORT"
  app_build
  app_env
  info "starting VOC on port $APP_PORT"
  [ ${#props[@]} -eq 0 ] || info "bridge on for regions $(regions_summary)"
  regions_app_properties >"$APP_REGIONS"
  start_detached "$APP_PID" "$APP_LOG" "$JAVA" "-Xmx$APP_HEAP" ${props[@]+"${props[@]}"} -jar "$APP_JAR"
}

app_ready() { curl -fsS "$(app_url)/q/health/ready" >/dev/null; }

# Waits up to 120 s for VOC to be ready; gives up at once when it exits while starting.
app_wait() {
  local i
  for i in $(seq 1 240); do
    app_ready 2>/dev/null && return 0
    if ! pid_alive "$APP_PID"; then
      tail -n 40 "$APP_LOG" >&2
      if grep -qE 'SRCFG00050: voc\.(bridge|regions)\.' "$APP_LOG"; then
        die "this VOC does not know the bridge's settings yet (issue 10), so it refuses to start with regions; start without them: ./voc up --regions none"
      fi
      die "VOC stopped while starting; see $APP_LOG"
    fi
    sleep 0.5
  done
  curl -sS "$(app_url)/q/health/ready" >&2 || tail -n 40 "$APP_LOG" >&2
  die "VOC is not ready after $((i / 2)) s; see $APP_LOG"
}

app_stop() { stop_pid "$APP_PID" "VOC"; }

app_status() {
  if pid_alive "$APP_PID"; then
    printf '%-14s running  pid %-7s %s  %s\n' voc "$(cat "$APP_PID")" "$(app_url)" \
      "$(curl -s "$(app_url)/q/health/ready" | sed -n 's/^ *"status": "\([A-Z]*\)",*$/ready: \1/p' | head -1)"
  else
    printf '%-14s stopped\n' voc
  fi
}

# Loads the demo feedback, the demo experiment and the demo user profiles (see deploy/local/demo/README.md) once per state folder,
# each with its own marker (a state folder from before the experiment still gets it). Loading again would
# store nothing twice: the demo's ids are stable.
app_load_demo() {
  local marker=$STATE_DIR/demo-loaded experiment_marker=$STATE_DIR/demo-experiment-loaded answer
  local profiles_marker=$STATE_DIR/demo-profiles-loaded
  if [ ! -f "$marker" ]; then
    info "loading demo feedback"
    answer=$(api_curl -sS -f -X POST "$(app_url)/api/v1/admin/demo-data") || die "loading demo data failed; see $APP_LOG"
    echo "$answer" >"$marker"
    info "demo feedback: $(echo "$answer" | sed -E 's/.*"accepted":([0-9]+).*"duplicates":([0-9]+).*"rejected":([0-9]+).*/\1 accepted, \2 already there, \3 rejected/')"
  fi
  if [ ! -f "$experiment_marker" ]; then
    info "loading the demo experiment"
    answer=$(api_curl -sS -f -X POST "$(app_url)/api/v1/admin/demo-experiment") || die "loading the demo experiment failed; see $APP_LOG"
    echo "$answer" >"$experiment_marker"
    info "demo experiment: $(echo "$answer" | sed -E 's/.*"experiment":"([^"]+)".*"exposures":([0-9]+).*/\1 with \2 exposed listeners/') ($(app_url)/experiments/aurora-ads-between-songs)"
  fi
  if [ ! -f "$profiles_marker" ]; then
    # the warehouse side: a warehouse that is away must not stop the rest of the demo, so a warning only
    info "loading the demo user profiles into the warehouse"
    if answer=$(api_curl -sS -f -m 300 -X POST "$(app_url)/api/v1/admin/demo-profiles"); then
      echo "$answer" >"$profiles_marker"
      info "demo profiles: $(echo "$answer" | sed -E 's/.*"database":"([^"]+)".*"profiles":([0-9]+).*/\2 users in \1.user_profile, imported in the background/')"
    else
      warn "loading the demo profiles into the warehouse failed (see $APP_LOG); ./voc up tries again next time"
    fi
  fi
}

# Once the demo profiles are in and the NLP stage has analysed the demo feedback (counted in the local
# Elasticsearch; with an external one the run is queued at once), asks for the personas to be built. Once per
# state folder (marker demo-personas-built); never fails `up`: the personas page says how to build them.
app_build_demo_personas() {
  local marker=$STATE_DIR/demo-personas-built left=1 waited=0
  [ -f "$marker" ] || [ ! -f "$STATE_DIR/demo-profiles-loaded" ] && return 0
  if [ -z "$EXTERNAL_ES" ]; then
    info "waiting for the NLP stage to analyse the demo feedback (the personas read its analysis)"
    while [ "$waited" -lt 600 ]; do
      left=$(curl -sS "$(es_url)/voc-feedback/_count" -H 'Content-Type: application/json' \
        -d '{"query":{"bool":{"must_not":{"exists":{"field":"nlp.nlpVersion"}}}}}' 2>/dev/null \
        | sed -nE 's/.*"count":([0-9]+).*/\1/p')
      [ "${left:-1}" = 0 ] && break
      sleep 5
      waited=$((waited + 5))
    done
  fi
  # and the profiles: their import runs in the background after they were written to the warehouse
  for _ in $(seq 1 60); do
    api_curl -sS "$(app_url)/api/v1/admin/warehouse/profiles/imports?limit=1" 2>/dev/null \
      | grep -qE '"status":"(DONE|FAILED)"' && break
    sleep 2
  done
  if api_curl -sS -f -o /dev/null -X POST -H 'Content-Type: application/json' -d '{}' "$(app_url)/api/v1/personas/runs"; then
    touch "$marker"
    info "personas are being built in the background: $(app_url)/personas"
  else
    warn "asking for the demo personas failed (see $APP_LOG); ./voc up tries again next time"
  fi
}

# With regions configured: feeds demo feedback into the region brokers, once per state folder (marker
# demo-regions-loaded), for the bridge to carry home. Never fails `up`: an app without the endpoint (404) or
# a failed call is a warning, and the next `up` tries again.
app_load_region_demo() {
  local marker=$STATE_DIR/demo-regions-loaded body code gist
  [ ${#REGIONS[@]} -gt 0 ] && [ ! -f "$marker" ] || return 0
  info "loading demo feedback into the region brokers (${REGIONS[*]})"
  body=$(mktemp)
  code=$(api_curl -sS -m 600 -o "$body" -w '%{http_code}' -X POST "$(app_url)/api/v1/admin/demo-region-feedback") \
    || code=${code:-000}
  case "$code" in
    2??)
      cp "$body" "$marker"
      gist=$(sed -nE 's/.*"regions":\{([^}]*)\}.*/\1/p' "$body" | sed -E 's/"([^"]+)":([0-9]+)/\1 \2/g; s/,/, /g')
      info "region demo feedback: ${gist:-$(head -c 300 "$body")}"
      ;;
    000) warn "VOC did not answer POST /api/v1/admin/demo-region-feedback; see $APP_LOG; the next ./voc up tries again" ;;
    404) warn "this VOC cannot load region demo feedback yet (POST /api/v1/admin/demo-region-feedback: 404); the region brokers start empty; the next ./voc up tries again" ;;
    *) warn "loading region demo feedback failed (HTTP $code): $(head -c 300 "$body"); see $APP_LOG; the next ./voc up tries again" ;;
  esac
  rm -f "$body"
}
