package io.voc.nlp.evaluation;

import io.voc.nlp.application.TextToAnalyze;
import io.voc.nlp.infrastructure.NlpModels;
import io.voc.nlp.model.Analysis;
import io.voc.nlp.model.Sentiment;
import io.voc.nlp.model.SentimentCombiner;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * {@code ./voc nlp eval FILE [--model voc|corenlp|both] [--threads N] [--errors N] [--data-dir DIR] [--half tuning|held-out]}: reads a TSV of
 * {@code label<TAB>text} and prints, per model, accuracy, macro-F1, the confusion matrix, docs/s and CPU
 * time per text. {@code --data-dir} tries changed knowledge files before they go live. It runs the app's own NLP code (no server needed) and no cache.
 */
public final class EvaluateCommand {

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println("usage: ./voc nlp eval FILE [--model voc|corenlp|both] [--threads N] [--errors N] [--data-dir DIR] [--half tuning|held-out]\n"
                    + "  FILE: UTF-8 lines label<TAB>text, labels 0/1 or negative/neutral/positive");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        String model = option(args, "--model", "both");
        int threads = Integer.parseInt(option(args, "--threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
        int errors = Integer.parseInt(option(args, "--errors", "0"));
        if (!Files.isReadable(file)) {
            System.err.println("cannot read " + file);
            System.exit(2);
        }
        List<LabelledText> set = half(LabelledText.read(file), option(args, "--half", "all"));
        System.out.printf("%s: %d texts, %d threads%n", file, set.size(), threads);
        long started = System.nanoTime();
        NlpModels models = NlpModels.load(Optional.ofNullable(option(args, "--data-dir", null)).map(Path::of));
        System.out.printf("models loaded in %.1f s, VOC NLP version %s%n%n", (System.nanoTime() - started) / 1e9,
                models.version());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            if (!model.equals("voc")) {
                report("CoreNLP alone (SR parser + sentiment model)", set, errors, pool,
                        t -> models.analyzeWithCoreNlpOnly(TextToAnalyze.of(t)));
            }
            if (!model.equals("corenlp")) {
                report("VOC model (CoreNLP where needed + app-feedback knowledge)", set, errors, pool,
                        t -> models.analyze(TextToAnalyze.of(t), true));
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void report(String title, List<LabelledText> set, int errors, ExecutorService pool,
            Function<String, Analysis> analyze) throws Exception {
        // one warm-up pass: the JIT, not the model, would otherwise dominate the first figures
        run(set, pool, analyze);
        long cpu = processCpuNanos();
        long started = System.nanoTime();
        List<Analysis> results = run(set, pool, analyze);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuMs = (processCpuNanos() - cpu) / 1e6;
        ConfusionMatrix matrix = new ConfusionMatrix();
        int sentences = 0;
        int parsed = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            LabelledText expected = set.get(i);
            Analysis got = results.get(i);
            // a text taken for a language without sentiment knowledge gets none: it counts as neutral
            Sentiment sentiment = got.sentiment() == null ? Sentiment.neutral() : got.sentiment();
            matrix.add(expected.label(), sentiment.label());
            if (expected.label() != sentiment.label() && wrong.size() < errors) {
                wrong.add(String.format("  expected %-8s got %-8s %+.2f  [%s] %s", expected.label().wireName(),
                        sentiment.label().wireName(), sentiment.score(), got.language(), expected.text()));
            }
            sentences += got.sentences().size();
            parsed += (int) got.sentences().stream().filter(s -> !s.source().equals(SentimentCombiner.LEXICON)).count();
        }
        System.out.println("== " + title);
        System.out.printf("accuracy %.1f%%   macro-F1 %.3f   (%d texts)%n", 100 * matrix.accuracy(), matrix.macroF1(),
                matrix.total());
        System.out.print(matrix.table());
        System.out.printf("speed    %.0f docs/s   %.2f CPU-ms per doc   CoreNLP parsed %d of %d sentences (%.0f%%)%n",
                set.size() / seconds, cpuMs / set.size(), parsed, sentences, sentences == 0 ? 0 : 100.0 * parsed / sentences);
        wrong.forEach(System.out::println);
        System.out.println();
    }

    private static List<Analysis> run(List<LabelledText> set, ExecutorService pool, Function<String, Analysis> analyze)
            throws Exception {
        List<Future<Analysis>> futures = new ArrayList<>();
        for (LabelledText t : set) {
            futures.add(pool.submit(() -> analyze.apply(t.text())));
        }
        List<Analysis> results = new ArrayList<>();
        for (Future<Analysis> f : futures) {
            results.add(f.get());
        }
        return results;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * Knowledge is tuned by looking at the errors on one half of a set (the 1st, 3rd, 5th... text) and
     * judged on the other half, which nobody tuning looks at: {@code --half tuning|held-out|all}.
     */
    private static List<LabelledText> half(List<LabelledText> all, String half) {
        if (half.equals("all")) {
            return all;
        }
        if (!half.equals("tuning") && !half.equals("held-out")) {
            throw new IllegalArgumentException("--half must be tuning, held-out or all");
        }
        int first = half.equals("tuning") ? 0 : 1;
        List<LabelledText> part = new ArrayList<>();
        for (int i = first; i < all.size(); i += 2) {
            part.add(all.get(i));
        }
        return part;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 1; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
