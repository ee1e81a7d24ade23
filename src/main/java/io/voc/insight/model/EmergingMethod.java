package io.voc.insight.model;

import io.voc.platform.model.stats.FisherExactTest;
import io.voc.platform.model.stats.MultipleComparisons;
import io.voc.search.model.Narrowing;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.List;

/**
 * How VOC decides that a topic, aspect or term is emerging; {@link #EXPLANATION} says it in plain words
 * for the page and the API. Per candidate: its share of the window's feedback against its share of the
 * baseline's (Fisher's exact test, one-sided), and the share of negative feedback about it, window against
 * baseline (the same test); Benjamini-Hochberg over every test; minimum counts and effect sizes so that a
 * large product's tiny wobbles do not count; ranked by the extra feedback a rise brought.
 */
public final class EmergingMethod {
    /** A rise counts when its q-value is at most this: on average at most 5% of the listed rises are chance. */
    public static final double FALSE_DISCOVERY_RATE = 0.05;
    /** Fewer feedback in the window than this (about the candidate, or negative about it) are not judged. */
    public static final int MIN_COUNT = 5;
    /** The share must have grown at least this many times to count as a volume rise. */
    public static final double MIN_RATIO = 1.5;
    /** The negative share must have grown by at least this much (10 percentage points). */
    public static final double MIN_NEGATIVITY_RISE = 0.10;
    /** A baseline with fewer feedback than this says too little about what is usual. */
    public static final int MIN_BASELINE = 30;
    /** A narrowed baseline that is too small is widened by dropping these, in this order. */
    public static final List<Narrowing.Field> WIDENING_ORDER = List.of(Narrowing.Field.APP_VERSION,
            Narrowing.Field.PLATFORM, Narrowing.Field.REGION);

    public static final List<String> EXPLANATION = List.of(
            "For every topic, aspect and term, VOC counts the feedback about it in the window and in the baseline "
                    + "right before it, and compares its share of all feedback: 12 of 60 feedback (20%) this week "
                    + "against 10 of 400 (2.5%) in the four weeks before is a rise.",
            "Fisher's exact test gives the chance of a rise at least that large if nothing had changed (the "
                    + "p-value). Many candidates are tested at once, so the Benjamini-Hochberg correction turns the "
                    + "p-values into q-values: a rise is listed when q is at most " + percent(FALSE_DISCOVERY_RATE)
                    + " (of the listed rises, at most " + percent(FALSE_DISCOVERY_RATE)
                    + " are expected to be chance), the window has at least " + MIN_COUNT
                    + " feedback about it and its share grew at least " + MIN_RATIO + " times.",
            "Negativity is the same test on the share of negative feedback among the feedback about a candidate "
                    + "(for an aspect, how the aspect itself was spoken of); it is listed when that share rose by at "
                    + "least " + Math.round(MIN_NEGATIVITY_RISE * 100) + " percentage points and the window has at least "
                    + MIN_COUNT + " negative feedback about it.",
            "Topics come from VOC's taxonomy and aspects from its NLP; terms are keyphrases that Elasticsearch's "
                    + "significant_terms finds over-represented in the window, and the correction counts every "
                    + "keyphrase of the window as tested, so this pre-selection cannot flatter them.",
            "The list is ranked by how many more feedback than usual a rise brought: the window's count minus "
                    + "what the baseline's share predicts (for negativity, the negative feedback minus what the "
                    + "baseline's negative share predicts), so a large rise about many feedback comes before a big "
                    + "ratio on a handful. The ratio shown is how many times the share grew (half a feedback is "
                    + "added to every count, so something new in the window gets a finite ratio). Keyphrases that "
                    + "are also a topic or an aspect are listed once. When a narrowed baseline has fewer than "
                    + MIN_BASELINE + " feedback (a new app version, say), the baseline is widened - without the "
                    + "version, then the platform, then the region - and the page says so.");

    private EmergingMethod() {
    }

    /** The assessment of one tally: the candidates that rose, most risen first, and what was tested. */
    public record Assessment(List<EmergingItem> items, int tests, long family) {
    }

