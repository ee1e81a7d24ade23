package io.voc.persona.model;

import io.voc.warehouse.model.UserProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The dimensions users are compared on and how a user becomes a point. Shares and one-hot values (a topic's
 * share, "is premium") stay as they are, between 0 and 1: two users of different age bands are as far apart as
 * two of different plans, however rare either band is (scaling by the standard deviation would make every rare
 * value a persona of its own). The numbers (mood, volume, tenure) are scaled to two standard deviations, which
 * puts most users within one unit of the mean, like the shares. An unknown value (no profile, no sentiment) sits
 * at the mean. Topics and complaints are the most common ones only: a topic three users mention describes
 * nobody's persona. For naming, {@link #standardized} tells how far a group stands out on each dimension.
 */
public final class FeatureSpace {
    /** Most common topics and complaints kept as dimensions. */
    public static final int TOP = 12;

    private final List<Feature> features;
    private final double[] mean;
    private final double[] std;
    private final double[] weight;

    private FeatureSpace(List<Feature> features, double[] mean, double[] std, double[] weight) {
        this.features = List.copyOf(features);
        this.mean = mean;
        this.std = std;
        this.weight = weight;
    }

    /** The space of these users: their most common topics and complaints, every profile value that occurs. */
    public static FeatureSpace of(List<UserActivity> users, Map<String, UserProfile> profiles) {
        List<Feature> features = new ArrayList<>();
        top(users, UserActivity::topics, TOP).forEach(t -> features.add(new Feature(Feature.Kind.TOPIC, t)));
        top(users, UserActivity::complaints, TOP).forEach(a -> features.add(new Feature(Feature.Kind.COMPLAINT, a)));
        top(users, UserActivity::intents, Integer.MAX_VALUE).forEach(i -> features.add(new Feature(Feature.Kind.INTENT, i)));
        top(users, UserActivity::platforms, Integer.MAX_VALUE).forEach(p -> features.add(new Feature(Feature.Kind.PLATFORM, p)));
        features.add(new Feature(Feature.Kind.SENTIMENT, ""));
        features.add(new Feature(Feature.Kind.VOLUME, ""));
        values(profiles, UserProfile::ageBand).forEach(v -> features.add(new Feature(Feature.Kind.AGE_BAND, v)));
        values(profiles, UserProfile::deviceTier).forEach(v -> features.add(new Feature(Feature.Kind.DEVICE_TIER, v)));
        values(profiles, UserProfile::membership).forEach(v -> features.add(new Feature(Feature.Kind.MEMBERSHIP, v)));
        values(profiles, UserProfile::activityLevel).forEach(v -> features.add(new Feature(Feature.Kind.ACTIVITY, v)));
        features.add(new Feature(Feature.Kind.TENURE, ""));

        int d = features.size();
        double[] sum = new double[d];
        double[] squares = new double[d];
        int[] known = new int[d];
        FeatureSpace raw = new FeatureSpace(features, new double[d], ones(d), ones(d));
        for (UserActivity user : users) {
            double[] x = raw.raw(user, profiles.get(user.userId()));
            for (int j = 0; j < d; j++) {
                if (!Double.isNaN(x[j])) {
                    sum[j] += x[j];
                    squares[j] += x[j] * x[j];
                    known[j]++;
                }
            }
        }
        double[] mean = new double[d];
        double[] std = new double[d];
        double[] weight = new double[d];
        for (int j = 0; j < d; j++) {
            mean[j] = known[j] == 0 ? 0 : sum[j] / known[j];
            double variance = known[j] == 0 ? 0 : squares[j] / known[j] - mean[j] * mean[j];
            std[j] = variance > 1e-12 ? Math.sqrt(variance) : 1; // a constant dimension stays 0 for everyone
            weight[j] = features.get(j).kind().numeric() ? 2 * std[j] : 1;
        }
        return new FeatureSpace(features, mean, std, weight);
    }

    public List<Feature> features() {
        return features;
    }

    /** The user as a point of the space. */
    public double[] point(UserActivity user, UserProfile profile) {
        double[] x = raw(user, profile);
        for (int j = 0; j < x.length; j++) {
            x[j] = Double.isNaN(x[j]) ? 0 : (x[j] - mean[j]) / weight[j];
        }
        return x;
    }

    /** Standard deviations from the mean of all users, per dimension (unknown values: 0). */
    public double[] standardized(UserActivity user, UserProfile profile) {
        double[] x = raw(user, profile);
        for (int j = 0; j < x.length; j++) {
            x[j] = Double.isNaN(x[j]) ? 0 : (x[j] - mean[j]) / std[j];
        }
        return x;
    }

    private double[] raw(UserActivity user, UserProfile profile) {
        double[] x = new double[features.size()];
        for (int j = 0; j < x.length; j++) {
            Feature f = features.get(j);
            x[j] = switch (f.kind()) {
                case TOPIC -> user.topicShare(f.value());
                case COMPLAINT -> user.complaintShare(f.value());
                case INTENT -> user.intentShare(f.value());
                case PLATFORM -> user.platformShare(f.value());
                case SENTIMENT -> user.meanSentiment() == null ? Double.NaN : user.meanSentiment();
                case VOLUME -> Math.log1p(user.feedback());
                case AGE_BAND -> oneHot(profile, UserProfile::ageBand, f.value());
                case DEVICE_TIER -> oneHot(profile, UserProfile::deviceTier, f.value());
                case MEMBERSHIP -> oneHot(profile, UserProfile::membership, f.value());
                case ACTIVITY -> oneHot(profile, UserProfile::activityLevel, f.value());
                case TENURE -> profile == null || profile.tenureDays() == null ? Double.NaN
                        : Math.log1p(profile.tenureDays());
            };
        }
        return x;
    }

    private static double oneHot(UserProfile profile, Function<UserProfile, String> dimension, String value) {
        if (profile == null || dimension.apply(profile) == null) {
            return Double.NaN;
        }
        return value.equals(dimension.apply(profile)) ? 1 : 0;
    }

    /** The keys users have most often (by number of users, then alphabetically: the same data, the same order). */
    private static List<String> top(List<UserActivity> users, Function<UserActivity, Map<String, Integer>> counts,
            int limit) {
        Map<String, Integer> usersWith = new TreeMap<>();
        users.forEach(u -> counts.apply(u).keySet().forEach(k -> usersWith.merge(k, 1, Integer::sum)));
        return usersWith.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    private static List<String> values(Map<String, UserProfile> profiles, Function<UserProfile, String> dimension) {
        return profiles.values().stream().map(dimension).filter(v -> v != null).distinct()
                .sorted(Comparator.naturalOrder()).toList();
    }

    private static double[] ones(int d) {
        double[] x = new double[d];
        java.util.Arrays.fill(x, 1);
        return x;
    }
}
