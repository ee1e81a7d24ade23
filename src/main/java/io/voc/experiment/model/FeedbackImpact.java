package io.voc.experiment.model;

import io.voc.platform.model.stats.FisherExactTest;
import io.voc.platform.model.stats.MultipleComparisons;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a variant did to what users say: the feedback its exposed users gave from their first exposure on -
 * how much (per 1,000 users), how negative, how they felt on average - and the aspects whose negative mentions
 * differ most from the control's. Feedback before a user's exposure, or of users never exposed, does not count.
 *
 * <p>Aspects are compared by users, not mentions (one angry user writing ten times is one user): for each
 * variant and aspect, the users with a negative mention against those without, control against variant, by
 * Fisher's exact test (two-sided: twice the smaller one-sided p, capped at 1), Benjamini-Hochberg over all the
 * aspects and variants compared. The feedback-derived metrics an experiment may name ({@link #METRICS}) are
 * per-user values summed the same way as event metrics, so the same tests read them.
 */
public record FeedbackImpact(List<VariantFeedback> variants, List<AspectDifference> aspects) {
    /** Feedback given per exposed user (shown per 1,000); a mean metric. */
    public static final String PER_USER = "feedback_per_1000_users";
    /** Users who gave at least one negative feedback; a proportion metric. */
    public static final String NEGATIVE_USERS = "feedback_negative_share";
    /** Each user's average sentiment score (-1 to 1), over users whose feedback was analysed; a mean metric. */
    public static final String MEAN_SENTIMENT = "feedback_mean_sentiment";
    public static final Set<String> METRICS = Set.of(PER_USER, NEGATIVE_USERS, MEAN_SENTIMENT);
    public static final int TOP_ASPECTS = 5;
    /** Fewer negative mentions than this in both groups together say nothing about an aspect. */
    static final int MIN_MENTIONS = 5;

    public FeedbackImpact {
        variants = List.copyOf(variants);
        aspects = List.copyOf(aspects);
    }

    /** One variant's users and their feedback after exposure. */
    public record VariantFeedback(String variant, long exposedUsers, long feedback, double perThousandUsers,
            long analysed, Double shareNegative, Double meanSentiment) {
    }

    /**
     * An aspect mentioned negatively by a different share of a variant's users than of the control's:
     * {@code controlUsers} of the control's exposed users, {@code variantUsers} of the variant's.
     */
    public record AspectDifference(String aspect, String variant, long controlUsers, long variantUsers,
            double controlPerThousand, double variantPerThousand, double pValue, double adjustedPValue) {
        public boolean significant() {
            return adjustedPValue < ResultsAnalysis.ALPHA;
        }
    }

    public static boolean isFeedbackMetric(String key) {
        return METRICS.contains(key);
    }

    /** Reads the feedback of the exposed users; {@code variants} in the experiment's order, the control first. */
    public static FeedbackImpact of(List<String> variants, List<FirstExposure> exposures, List<UserFeedback> feedback) {
        Users users = Users.of(exposures, feedback);
        List<VariantFeedback> perVariant = new ArrayList<>();
        for (String variant : variants) {
            List<UserState> in = users.of(variant);
            long given = in.stream().mapToLong(u -> u.feedback).sum();
            long analysed = in.stream().mapToLong(u -> u.analysed).sum();
            long negative = in.stream().mapToLong(u -> u.negative).sum();
            double scores = in.stream().mapToDouble(u -> u.scoreSum).sum();
            perVariant.add(new VariantFeedback(variant, in.size(), given, in.isEmpty() ? 0 : given * 1000.0 / in.size(),
                    analysed, analysed == 0 ? null : negative / (double) analysed,
                    analysed == 0 ? null : scores / analysed));
        }
        return new FeedbackImpact(perVariant, aspects(variants, users));
    }

    /** Per variant, the sums of a feedback-derived metric's per-user values (see {@link #METRICS}). */
    public static Map<String, ArmSums> sums(String metric, List<String> variants, List<FirstExposure> exposures,
            List<UserFeedback> feedback) {
        Users users = Users.of(exposures, feedback);
        Map<String, ArmSums> sums = new LinkedHashMap<>();
        for (String variant : variants) {
            long n = 0;
            double sum = 0;
            double squares = 0;
            for (UserState u : users.of(variant)) {
                Double value = switch (metric) {
                    case PER_USER -> (double) u.feedback;
                    case NEGATIVE_USERS -> u.negative > 0 ? 1.0 : 0.0;
                    case MEAN_SENTIMENT -> u.analysed == 0 ? null : u.scoreSum / u.analysed;
                    default -> throw new IllegalArgumentException("not a feedback metric: " + metric);
                };
                if (value != null) {
                    n++;
                    sum += value;
                    squares += value * value;
                }
            }
            sums.put(variant, new ArmSums(n, sum, squares));
        }
        return sums;
    }

    private static List<AspectDifference> aspects(List<String> variants, Users users) {
        String control = variants.get(0);
        List<UserState> controlUsers = users.of(control);
        Set<String> terms = new TreeSet<>();
        users.all().forEach(u -> terms.addAll(u.negativeAspects));
        List<AspectDifference> found = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        for (String variant : variants.subList(1, variants.size())) {
            List<UserState> variantUsers = users.of(variant);
            if (controlUsers.isEmpty() || variantUsers.isEmpty()) {
                continue;
            }
            for (String term : terms) {
                long c = controlUsers.stream().filter(u -> u.negativeAspects.contains(term)).count();
                long v = variantUsers.stream().filter(u -> u.negativeAspects.contains(term)).count();
                if (c + v < MIN_MENTIONS) {
                    continue;
                }
                double p = Math.min(1.0, 2 * Math.min(
                        FisherExactTest.greaterShare(v, variantUsers.size(), c, controlUsers.size()),
                        FisherExactTest.greaterShare(c, controlUsers.size(), v, variantUsers.size())));
                raw.add(p);
                found.add(new AspectDifference(term, variant, c, v, c * 1000.0 / controlUsers.size(),
                        v * 1000.0 / variantUsers.size(), p, p));
            }
        }
        if (found.isEmpty()) {
            return List.of();
        }
        double[] adjusted = MultipleComparisons.benjaminiHochberg(raw.stream().mapToDouble(Double::doubleValue).toArray());
        List<AspectDifference> result = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            AspectDifference d = found.get(i);
            result.add(new AspectDifference(d.aspect(), d.variant(), d.controlUsers(), d.variantUsers(),
                    d.controlPerThousand(), d.variantPerThousand(), d.pValue(), adjusted[i]));
        }
        result.sort(Comparator.comparingDouble(AspectDifference::adjustedPValue)
                .thenComparing(d -> -Math.abs(d.variantPerThousand() - d.controlPerThousand())));
        return result.subList(0, Math.min(TOP_ASPECTS, result.size()));
    }

    /** A user's feedback from their first exposure on. */
    private static final class UserState {
        final String variant;
        long feedback;
        long analysed;
        long negative;
        double scoreSum;
        final Set<String> negativeAspects = new HashSet<>();

        UserState(String variant) {
            this.variant = variant;
        }
    }

    private record Users(Map<String, UserState> byId) {
        static Users of(List<FirstExposure> exposures, List<UserFeedback> feedback) {
            Map<String, FirstExposure> exposed = new HashMap<>();
            exposures.forEach(e -> exposed.put(e.userId(), e));
            Map<String, UserState> states = new LinkedHashMap<>();
            exposures.forEach(e -> states.put(e.userId(), new UserState(e.variant())));
            for (UserFeedback f : feedback) {
                FirstExposure e = exposed.get(f.userId());
                if (e == null || f.at().isBefore(e.at())) {
                    continue; // never exposed, or said before seeing the variant
                }
                UserState u = states.get(f.userId());
                u.feedback++;
                if (f.score() != null) {
                    u.analysed++;
                    u.scoreSum += f.score();
                    u.negative += f.negative() ? 1 : 0;
                }
                f.aspects().stream().filter(a -> "negative".equals(a.sentiment()))
                        .forEach(a -> u.negativeAspects.add(a.term()));
            }
            return new Users(states);
        }

        List<UserState> of(String variant) {
            return byId.values().stream().filter(u -> u.variant.equals(variant)).toList();
        }

        java.util.Collection<UserState> all() {
            return byId.values();
        }
    }
}
