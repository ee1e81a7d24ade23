# `./voc nlp ...`: VOC's NLP model from the command line. eval and bench run the app's own NLP code in
# a plain JVM (no server needed); see docs/nlp.md. reenrich re-runs the current model over stored
# feedback through the running VOC's admin API (POST/GET /api/v1/admin/nlp/reenrichment) and follows the
# job until it ends; the job runs in the app: Ctrl-C stops watching, the job goes on.
# shellcheck shell=bash

NLP_HEAP=${VOC_NLP_HEAP:-2g}

nlp_java() {
  [ -x "$JAVA" ] || die "java 17 not found at $JAVA (set VOC_JAVA_HOME)"
  app_build >&2
  # CoreNLP logs through SLF4J: the tools print their own report, so its log lines are dropped
  exec "$JAVA" "-Xmx$NLP_HEAP" -Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider -Dslf4j.internal.verbosity=ERROR -cp "$ROOT/target/quarkus-app/app/*:$ROOT/target/quarkus-app/lib/main/*" "$@"
}

cmd_nlp() {
  local sub=${1:-help}
  [ $# -gt 0 ] && shift
  case "$sub" in
    eval)
      [ $# -gt 0 ] || die "usage: ./voc nlp eval FILE [--model voc|corenlp|both] [--half tuning|held-out] [--errors N] [--threads N] [--data-dir DIR]"
      local file=$1; shift
      [ -r "$file" ] || die "cannot read $file"
      nlp_java io.voc.nlp.evaluation.EvaluateCommand "$(readlink -f "$file")" "$@" ;;
    reenrich) cmd_nlp_reenrich "$@" ;;
    bench)
      nlp_java io.voc.nlp.evaluation.NlpBenchmark "$ROOT/src/test/resources/nlp/app-feedback-sentiment.tsv" "${1:-3000}" "${2:-3}" ;;
    *) die "nlp takes: eval FILE [options] | bench [N [ROUNDS]] | reenrich [--all] [--product P] (--help)" ;;
  esac
}

# _json_field NAME: the value of a top-level string or number field of the JSON on stdin (no jq needed).
_json_field() { sed -nE -e "s/.*\"$1\":\"([^\"]*)\".*/\1/p" -e t -e "s/.*\"$1\":([^,}]*).*/\1/p" | head -1; }

# cmd_nlp_reenrich [--all] [--product P] | --follow ID | --cancel ID
cmd_nlp_reenrich() {
  local scope=outdated product='' follow='' cancel='' body answer id
  while [ $# -gt 0 ]; do
    case "$1" in
      --all) scope=all ;;
      --product) [ $# -ge 2 ] || die "--product needs a product key"; product=$2; shift ;;
      --product=*) product=${1#--product=} ;;
      --follow) [ $# -ge 2 ] || die "--follow needs a job id"; follow=$2; shift ;;
      --cancel) [ $# -ge 2 ] || die "--cancel needs a job id"; cancel=$2; shift ;;
      -h|--help)
        cat <<USAGE
Usage: ./voc nlp reenrich [--all] [--product P]   start a job and follow it (Ctrl-C: stop watching, the job goes on)
       ./voc nlp reenrich --follow ID             follow a job again
       ./voc nlp reenrich --cancel ID             cancel a job (a running one stops after its current page)

Without --all only documents not analysed by the current model version are redone.
Jobs survive restarts and crashes of VOC: they resume from their checkpoint. Admin page: $(app_url)/admin/reenrichment
USAGE
        return 0 ;;
      *) die "unknown option '$1' (./voc nlp reenrich --help)" ;;
    esac
    shift
  done
  local api
  api="$(app_url)/api/v1/admin/nlp/reenrichment"
  if [ -n "$cancel" ]; then
    _reenrich_call -X POST "$api/$cancel/cancel"
    echo
    return 0
  fi
  if [ -n "$follow" ]; then
    id=$follow
  else
    body="{\"scope\":\"$scope\"${product:+,\"product\":\"$product\"}}"
    answer=$(_reenrich_call -X POST -H 'Content-Type: application/json' -d "$body" "$api") || exit 1
    echo "$answer"
    id=$(echo "$answer" | _json_field id)
    info "re-enrichment job $id queued ($scope${product:+, product $product}); Ctrl-C stops watching, not the job"
  fi
  _reenrich_follow "$api/$id"
}

# _reenrich_call CURL_ARGS...: the API's answer on stdout; its error message (not curl's) on failure.
_reenrich_call() {
  local out status
  out=$(api_curl -sS -w '\n%{http_code}' "$@") || die "VOC does not answer at $(app_url) (./voc up starts it)"
  status=${out##*$'\n'}
  out=${out%$'\n'*}
  if [ "$status" -ge 300 ]; then
    die "HTTP $status: $(echo "$out" | _json_field message)"
  fi
  echo "$out"
}

# _reenrich_follow URL: one progress line, rewritten every 2 s, until the job is DONE, CANCELLED or FAILED.
_reenrich_follow() {
  local url=$1 job status done total percent rate eta line
  trap 'echo; info "stopped watching; the job goes on (./voc nlp reenrich --follow ${url##*/})"; exit 130' INT
  while true; do
    job=$(_reenrich_call "$url") || exit 1
    status=$(echo "$job" | _json_field status)
    done=$(echo "$job" | _json_field done)
    total=$(echo "$job" | _json_field total)
    percent=$(echo "$job" | _json_field percent)
    rate=$(echo "$job" | _json_field ratePerSecond)
    eta=$(echo "$job" | _json_field etaSeconds)
    line="$status  $done / $total  ($percent %)"
    [ -n "$rate" ] && line="$line  $rate docs/s"
    [ -n "$eta" ] && line="$line  ETA $((eta / 60)) min $((eta % 60)) s"
    printf '\r\033[K%s' "$line"
    case "$status" in
      DONE|CANCELLED) echo; trap - INT; return 0 ;;
      FAILED) echo; trap - INT; die "job failed: $(echo "$job" | _json_field error)" ;;
    esac
    sleep 2
  done
}
