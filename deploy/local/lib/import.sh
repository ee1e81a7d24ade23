# `./voc import FILE [options]`: sends a CSV or JSON Lines file of feedback to a running VOC through its
# bulk API. The importer (io.voc.ingest.importer.ImportCommand) is a plain Java client that ships in the
# app's own build, so it needs no install of its own; see docs/import.md.
# shellcheck shell=bash

cmd_import() {
  [ -x "$JAVA" ] || die "java 17 not found at $JAVA (set VOC_JAVA_HOME)"
  # Build messages go to stderr: stdout carries only the import's summary, for scripts.
  app_build >&2
  # Credentials: VOC_TOKEN or VOC_USER/VOC_PASSWORD as given, else the local admin's (app_credentials).
  if [ -z "${VOC_TOKEN:-}" ] && [ -z "${VOC_USER:-}" ]; then
    local creds
    if creds=$(app_credentials); then
      export VOC_USER=${creds%%:*} VOC_PASSWORD=${creds#*:}
    fi
  fi
  # The launcher's --url comes first and the importer keeps the last --url given, so a user's --url wins.
  # exec: the importer's exit status (0 done, 1 stopped, 2 bad usage) and Ctrl-C reach the caller directly.
  exec "$JAVA" -cp "$ROOT/target/quarkus-app/app/*:$ROOT/target/quarkus-app/lib/main/*" \
    io.voc.ingest.importer.ImportCommand --url "$(app_url)" "$@"
}
