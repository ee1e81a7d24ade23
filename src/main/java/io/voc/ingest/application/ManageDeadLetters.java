package io.voc.ingest.application;

import io.voc.platform.model.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Use case: look at what the pipeline refused, and re-feed it after a fix. */
@ApplicationScoped
public class ManageDeadLetters {
    public static final int MAX_LIMIT = 500;

    private final DeadLetterQueue queue;

    ManageDeadLetters(DeadLetterQueue queue) {
        this.queue = queue;
    }

    public record Overview(long total, List<DeadLetter> latest) {
    }

    public Overview latest(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_LIMIT + " (got " + limit + ")");
        }
        return new Overview(queue.size(), queue.latest(limit));
    }

    public long replay() {
        return queue.replay();
    }
}
