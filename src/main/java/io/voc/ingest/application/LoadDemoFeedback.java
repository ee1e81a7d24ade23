package io.voc.ingest.application;

import io.voc.feedback.model.ProductScope;
import io.voc.ingest.application.SubmitFeedbackBatch.NumberedSubmission;
import io.voc.ingest.demo.DemoFeedbackGenerator;
import io.voc.ingest.demo.DemoSpec;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Use case: fill a fresh platform with the demo feedback, through the same path as any bulk client.
 * Loading twice stores nothing twice: the demo's source ids are stable.
 */
@ApplicationScoped
public class LoadDemoFeedback {
    private static final int CHUNK = 2_000;

    private final SubmitFeedbackBatch submitBatch;

    LoadDemoFeedback(SubmitFeedbackBatch submitBatch) {
        this.submitBatch = submitBatch;
    }

    public record Loaded(DemoSpec spec, long accepted, long duplicates, long rejected) {
    }

    /** The standard demo, ending yesterday (UTC) so that no feedback lies in the future. */
    public Loaded load() {
        return load(standardSpec());
    }

    /** The spec of the standard demo loaded today. */
    public static DemoSpec standardSpec() {
        return DemoSpec.standard(LocalDate.now(ZoneOffset.UTC).minusDays(1));
    }

    public Loaded load(DemoSpec spec) {
        List<FeedbackSubmission> all = DemoFeedbackGenerator.generate(spec);
        long accepted = 0;
        long duplicates = 0;
        long rejected = 0;
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<NumberedSubmission> chunk = new ArrayList<>(CHUNK);
            for (int i = from; i < Math.min(from + CHUNK, all.size()); i++) {
                chunk.add(new NumberedSubmission(i + 1, all.get(i)));
            }
            for (LineResult result : submitBatch.submitAll(chunk, ProductScope.allProducts())) {
                switch (result.status()) {
                    case accepted -> accepted++;
                    case duplicate -> duplicates++;
                    case rejected -> rejected++;
                }
            }
        }
        return new Loaded(spec, accepted, duplicates, rejected);
    }
}
