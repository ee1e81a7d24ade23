package io.voc.ingest.demo;

import static io.voc.ingest.demo.DemoCatalog.ANDROID;
import static io.voc.ingest.demo.DemoCatalog.TRIPNEST;
import static io.voc.ingest.demo.DemoCatalog.pick;

import io.voc.ingest.demo.DemoFeedbackGenerator.DemoAuthor;
import io.voc.ingest.demo.DemoPhrases.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The profiles of the demo feedback's authors, as the demo's warehouse holds them, with groups of users planted
 * for the personas job to find: who a user is goes with what they write about.
 * <ul>
 * <li>{@link Group#NEW_ANDROID_LOGIN}: Android users who write about login trouble are new (at most a month),
 * on the free plan, young, on low-end phones and seldom active - "new Android users stuck at login".</li>
 * <li>{@link Group#PAYING_PRICE_ANGRY}: users who write about prices (aurora-music's increase, fees) are
 * long-standing premium subscribers, highly active on high-end devices - "paying customers angry about the
 * price".</li>
 * <li>{@link Group#LOYAL_TRAVELLERS}: tripnest users who praise it are 45 or older, with years of tenure,
 * mid-range or high-end devices, active, in the loyalty plan ({@code plus}) - "loyal older travellers who love
 * it".</li>
 * </ul>
 * Everybody else ({@link Group#NONE}) is a typical user, drawn independently of what they write: mostly 25-44,
 * mid-range devices, three months to two years of tenure, free (one in twenty premium), moderately active. A user
 * belongs to
 * the group of their first feedback that fits one. The same spec always gives the same profiles, in user id order.
 */
public final class DemoProfiles {

    public enum Group {
        NEW_ANDROID_LOGIN, PAYING_PRICE_ANGRY, LOYAL_TRAVELLERS, NONE
    }

    /** One demo user's profile and the group it was planted in. */
    public record DemoProfile(String userId, Group group, String country, String ageBand, String deviceTier,
            int tenureDays, String membership, String activityLevel) {
    }

    private static final List<String> AGE_BANDS = List.of("18-24", "25-34", "35-44", "45-54", "55+");
    private static final List<String> TIERS = List.of("low", "mid", "high");
    private static final List<String> ACTIVITY = List.of("low", "medium", "high");
    private static final List<String> MEMBERSHIPS = List.of("free", "premium");

    private DemoProfiles() {
    }

    public static List<DemoProfile> generate(DemoSpec spec) {
        Map<String, DemoAuthor> firstFitting = new LinkedHashMap<>();
        for (DemoAuthor author : DemoFeedbackGenerator.authors(spec)) {
            DemoAuthor known = firstFitting.get(author.userId());
            if (known == null || (group(known) == Group.NONE && group(author) != Group.NONE)) {
                firstFitting.put(author.userId(), author);
            }
        }
        List<DemoAuthor> authors = new ArrayList<>(firstFitting.values());
        authors.sort(Comparator.comparing(DemoAuthor::userId));
        // a stream of its own: the profiles do not change the feedback, whose random choices come first
        SplittableRandom rng = new SplittableRandom(spec.seed() ^ 0x5eed_9e0f_11e5L);
        return authors.stream().map(a -> profile(a, group(a), rng)).toList();
    }

    static Group group(DemoAuthor a) {
        if (ANDROID.equals(a.platform()) && (a.topic() == Topic.LOGIN || a.topic() == Topic.LOGIN_CRASH)) {
            return Group.NEW_ANDROID_LOGIN;
        }
        if (a.topic() == Topic.PRICE_INCREASE || a.topic() == Topic.PRICING) {
            return Group.PAYING_PRICE_ANGRY;
        }
        if (TRIPNEST.equals(a.product()) && (a.topic() == Topic.PRAISE || a.topic() == Topic.SUPPORT_PRAISE)) {
            return Group.LOYAL_TRAVELLERS;
        }
        return Group.NONE;
    }

    private static DemoProfile profile(DemoAuthor a, Group group, SplittableRandom rng) {
        return switch (group) {
            case NEW_ANDROID_LOGIN -> new DemoProfile(a.userId(), group, a.country(),
                    pick(rng, AGE_BANDS, 0.55, 0.35, 0.1, 0, 0), pick(rng, TIERS, 0.8, 0.2, 0),
                    1 + rng.nextInt(30), "free", pick(rng, ACTIVITY, 0.85, 0.15, 0));
            case PAYING_PRICE_ANGRY -> new DemoProfile(a.userId(), group, a.country(),
                    pick(rng, AGE_BANDS, 0, 0.5, 0.4, 0.1, 0), pick(rng, TIERS, 0, 0.15, 0.85),
                    700 + rng.nextInt(1800), "premium", pick(rng, ACTIVITY, 0, 0.15, 0.85));
            case LOYAL_TRAVELLERS -> new DemoProfile(a.userId(), group, a.country(),
                    pick(rng, AGE_BANDS, 0, 0, 0, 0.5, 0.5), pick(rng, TIERS, 0, 0.6, 0.4),
                    1000 + rng.nextInt(2500), "plus", pick(rng, ACTIVITY, 0, 0.4, 0.6));
            case NONE -> new DemoProfile(a.userId(), group, a.country(),
                    pick(rng, AGE_BANDS, 0.05, 0.5, 0.4, 0.04, 0.01), pick(rng, TIERS, 0.1, 0.85, 0.05),
                    90 + rng.nextInt(630), pick(rng, MEMBERSHIPS, 0.95, 0.05), pick(rng, ACTIVITY, 0.1, 0.85, 0.05));
        };
    }
}
