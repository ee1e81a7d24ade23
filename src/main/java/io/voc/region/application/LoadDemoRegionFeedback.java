package io.voc.region.application;

import io.voc.ingest.application.FeedbackSubmission;
import io.voc.ingest.demo.DemoFeedbackGenerator;
import io.voc.ingest.demo.DemoSpec;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Use case: the demo's regional feedback - per configured region a few days of demo feedback written to that
 * region's own cluster, one in ten carrying an e-mail address, a phone number or a payment card number, so
 * the bridge visibly carries it home and scrubs it on the way. Stable source ids: loading twice stores
 * nothing twice at home.
 */
@ApplicationScoped
public class LoadDemoRegionFeedback {
    public static final int PER_REGION = 1_200;
    private static final int DAYS = 7;
    private static final List<String> PII = List.of(
            " Reach me at jamie.lee@example.com if you need details.",
            " Call me back on +65 9123 4567 please.",
            " I was charged twice on card 4111 1111 1111 1111!");

    private final RegionFeedbackSources sources;

    LoadDemoRegionFeedback(RegionFeedbackSources sources) {
        this.sources = sources;
    }

    /** Feedback written per region. */
    public Map<String, Integer> load() {
        Map<String, Integer> written = new LinkedHashMap<>();
        List<String> regions = sources.regions();
        for (int r = 0; r < regions.size(); r++) {
            String region = regions.get(r);
            written.put(region, sources.publish(region, feedback(region, 7_000 + r, PER_REGION)));
        }
        return written;
    }

    /** {@code count} demo feedback of a region (at most 200,000), one in ten with PII in its text. */
    public static List<FeedbackSubmission> feedback(String region, long seed, int count) {
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        List<FeedbackSubmission> demo = DemoFeedbackGenerator.generate(new DemoSpec(seed, yesterday, DAYS, count));
        List<FeedbackSubmission> out = new ArrayList<>(demo.size());
        for (int i = 0; i < demo.size(); i++) {
            FeedbackSubmission s = demo.get(i);
            String text = i % 10 == 3 ? s.text() + PII.get(i / 10 % PII.size()) : s.text();
            out.add(new FeedbackSubmission(s.schemaVersion(), s.product(), s.channel(), region + "-" + s.sourceId(),
                    text, s.rating(), s.locale(), s.region(), s.appVersion(), s.platform(), s.userId(), s.createdAt(),
                    null, s.attributes()));
        }
        return out;
    }
}
