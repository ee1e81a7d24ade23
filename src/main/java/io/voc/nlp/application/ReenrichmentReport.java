package io.voc.nlp.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.voc.nlp.model.ReenrichmentJob;
import java.time.Instant;

/**
 * What an operator sees of a re-enrichment job (API, admin page, CLI). {@code percent} has one decimal;
 * {@code ratePerSecond} and {@code etaSeconds} are of the current run (null while there is no rate);
 * {@code resumes} counts takeovers after the instance working the job stopped (crash, kill).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReenrichmentReport(
        String id,
        String scope,
        String product,
        String targetVersion,
        String status,
        long total,
        long done,
        double percent,
        Double ratePerSecond,
        Long etaSeconds,
        int resumes,
        String checkpoint,
        String error,
        String createdAt,
        String startedAt,
        String finishedAt) {

    public static ReenrichmentReport of(ReenrichmentJob job, Instant now) {
        double rate = job.rate(now);
        return new ReenrichmentReport(job.id().toString(), job.scope().name().toLowerCase(java.util.Locale.ROOT),
                job.product().orElse(null), job.targetVersion().orElse(null), job.status().name(), job.total(),
                job.done(), Math.floor(job.progress() * 1000) / 10.0, rate > 0 ? Math.round(rate * 10) / 10.0 : null,
                job.eta(now).map(java.time.Duration::toSeconds).orElse(null), job.resumes(),
                job.checkpoint().orElse(null), job.error().orElse(null), job.createdAt().toString(),
                job.startedAt().map(Instant::toString).orElse(null), job.finishedAt().map(Instant::toString).orElse(null));
    }

    public boolean finished() {
        return ReenrichmentJob.Status.valueOf(status).finished();
    }

    /** "3 min 20 s" for pages and the CLI. */
    public String etaText() {
        if (etaSeconds == null) {
            return "";
        }
        long minutes = etaSeconds / 60;
        return minutes == 0 ? etaSeconds + " s" : minutes + " min " + etaSeconds % 60 + " s";
    }
}
