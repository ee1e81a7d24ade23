package io.voc.nlp.model;

import io.voc.platform.model.IllegalJobStateException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voc.nlp.model.ReenrichmentJob.Scope;
import io.voc.nlp.model.ReenrichmentJob.Status;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rules of a re-enrichment job: lease and takeover, progress and ETA, what cancel may do. */
class ReenrichmentJobTest {
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void aJobHeldByALiveInstanceCannotBeTakenButADeadOnesCanAndThatIsAResume() {
        ReenrichmentJob job = running("a");
        job.advance("0001", 500, T0.plusSeconds(2));

        assertFalse(job.claimableBy("b", T0.plusSeconds(20), LEASE), "heartbeat 18 s old: a is alive");
        assertThrows(IllegalJobStateException.class, () -> job.claim("b", T0.plusSeconds(20), LEASE));
        assertTrue(job.claimableBy("b", T0.plusSeconds(40), LEASE), "heartbeat 38 s old: a is gone");

        job.claim("b", T0.plusSeconds(40), LEASE);
        assertEquals(1, job.resumes());
        assertEquals(500, job.done(), "progress is kept");
        assertEquals("0001", job.checkpoint().orElseThrow());
    }

    @Test
    void progressAndEtaComeFromTheRateOfTheCurrentRun() {
        ReenrichmentJob job = running("a");
        job.advance("0001", 1_000, T0.plusSeconds(10)); // 100 documents/s
        assertEquals(0.25, job.progress());
        assertEquals(100.0, job.rate(T0.plusSeconds(10)));
        assertEquals(Duration.ofSeconds(30), job.eta(T0.plusSeconds(10)).orElseThrow());

        // after a crash, time lost before the takeover does not count
        job.claim("b", T0.plusSeconds(100), LEASE);
        job.advance("0002", 1_000, T0.plusSeconds(105));
        assertEquals(200.0, job.rate(T0.plusSeconds(105)));
        assertEquals(Duration.ofSeconds(10), job.eta(T0.plusSeconds(105)).orElseThrow());
    }

    @Test
    void documentsAreVisitedInIdOrderOnly() {
        ReenrichmentJob job = running("a");
        job.advance("0005", 10, T0);
        assertThrows(IllegalArgumentException.class, () -> job.advance("0003", 10, T0));
    }

    @Test
    void cancelStopsAQueuedJobAtOnceAndARunningOneBetweenPages() {
        ReenrichmentJob queued = ReenrichmentJob.queue("voc-feedback", Scope.ALL, null, T0);
        queued.cancel(T0);
        assertEquals(Status.CANCELLED, queued.status());

        ReenrichmentJob job = running("a");
        job.cancel(T0.plusSeconds(1));
        assertEquals(Status.CANCELLING, job.status());
        job.advance("0001", 500, T0.plusSeconds(2)); // the page in flight still counts
        job.cancelled(T0.plusSeconds(2));
        assertEquals(Status.CANCELLED, job.status());
        assertEquals(500, job.done());
        assertThrows(IllegalJobStateException.class, () -> job.cancel(T0.plusSeconds(3)));
        assertThrows(IllegalJobStateException.class, () -> job.advance("0002", 500, T0.plusSeconds(3)));
        assertFalse(job.claimableBy("b", T0.plusSeconds(999), LEASE), "a finished job is nobody's work");
    }

    private static ReenrichmentJob running(String instance) {
        ReenrichmentJob job = ReenrichmentJob.queue("voc-feedback", Scope.OUTDATED, null, T0);
        job.claim(instance, T0, LEASE);
        job.start("1.abc", 4_000, T0);
        return job;
    }
}
