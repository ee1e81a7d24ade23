package io.voc.nlp.application;

import io.voc.nlp.model.Analysis;
import io.voc.nlp.model.ReenrichmentJob;
import io.voc.nlp.model.ReenrichmentJob.Status;
import io.voc.platform.Failures;
import io.voc.platform.jobs.Pause;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Works one re-enrichment job that this instance has claimed: page by page in id order, analyse,
 * update the documents, then save the checkpoint. After a crash at most the page in flight is done
 * again, which is harmless (an update writes the same analysis). Cancels are seen between pages.
 */
@ApplicationScoped
public class RunReenrichmentJob {
    private static final Logger LOG = Logger.getLogger(RunReenrichmentJob.class);
    /** About one to two seconds of analysis on two cores: the checkpoint and the heartbeat move that often. */
    public static final int PAGE_SIZE = 500;
    /** 1+2+4+8 s of retries stay well inside the 30 s lease. */
    private static final int PAGE_ATTEMPTS = 5;
    /** A page is analysed in slices, so that a slow one (a cold JVM, a loaded machine) still renews the lease. */
    private static final int SLICE = 100;
    private static final Duration RENEW_LEASE_AFTER = Duration.ofSeconds(10);

    private final ReenrichmentJobs jobs;
    private final DocumentsToReenrich documents;
    private final NlpEngine engine;
    private final EnrichmentStore store;
    private final ReenrichmentMetrics metrics;

    RunReenrichmentJob(ReenrichmentJobs jobs, DocumentsToReenrich documents, NlpEngine engine, EnrichmentStore store,
            ReenrichmentMetrics metrics) {
        this.jobs = jobs;
        this.documents = documents;
        this.engine = engine;
        this.store = store;
        this.metrics = metrics;
    }

    /**
     * Runs the claimed job until it is finished, cancelled, taken by another instance, or
     * {@code keepGoing} turns false (then the lease is released so that the next instance resumes at once).
     * Failures of PostgreSQL propagate: the job keeps its checkpoint and is resumed from there.
     */
    public void run(ReenrichmentJob claimed, String instance, BooleanSupplier keepGoing) {
        ReenrichmentJob job = claimed;
        if (job.status() == Status.CANCELLING) { // its worker died before it could confirm the cancel
            job.cancelled(Instant.now());
            jobs.save(job);
            return;
        }
        String version = engine.version();
        if (job.status() == Status.QUEUED) {
            job.start(version, documents.count(selection(job.scope(), job.product().orElse(null), version)),
                    Instant.now());
            if (!jobs.save(job)) {
                return; // cancelled meanwhile; the worker looks again
            }
            LOG.infof("Re-enrichment job %s started: %d documents (%s%s) to NLP version %s", job.id(), job.total(),
                    job.scope(), job.product().map(p -> ", product " + p).orElse(""), version);
        } else if (!version.equals(job.targetVersion().orElseThrow())) {
            job.fail("the NLP model changed from " + job.targetVersion().get() + " to " + version
                    + " while the job ran; start a new job (scope outdated redoes only what is not at " + version + ")",
                    Instant.now());
            jobs.save(job);
            LOG.warnf("Re-enrichment job %s failed: %s", job.id(), job.error().orElse(""));
            return;
        } else {
            LOG.infof("Resuming re-enrichment job %s after document %s: %d of %d done (resume %d)", job.id(),
                    job.checkpoint().orElse("(none)"), job.done(), job.total(), job.resumes());
        }
        try {
            job = work(job, instance, keepGoing);
        } finally {
            metrics.idle();
        }
        if (job != null && !keepGoing.getAsBoolean() && !job.status().finished()) {
            job.release();
            if (jobs.save(job)) {
                LOG.infof("Re-enrichment job %s paused at %d of %d (shutdown); another instance resumes it",
                        job.id(), job.done(), job.total());
            }
        }
    }

