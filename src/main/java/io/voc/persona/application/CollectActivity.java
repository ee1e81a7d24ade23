package io.voc.persona.application;

import io.voc.feedback.model.ProductScope;
import io.voc.nlp.model.Analysis;
import io.voc.nlp.model.Aspect;
import io.voc.nlp.model.SentimentLabel;
import io.voc.persona.model.UserActivity;
import io.voc.search.application.FeedbackScans;
import io.voc.search.model.FeedbackFilter;
import io.voc.search.model.FoundFeedback;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the feedback of a window, page by page from one consistent view of the store, and sums it up per author.
 * Feedback without a user id has no author to describe and is skipped; feedback not analysed yet counts for its
 * volume and platform only.
 */
@ApplicationScoped
public class CollectActivity {
    static final int PAGE_SIZE = 1_000;

    private final FeedbackScans scans;

    CollectActivity(FeedbackScans scans) {
        this.scans = scans;
    }

    /** Hears how many feedback were read so far, of how many. */
    public interface Progress {
        void read(long done, long total);
    }

    /** The activity of every author in {@code [from, to)}; {@code progress} hears of every page read. */
    public List<UserActivity> between(Instant from, Instant to, Progress progress) {
        Map<String, UserActivity> byUser = new HashMap<>();
        long done = 0;
        try (FeedbackScans.Scan scan = scans.open(new FeedbackFilter(null, null, from, to, ProductScope.allProducts()),
                PAGE_SIZE)) {
            for (List<FoundFeedback> page = scan.nextPage(); !page.isEmpty(); page = scan.nextPage()) {
                for (FoundFeedback found : page) {
                    String userId = found.feedback().userId();
                    if (userId != null) {
                        add(byUser.computeIfAbsent(userId, UserActivity::new), found);
                    }
                }
                done += page.size();
                progress.read(done, scan.total());
            }
        }
        return new ArrayList<>(byUser.values());
    }

    private static void add(UserActivity user, FoundFeedback found) {
        Analysis a = found.analysis();
        String platform = found.feedback().platform();
        if (a == null) {
            user.add(List.of(), List.of(), null, null, platform);
            return;
        }
        List<String> complaints = a.aspects().stream()
                .filter(aspect -> aspect.sentiment() != null && aspect.sentiment().label() == SentimentLabel.NEGATIVE)
                .map(Aspect::term).toList();
        user.add(a.topics(), complaints, a.sentiment() == null ? null : a.sentiment().score(),
                a.intent() == null ? null : a.intent().wireName(), platform);
    }
}
