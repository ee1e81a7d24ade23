package io.voc.nlp.evaluation;

import io.voc.nlp.application.TextToAnalyze;
import io.voc.nlp.infrastructure.NlpModels;
import io.voc.nlp.model.Analysis;
import io.voc.nlp.model.SentimentCombiner;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * {@code ./voc nlp bench [N [ROUNDS]]}: the enrichment stage's work on N feedback texts of one to three
 * sentences (made of the evaluation set's sentences, every text different, so no cache helps), once with
 * CoreNLP alone and once with VOC's model, on all cores. Prints docs/s and CPU-ms per text per round.
 */
public final class NlpBenchmark {
    private static final long SEED = 20261126L;

    public static void main(String[] args) throws Exception {
        Path sentences = Path.of(args.length > 0 ? args[0] : "src/test/resources/nlp/app-feedback-sentiment.tsv");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int threads = Runtime.getRuntime().availableProcessors();
        List<String> texts = texts(LabelledText.read(sentences), n);
        double meanSentences = texts.stream().mapToInt(t -> t.split("(?<=[.!?])\\s+").length).average().orElse(0);
        System.out.printf("%d texts of 1-3 sentences (%.1f on average, %.0f characters), %d threads, %d CPU cores, "
                + "Java %s%n", texts.size(), meanSentences, texts.stream().mapToInt(String::length).average().orElse(0),
                threads, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        NlpModels models = NlpModels.load(Optional.empty());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // warm-up: JIT compilation and CoreNLP's lazy initialisation
            run(texts.subList(0, Math.min(500, texts.size())), pool, t -> models.analyze(TextToAnalyze.of(t), true));
            run(texts.subList(0, Math.min(300, texts.size())), pool, t -> models.analyzeWithCoreNlpOnly(TextToAnalyze.of(t)));
            for (int round = 1; round <= rounds; round++) {
                measure("round " + round + " CoreNLP alone", texts, pool, t -> models.analyzeWithCoreNlpOnly(TextToAnalyze.of(t)));
                measure("round " + round + " VOC model     ", texts, pool, t -> models.analyze(TextToAnalyze.of(t), true));
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Texts of 1-3 sentences drawn from the set, each combination once. */
    static List<String> texts(List<LabelledText> set, int n) {
        Random random = new Random(SEED);
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        int attempts = 0;
        while (seen.size() < n && attempts++ < n * 20) {
            int count = 1 + random.nextInt(3);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < count; i++) {
                String s = set.get(random.nextInt(set.size())).text();
                text.append(text.length() == 0 ? "" : " ").append(s);
                if (!s.matches(".*[.!?]$")) {
                    text.append('.');
                }
            }
            seen.add(text.toString());
        }
        return new ArrayList<>(seen);
    }

    private static void measure(String title, List<String> texts, ExecutorService pool, Function<String, Analysis> analyze)
            throws Exception {
        long cpu = processCpuNanos();
        long started = System.nanoTime();
        List<Analysis> results = run(texts, pool, analyze);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuMs = (processCpuNanos() - cpu) / 1e6;
        long sentences = results.stream().mapToLong(a -> a.sentences().size()).sum();
        long parsed = results.stream().flatMap(a -> a.sentences().stream())
                .filter(s -> !s.source().equals(SentimentCombiner.LEXICON)).count();
        System.out.printf("%s  %6.0f docs/s  %5.2f CPU-ms/doc  CoreNLP parsed %3.0f%% of sentences%n", title,
                texts.size() / seconds, cpuMs / texts.size(), 100.0 * parsed / Math.max(1, sentences));
    }

    private static List<Analysis> run(List<String> texts, ExecutorService pool, Function<String, Analysis> analyze)
            throws Exception {
        List<Future<Analysis>> futures = new ArrayList<>();
        for (String t : texts) {
            futures.add(pool.submit(() -> analyze.apply(t)));
        }
        List<Analysis> results = new ArrayList<>();
        for (Future<Analysis> f : futures) {
            results.add(f.get());
        }
        return results;
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
