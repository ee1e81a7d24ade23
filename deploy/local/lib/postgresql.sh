# PostgreSQL from Debian's packages: the machine's cluster when there is one (local stack), otherwise
# - and always for tests - a private cluster under the state folder, run by an unprivileged user.
# shellcheck shell=bash

PG_STATE=$STATE_DIR/postgresql
PG_LOG=$LOG_DIR/postgresql.log
# Marks that ./voc started the machine's cluster, so that ./voc down stops it again (and only then).
PG_STARTED_MACHINE=$RUN_DIR/postgresql-machine-cluster
PG_OS_USER=postgres

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$dir" ] || return 1
  echo "$dir"
}

pg_install() {
  pg_bin >/dev/null && return 0
  apt_install PostgreSQL postgresql
}

# "VERSION NAME PORT STATUS" of the machine's cluster, if the local stack should use it.
pg_machine_cluster() {
  [ "$VOC_ENV" = local ] && [ -z "${VOC_PG_PRIVATE:-}" ] && command -v pg_lsclusters >/dev/null || return 1
  pg_lsclusters -h 2>/dev/null | awk 'NR==1 {print $1, $2, $3, $4}' | grep . 
}

pg_mode() { if pg_machine_cluster >/dev/null; then echo machine; else echo private; fi; }

# The port the app must use: the machine cluster's own, or ours.
pg_port() {
  if [ "$(pg_mode)" = machine ]; then pg_machine_cluster | awk '{print $3}'; else echo "$PG_PORT"; fi
}

# Runs a command as the database's OS user (as ourselves when not root).
as_pg() { if is_root; then runuser -u "$PG_OS_USER" -- "$@"; else "$@"; fi; }

pg_psql() {
  local host
  if [ "$(pg_mode)" = machine ]; then host=/var/run/postgresql; else host=$PG_STATE/run; fi
  as_pg "$(pg_bin)/psql" -X -q -v ON_ERROR_STOP=1 -h "$host" -p "$(pg_port)" -U postgres -d postgres "$@"
}

pg_start() {
  pg_install
  if [ "$(pg_mode)" = machine ]; then
    read -r version name port status < <(pg_machine_cluster)
    if [ "$status" != online ]; then
      info "starting the machine's PostgreSQL $version/$name on port $port"
      pg_ctlcluster "$version" "$name" start || die "pg_ctlcluster $version $name start failed"
      touch "$PG_STARTED_MACHINE"
    fi
  else
    pg_start_private
  fi
}

pg_start_private() {
  local bin
  bin=$(pg_bin)
  is_root && ! id -u "$PG_OS_USER" >/dev/null 2>&1 && useradd -r -M -s /usr/sbin/nologin "$PG_OS_USER"
  mkdir -p "$PG_STATE/run"
  is_root && chown -R "$PG_OS_USER" "$PG_STATE"
  if [ ! -f "$PG_STATE/data/PG_VERSION" ]; then
    info "creating a private PostgreSQL cluster in $PG_STATE/data"
    as_pg "$bin/initdb" -D "$PG_STATE/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >>"$PG_LOG" 2>&1 || die "initdb failed; see $PG_LOG"
  fi
  if as_pg "$bin/pg_ctl" -D "$PG_STATE/data" status >/dev/null 2>&1; then return 0; fi
  port_open "$PG_PORT" && die "port $PG_PORT is taken by another process; set VOC_PG_PORT"
  info "starting a private PostgreSQL on port $PG_PORT"
  is_root && touch "$PG_LOG" && chown "$PG_OS_USER" "$PG_LOG"
  as_pg "$bin/pg_ctl" -D "$PG_STATE/data" -l "$PG_LOG" -w -t 60 start \
    -o "-p $PG_PORT -k $PG_STATE/run -c listen_addresses=127.0.0.1" >/dev/null || die "PostgreSQL did not start; see $PG_LOG"
}

# The application's role and database; idempotent.
pg_prepare_database() {
  local role_sql="DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_USER') THEN
        CREATE ROLE \"$PG_USER\" LOGIN PASSWORD '$PG_PASSWORD';
      END IF; END \$\$;"
  pg_psql -c "$role_sql" || die "could not create the PostgreSQL role $PG_USER"
  if [ -z "$(pg_psql -tA -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'")" ]; then
    pg_psql -c "CREATE DATABASE \"$PG_DB\" OWNER \"$PG_USER\"" || die "could not create database $PG_DB"
  fi
}

pg_wait() {
  wait_for 60 "PostgreSQL" pg_psql -c "select 1" || die "PostgreSQL does not answer; see $PG_LOG"
  pg_prepare_database
}

pg_stop() {
  if [ -f "$PG_STATE/data/PG_VERSION" ] && [ "$(pg_mode)" = private ]; then
    if as_pg "$(pg_bin)/pg_ctl" -D "$PG_STATE/data" status >/dev/null 2>&1; then
      info "stopping the private PostgreSQL"
      as_pg "$(pg_bin)/pg_ctl" -D "$PG_STATE/data" -m fast -w stop >/dev/null
    fi
  elif [ -f "$PG_STARTED_MACHINE" ]; then
    read -r version name _ _ < <(pg_machine_cluster)
    info "stopping the machine's PostgreSQL $version/$name (./voc up had started it)"
    pg_ctlcluster "$version" "$name" stop && rm -f "$PG_STARTED_MACHINE"
  fi
}

pg_status() {
  if [ "$(pg_mode)" = machine ]; then
    read -r version name port status < <(pg_machine_cluster)
    printf '%-14s %-8s machine cluster %s/%s on 127.0.0.1:%s\n' postgresql "$([ "$status" = online ] && echo running || echo stopped)" "$version" "$name" "$port"
  elif [ -f "$PG_STATE/data/postmaster.pid" ] && as_pg "$(pg_bin)/pg_ctl" -D "$PG_STATE/data" status >/dev/null 2>&1; then
    printf '%-14s running  pid %-7s 127.0.0.1:%s (private cluster)\n' postgresql "$(head -1 "$PG_STATE/data/postmaster.pid")" "$PG_PORT"
  else
    printf '%-14s stopped\n' postgresql
  fi
}
