package io.voc.experiment.application;

import io.voc.experiment.model.Allocation;
import io.voc.experiment.model.Assignment;
import io.voc.experiment.model.Design;
import io.voc.experiment.model.Experiment;
import io.voc.experiment.model.ExperimentKey;
import io.voc.experiment.model.Exposure;
import io.voc.experiment.model.Metric;
import io.voc.experiment.model.MetricEvent;
import io.voc.experiment.model.Metrics;
import io.voc.experiment.model.Targeting;
import io.voc.experiment.model.UserAttributes;
import io.voc.experiment.model.Variant;
import io.voc.experiment.model.stats.MetricKind;
import io.voc.feedback.model.ProductKey;
import io.voc.ingest.application.FeedbackSubmission;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo's experiment: aurora-music tries ads between songs for free listeners (b). Simulated listeners are
 * assigned by the experiment itself, exposed over two weeks, and then act: b upgrades to premium more often
 * (the ads push them) but a good share of its listeners complain about the ads - the lift and the harm a
 * product team must weigh. Deterministic (fixed seed, stable ids), so loading it twice stores nothing twice.
 */
public final class DemoExperiment {
    public static final ExperimentKey KEY = new ExperimentKey("aurora-ads-between-songs");
    public static final ProductKey PRODUCT = new ProductKey("aurora-music");
    static final int LISTENERS = 3_000;
    private static final List<String> ADS_COMPLAINTS = List.of(
            "Way too many ads between songs now, it ruins the flow of my playlists.",
            "The ads after every second song are unbearable, I am looking for another app.",
            "An ad between every few tracks? Terrible, the music keeps stopping for ads.",
            "Ads interrupt the music constantly. Annoying and loud.",
            "I hate the new ads between songs, they are longer than the songs.");
    private static final List<String> OTHER = List.of(
            "Love the new discovery playlist, great recommendations.",
            "Sound quality is great on my headphones.",
            "The app crashed when I opened my library.",
            "Offline downloads work well on the train.",
            "Search finds songs quickly, nice.");

    private DemoExperiment() {
    }

    /** What the demo sends: the exposures, the metric events and the listeners' feedback. */
    public record Traffic(List<Exposure> exposures, List<MetricEvent> events, List<FeedbackSubmission> feedback) {
    }

    public static Design design() {
        return new Design(KEY, "Ads between songs for free listeners make more of them upgrade to premium, "
                + "without driving listeners away.", PRODUCT,
                new Allocation(List.of(new Variant("control", "No ads between songs", 5_000),
                        new Variant("b", "Ads between songs", 5_000))),
                Targeting.EVERYONE,
                new Metrics(new Metric("premium_upgrade", MetricKind.PROPORTION, Metric.Goal.INCREASE),
                        List.of(new Metric("sessions", MetricKind.MEAN, Metric.Goal.INCREASE)),
                        List.of(new Metric("feedback_negative_share", MetricKind.PROPORTION, Metric.Goal.DECREASE))),
                1_000, null);
    }

    /** Started two weeks before {@code lastDay}, the demo data's last day. */
    public static Instant startedAt(LocalDate lastDay) {
        return lastDay.minusDays(14).atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    /** The listeners' traffic in the running experiment, up to the end of {@code lastDay}. */
    public static Traffic traffic(Experiment running, LocalDate lastDay) {
        Instant start = running.currentPhase().orElseThrow().startedAt();
        Random random = new Random(20261126);
        List<Exposure> exposures = new ArrayList<>();
        List<MetricEvent> events = new ArrayList<>();
        List<FeedbackSubmission> feedback = new ArrayList<>();
        for (int i = 0; i < LISTENERS; i++) {
            String user = String.format("demo-listener-%04d", i);
            String platform = i % 3 == 0 ? "ios" : "android";
            Assignment assigned = running.assign(new UserAttributes(user, platform, "eu", "5.2.0")).orElseThrow();
            boolean b = assigned.variant().equals("b");
            // exposed over the first ten days, then acting in the days after
            Instant exposed = start.plus(Duration.ofMinutes(random.nextInt(10 * 24 * 60)));
            exposures.add(new Exposure("demo-x-" + user, KEY, user, assigned.variant(), assigned.phase(), exposed));
            int sessions = Math.max(0, (int) Math.round((b ? 17 : 18) + 5 * random.nextGaussian()));
            for (int s = 0; s < Math.min(sessions, 3); s++) { // a few session events carry the count
                events.add(new MetricEvent("demo-s-" + user + "-" + s, user, PRODUCT, "sessions",
                        s == 0 ? sessions - Math.min(sessions, 3) + 1 : 1, after(exposed, random, lastDay)));
            }
            if (random.nextDouble() < (b ? 0.13 : 0.06)) {
                events.add(new MetricEvent("demo-u-" + user, user, PRODUCT, "premium_upgrade", 1,
                        after(exposed, random, lastDay)));
            }
            if (random.nextDouble() < (b ? 0.14 : 0.015)) {
                feedback.add(submission(user, platform, ADS_COMPLAINTS.get(random.nextInt(ADS_COMPLAINTS.size())), 1,
                        after(exposed, random, lastDay), "ads"));
            }
            if (random.nextDouble() < 0.06) {
                feedback.add(submission(user, platform, OTHER.get(random.nextInt(OTHER.size())), 4,
                        after(exposed, random, lastDay), "other"));
            }
        }
        return new Traffic(exposures, events, feedback);
    }

    /** A moment between {@code exposed} and the end of the last day. */
    private static Instant after(Instant exposed, Random random, LocalDate lastDay) {
        Instant end = lastDay.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1);
        long span = Math.max(1, Duration.between(exposed, end).toMinutes());
        return exposed.plus(Duration.ofMinutes(1 + (long) (random.nextDouble() * (span - 1))));
    }

    private static FeedbackSubmission submission(String user, String platform, String text, int rating, Instant at,
            String kind) {
        return new FeedbackSubmission(FeedbackSubmission.SCHEMA_VERSION, PRODUCT.value(), "in_app",
                "demo-experiment-" + kind + "-" + user, text, rating, "en-GB", "eu", "5.2.0", platform, user,
                at.toString(), null, java.util.Map.of("experiment", KEY.value()));
    }
}
