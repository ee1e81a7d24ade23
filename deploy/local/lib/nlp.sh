# `./voc nlp ...`: VOC's NLP model from the command line. eval and bench run the app's own NLP code in
# a plain JVM (no server needed); see docs/nlp.md.
# shellcheck shell=bash

NLP_HEAP=${VOC_NLP_HEAP:-2g}

nlp_java() {
  [ -x "$JAVA" ] || die "java 17 not found at $JAVA (set VOC_JAVA_HOME)"
  app_build >&2
  exec "$JAVA" "-Xmx$NLP_HEAP" -cp "$ROOT/target/quarkus-app/app/*:$ROOT/target/quarkus-app/lib/main/*" "$@"
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
    bench)
      nlp_java io.voc.nlp.evaluation.NlpBenchmark "$ROOT/src/test/resources/nlp/app-feedback-sentiment.tsv" "${1:-3000}" "${2:-3}" ;;
    *) die "nlp takes: eval FILE [options] | bench [N [ROUNDS]]" ;;
  esac
}
