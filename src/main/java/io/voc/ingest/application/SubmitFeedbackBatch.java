package io.voc.ingest.application;

import io.voc.feedback.model.Feedback;
import io.voc.feedback.model.ProductScope;
import io.voc.platform.model.InvalidInputException;
import io.voc.search.application.FeedbackStore;
import io.voc.search.application.StoreUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Use case: take many feedback at once (bulk API, file imports). Each line is judged on its own -
 * one bad line never rejects the good ones - and lines already stored are reported as duplicates.
 */
@ApplicationScoped
public class SubmitFeedbackBatch {
    private static final Logger LOG = Logger.getLogger(SubmitFeedbackBatch.class);

    private final FeedbackPublisher publisher;
    private final FeedbackStore store;
    private final IngestMetrics metrics;
    private final Clock clock = Clock.systemUTC();

    SubmitFeedbackBatch(FeedbackPublisher publisher, FeedbackStore store, IngestMetrics metrics) {
        this.publisher = publisher;
        this.store = store;
        this.metrics = metrics;
    }

    /** A line number and what the source made of that line. */
    public record NumberedSubmission(long line, FeedbackSubmission submission) {
    }

    /**
     * @return one result per submission, in order
     * @throws PipelineUnavailableException when the pipeline cannot take the valid ones; retrying the
     *         whole batch is safe
     */
    public List<LineResult> submitAll(List<NumberedSubmission> submissions, ProductScope products) {
        String now = clock.instant().toString();
        List<LineResult> results = new ArrayList<>(submissions.size());
        List<FeedbackPublisher.Accepted> valid = new ArrayList<>();
        List<Integer> validAt = new ArrayList<>();
        for (NumberedSubmission numbered : submissions) {
            try {
                FeedbackSubmission stamped = numbered.submission().receivedAt(now);
                Feedback feedback = SubmitFeedback.validate(stamped, null);
                if (!products.covers(feedback.product())) {
                    results.add(LineResult.rejected(numbered.line(), "product_not_granted",
                            "no access to product '" + feedback.product().value() + "'", "product"));
                    continue;
                }
                validAt.add(results.size());
                valid.add(new FeedbackPublisher.Accepted(stamped, feedback));
                results.add(LineResult.accepted(numbered.line(), feedback.id().value()));
            } catch (InvalidInputException e) {
                results.add(LineResult.rejected(numbered.line(), "invalid_field", e.getMessage(), e.field()));
            }
        }
        Set<String> stored = alreadyStored(valid);
        Set<String> seen = new HashSet<>();
        List<FeedbackPublisher.Accepted> toPublish = new ArrayList<>();
        for (int i = 0; i < valid.size(); i++) {
            FeedbackPublisher.Accepted accepted = valid.get(i);
            String id = accepted.feedback().id().value();
            if (!seen.add(id) || stored.contains(id)) {
                int at = validAt.get(i);
                results.set(at, LineResult.duplicate(results.get(at).line(), id));
            } else {
                toPublish.add(accepted);
            }
        }
        if (!toPublish.isEmpty()) {
            publisher.publishAll(toPublish);
        }
        metrics.accepted("bulk", toPublish.size());
        metrics.rejected("bulk", (int) results.stream().filter(r -> r.status() == LineResult.Status.rejected).count());
        return results;
    }

    /** Best effort: when the store is away every line is published, and the pipeline drops replays itself. */
    private Set<String> alreadyStored(List<FeedbackPublisher.Accepted> valid) {
        if (valid.isEmpty()) {
            return Set.of();
        }
        try {
            return store.existing(valid.stream().map(a -> a.feedback().id()).toList());
        } catch (StoreUnavailableException e) {
            LOG.debugf("Duplicate check skipped: %s", e.getMessage());
            return Set.of();
        }
    }
}