    /** The page loop; returns the job as last saved, or null when this instance no longer holds it. */
    private ReenrichmentJob work(ReenrichmentJob job, String instance, BooleanSupplier keepGoing) {
        DocumentsToReenrich.Selection selection = selection(job.scope(), job.product().orElse(null),
                job.targetVersion().orElseThrow());
        DocumentsToReenrich.Scan scan = null;
        int failures = 0;
        int loggedDecile = (int) (job.progress() * 10);
        try {
            while (keepGoing.getAsBoolean()) {
                if (job.status() == Status.CANCELLING) {
                    job.cancelled(Instant.now());
                    if (jobs.save(job)) {
                        LOG.infof("Re-enrichment job %s cancelled at %d of %d", job.id(), job.done(), job.total());
                    }
                    return job;
                }
                List<StoredDocument> page;
                try {
                    if (scan == null) {
                        scan = documents.open(selection);
                    }
                    page = scan.next(job.checkpoint().orElse(null), PAGE_SIZE);
                    if (!page.isEmpty()) {
                        job = enrich(job, page, instance);
                        if (job == null) {
                            return null;
                        }
                    }
                    failures = 0;
                } catch (RuntimeException e) {
                    failures++;
                    closeQuietly(scan);
                    scan = null; // a point in time lost with an Elasticsearch restart: the next attempt opens a new one
                    if (failures >= PAGE_ATTEMPTS) {
                        job.fail("gave up after " + failures + " attempts at the page after "
                                + job.checkpoint().orElse("the start") + ": " + Failures.describe(e), Instant.now());
                        jobs.save(job);
                        LOG.errorf(e, "Re-enrichment job %s failed", job.id());
                        return job;
                    }
                    Duration wait = Duration.ofSeconds(1L << (failures - 1));
                    LOG.warnf("Re-enrichment job %s: page failed (%s); retrying in %d s", job.id(),
                            Failures.describe(e), wait.toSeconds());
                    Pause.whileGoing(wait, keepGoing);
                    continue;
                }
                if (page.isEmpty()) {
                    job.finish(Instant.now());
                    if (jobs.save(job)) {
                        LOG.infof("Re-enrichment job %s done: %d documents at NLP version %s", job.id(), job.done(),
                                job.targetVersion().get());
                    }
                    return job;
                }
                job = advance(job, page.get(page.size() - 1).id(), page.size(), instance);
                if (job == null) {
                    return null;
                }
                metrics.progress(job.done(), job.total(), page.size());
                int decile = (int) (job.progress() * 10);
                if (decile > loggedDecile) {
                    loggedDecile = decile;
                    LOG.infof("Re-enrichment job %s: %d of %d (%.0f %%), %.0f documents/s", job.id(), job.done(),
                            job.total(), job.progress() * 100, job.rate(Instant.now()));
                }
            }
            return job;
        } finally {
            closeQuietly(scan);
        }
    }

    /** Analyses and writes one page; returns the job (renewed meanwhile), or null when it was taken over. */
    private ReenrichmentJob enrich(ReenrichmentJob job, List<StoredDocument> page, String instance) {
        String version = job.targetVersion().orElseThrow();
        List<Analysis> analyses = new ArrayList<>(page.size());
        Instant renewed = Instant.now();
        for (int from = 0; from < page.size(); from += SLICE) {
            analyses.addAll(engine.analyze(page.subList(from, Math.min(page.size(), from + SLICE)).stream()
                    .map(StoredDocument::toAnalyze).toList()));
            if (Duration.between(renewed, Instant.now()).compareTo(RENEW_LEASE_AFTER) > 0) {
                job = renewLease(job, instance);
                if (job == null) {
                    return null;
                }
                renewed = Instant.now();
            }
        }
        Instant enrichedAt = Instant.now();
        List<DocumentAnalysis> updates = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            Analysis analysis = analyses.get(i);
            if (!version.equals(analysis.nlpVersion())) {
                throw new IllegalStateException("the NLP engine answered with version " + analysis.nlpVersion()
                        + " instead of " + version);
            }
            updates.add(new DocumentAnalysis(page.get(i).index(), page.get(i).id(), AnalysisJson.of(analysis, enrichedAt)));
        }
        store.update(updates);
        return job;
    }

    /** A heartbeat in the middle of a slow page; null when another instance holds the job by now. */
    private ReenrichmentJob renewLease(ReenrichmentJob job, String instance) {
        // a cancel that came in meanwhile is kept: the loop sees it after this page
        return saveOrRetryOnFresh(job, instance, j -> j.heartbeat(Instant.now()));
    }

    /**
     * Saves the checkpoint. A lost race means a cancel (we still hold the job: record the page on the fresh
     * state, the loop then stops) or a takeover after our heartbeat was late (stop: the new holder goes on).
     */
    private ReenrichmentJob advance(ReenrichmentJob job, String lastId, int count, String instance) {
        return saveOrRetryOnFresh(job, instance, j -> j.advance(lastId, count, Instant.now()));
    }

    /**
     * Applies the change and saves; when another save came first, applies it again on the stored state if
     * this instance still holds the unfinished job. Null when it does not (the job is left alone).
     */
    private ReenrichmentJob saveOrRetryOnFresh(ReenrichmentJob job, String instance, Consumer<ReenrichmentJob> change) {
        change.accept(job);
        if (jobs.save(job)) {
            return job;
        }
        ReenrichmentJob fresh = jobs.find(job.id()).orElse(null);
        if (fresh == null || !fresh.heldBy(instance) || fresh.status().finished()) {
            LOG.warnf("Re-enrichment job %s was taken over by another instance; leaving it", job.id());
            return null;
        }
        change.accept(fresh);
        return jobs.save(fresh) ? fresh : null;
    }

    private static DocumentsToReenrich.Selection selection(ReenrichmentJob.Scope scope, String product, String version) {
        return new DocumentsToReenrich.Selection(product, scope == ReenrichmentJob.Scope.OUTDATED ? version : null);
    }

    private static void closeQuietly(DocumentsToReenrich.Scan scan) {
        if (scan != null) {
            try {
                scan.close();
            } catch (RuntimeException e) {
                LOG.debugf("Closing a scan failed: %s", Failures.describe(e)); // it expires by itself
            }
        }
    }
}