    public static Assessment assess(CandidateTally tally) {
        // a keyphrase that is also a topic or an aspect ("login") is listed once, as the topic or aspect
        Set<String> named = new HashSet<>();
        tally.candidates().stream().filter(c -> c.kind() != CandidateKind.TERM).forEach(c -> named.add(c.key()));
        List<CandidateCounts> judged = tally.candidates().stream().filter(c -> c.windowCount() >= MIN_COUNT)
                .filter(c -> c.kind() != CandidateKind.TERM || !named.contains(c.key())).toList();
        if (tally.windowTotal() == 0 || tally.baselineTotal() == 0 || judged.isEmpty()) {
            return new Assessment(List.of(), 0, 0);
        }
        List<Double> p = new ArrayList<>();
        for (CandidateCounts c : judged) {
            p.add(FisherExactTest.greaterShare(c.windowCount(), tally.windowTotal(), c.baselineCount(),
                    tally.baselineTotal()));
        }
        List<Integer> negativityTest = new ArrayList<>(); // index into p, or -1
        for (CandidateCounts c : judged) {
            if (c.windowNegative() >= MIN_COUNT && c.baselineCount() > 0) {
                negativityTest.add(p.size());
                p.add(FisherExactTest.greaterShare(c.windowNegative(), c.windowCount(), c.baselineNegative(),
                        c.baselineCount()));
            } else {
                negativityTest.add(-1);
            }
        }
        long testedTerms = judged.stream().filter(c -> c.kind() == CandidateKind.TERM).count();
        long family = p.size() + Math.max(0, tally.distinctTerms() - testedTerms);
        double[] q = MultipleComparisons.benjaminiHochberg(p.stream().mapToDouble(Double::doubleValue).toArray(),
                family);

        List<EmergingItem> items = new ArrayList<>();
        for (int i = 0; i < judged.size(); i++) {
            int n = negativityTest.get(i);
            EmergingItem item = item(judged.get(i), tally, p.get(i), q[i], n < 0 ? null : p.get(n), n < 0 ? null : q[n]);
            if (item != null) {
                items.add(item);
            }
        }
        items.sort(Comparator.comparingDouble(EmergingItem::extra).reversed()
                .thenComparing(Comparator.comparingLong(EmergingItem::windowCount).reversed())
                .thenComparing(EmergingItem::key));
        return new Assessment(List.copyOf(items), p.size(), family);
    }

    /** The item of a candidate, or null when neither its volume nor its negativity rose enough. */
    private static EmergingItem item(CandidateCounts c, CandidateTally tally, double p, double q, Double negP,
            Double negQ) {
        double windowShare = (double) c.windowCount() / tally.windowTotal();
        double baselineShare = (double) c.baselineCount() / tally.baselineTotal();
        double ratio = ratio(c.windowCount(), tally.windowTotal(), c.baselineCount(), tally.baselineTotal());
        boolean volume = q <= FALSE_DISCOVERY_RATE && ratio >= MIN_RATIO;
        Double negWindow = c.windowCount() == 0 ? null : (double) c.windowNegative() / c.windowCount();
        Double negBaseline = c.baselineCount() == 0 ? null : (double) c.baselineNegative() / c.baselineCount();
        boolean negativity = negQ != null && negQ <= FALSE_DISCOVERY_RATE
                && negWindow - negBaseline >= MIN_NEGATIVITY_RISE;
        if (!volume && !negativity) {
            return null;
        }
        Signal signal = volume && negativity ? Signal.BOTH : volume ? Signal.VOLUME : Signal.NEGATIVITY;
        double extraVolume = c.windowCount() - tally.windowTotal() * baselineShare;
        double extraNegative = negativity ? c.windowNegative() - c.windowCount() * negBaseline : 0;
        double extra = signal == Signal.VOLUME ? extraVolume
                : signal == Signal.NEGATIVITY ? extraNegative : Math.max(extraVolume, extraNegative);
        return new EmergingItem(c.kind(), c.key(), c.windowCount(), c.baselineCount(), windowShare, baselineShare,
                ratio, p, q, c.windowNegative(), c.baselineNegative(), negWindow, negBaseline, negP, negQ, signal,
                extra);
    }

    /**
     * How many times a share grew, {@code (a/nA) / (b/nB)}, with half a count added to each cell
     * (Haldane-Anscombe): finite when the baseline had none, and less excitable on tiny counts.
     */
    static double ratio(long a, long nA, long b, long nB) {
        return ((a + 0.5) / (nA + 1.0)) / ((b + 0.5) / (nB + 1.0));
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }
}
