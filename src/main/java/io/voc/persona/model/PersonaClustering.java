package io.voc.persona.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.clustering.MultiKMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.Well19937c;

/**
 * Users grouped by k-means++ (Apache Commons Math), for every k of a range, keeping the k whose grouping has the
 * best mean silhouette (how much closer each user is to their own group than to the next one; ties go to the
 * smaller k). Each k is run {@value #TRIALS} times from different seeds drawn from the given one, keeping the
 * tightest: the same points in the same order with the same seed always give the same groups. Groups are numbered
 * by size, largest first.
 */
public final class PersonaClustering {
    static final int TRIALS = 5;
    static final int MAX_ITERATIONS = 300;
    /** Silhouettes cost the square of the points: they are measured on an evenly spread sample of this many. */
    static final int SILHOUETTE_SAMPLE = 1_500;

    /** The chosen grouping: each point's group (0 = largest), and the silhouette of every k tried. */
    public record Result(int k, double silhouette, int[] groupOf, Map<Integer, Double> silhouetteByK) {
    }

    private PersonaClustering() {
    }

    public static Result cluster(List<double[]> points, int kMin, int kMax, long seed) {
        if (kMin < 2 || kMax < kMin) {
            throw new IllegalArgumentException("k must range over at least 2 (got " + kMin + " to " + kMax + ")");
        }
        if (points.size() <= kMax) {
            throw new IllegalArgumentException("too few users (" + points.size() + ") for up to " + kMax + " personas");
        }
        List<Point> all = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            all.add(new Point(i, points.get(i)));
        }
        Map<Integer, Double> silhouettes = new LinkedHashMap<>();
        Result best = null;
        for (int k = kMin; k <= kMax; k++) {
            KMeansPlusPlusClusterer<Point> kMeans = new KMeansPlusPlusClusterer<>(k, MAX_ITERATIONS,
                    new EuclideanDistance(), new Well19937c(seed * 31 + k));
            List<CentroidCluster<Point>> clusters = new MultiKMeansPlusPlusClusterer<>(kMeans, TRIALS).cluster(all);
            int[] groupOf = numberedBySize(clusters, points.size());
            double silhouette = silhouette(points, groupOf, k);
            silhouettes.put(k, silhouette);
            if (best == null || silhouette > best.silhouette() + 1e-9) {
                best = new Result(k, silhouette, groupOf, null);
            }
        }
        return new Result(best.k(), best.silhouette(), best.groupOf(), silhouettes);
    }

    private static int[] numberedBySize(List<CentroidCluster<Point>> clusters, int n) {
        List<CentroidCluster<Point>> ordered = new ArrayList<>(clusters);
        ordered.sort(Comparator.<CentroidCluster<Point>>comparingInt(c -> -c.getPoints().size())
                .thenComparingInt(c -> c.getPoints().stream().mapToInt(p -> p.index).min().orElse(Integer.MAX_VALUE)));
        int[] groupOf = new int[n];
        Arrays.fill(groupOf, -1);
        for (int g = 0; g < ordered.size(); g++) {
            for (Point p : ordered.get(g).getPoints()) {
                groupOf[p.index] = g;
            }
        }
        return groupOf;
    }

    /** Mean silhouette over an evenly spread sample; a point alone in its group counts 0. */
    static double silhouette(List<double[]> points, int[] groupOf, int k) {
        int step = Math.max(1, points.size() / SILHOUETTE_SAMPLE);
        List<Integer> sample = new ArrayList<>();
        for (int i = 0; i < points.size(); i += step) {
            sample.add(i);
        }
        double total = 0;
        for (int i : sample) {
            double[] sums = new double[k];
            int[] counts = new int[k];
            for (int j : sample) {
                if (j != i) {
                    sums[groupOf[j]] += distance(points.get(i), points.get(j));
                    counts[groupOf[j]]++;
                }
            }
            int own = groupOf[i];
            if (counts[own] == 0) {
                continue;
            }
            double a = sums[own] / counts[own];
            double b = Double.MAX_VALUE;
            for (int g = 0; g < k; g++) {
                if (g != own && counts[g] > 0) {
                    b = Math.min(b, sums[g] / counts[g]);
                }
            }
            if (b < Double.MAX_VALUE) {
                total += (b - a) / Math.max(a, b);
            }
        }
        return total / sample.size();
    }

    private static double distance(double[] x, double[] y) {
        double sum = 0;
        for (int j = 0; j < x.length; j++) {
            double d = x[j] - y[j];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    private record Point(int index, double[] x) implements Clusterable {
        @Override
        public double[] getPoint() {
            return x;
        }
    }
}
