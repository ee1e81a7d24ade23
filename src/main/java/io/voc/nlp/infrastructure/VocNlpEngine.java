package io.voc.nlp.infrastructure;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.voc.nlp.application.NlpEngine;
import io.voc.nlp.application.TextToAnalyze;
import io.voc.nlp.model.Analysis;
import io.voc.platform.VocConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;

/**
 * The NLP engine of the app: loads the models in the background at startup (about 6 s), then analyses
 * texts on a fixed pool of threads that share one model. Results for a repeated text (same text,
 * product and rating) come from a cache.
 */
@ApplicationScoped
class VocNlpEngine implements NlpEngine {
    private static final Logger LOG = Logger.getLogger(VocNlpEngine.class);

    private final VocConfig config;
    private final CompletableFuture<NlpModels> models = new CompletableFuture<>();
    private final ExecutorService threads;
    private final Cache<TextToAnalyze, Analysis> cache;

    VocNlpEngine(VocConfig config) {
        this.config = config;
        int n = config.nlp().threads() > 0 ? config.nlp().threads() : Runtime.getRuntime().availableProcessors();
        this.threads = Executors.newFixedThreadPool(n, runnable -> {
            Thread thread = new Thread(runnable, "voc-nlp");
            thread.setDaemon(true);
            return thread;
        });
        this.cache = Caffeine.newBuilder().maximumSize(config.nlp().cacheSize()).build();
    }

    /** With the NLP stage on, the models are needed at once; otherwise the first analysis loads them. */
    void load(@Observes StartupEvent event) {
        if (!config.nlp().enabled()) {
            return;
        }
        Thread loader = new Thread(this::models, "voc-nlp-load");
        loader.setDaemon(true);
        loader.start();
    }

    void stop(@Observes ShutdownEvent event) {
        threads.shutdownNow();
    }

    /** The loaded models; the first caller loads them. */
    NlpModels models() {
        if (!models.isDone()) {
            synchronized (models) {
                if (!models.isDone()) {
                    try {
                        long started = System.nanoTime();
                        models.complete(NlpModels.load(config.nlp().dataDir().map(java.nio.file.Path::of)));
                        LOG.infof("NLP models loaded in %d ms (version %s)", (System.nanoTime() - started) / 1_000_000,
                                models.join().version());
                    } catch (RuntimeException e) {
                        models.completeExceptionally(e);
                        LOG.error("NLP models failed to load", e);
                    }
                }
            }
        }
        return models.join();
    }

    @Override
    public String version() {
        return models().version();
    }

    @Override
    public List<Analysis> analyze(List<TextToAnalyze> texts) {
        NlpModels m = models();
        boolean fastPath = config.nlp().fastPath();
        return onThreads(texts, t -> cache.get(t, key -> m.analyze(key, fastPath)));
    }

    @Override
    public List<Analysis> analyzeWithCoreNlpOnly(List<TextToAnalyze> texts) {
        NlpModels m = models();
        return onThreads(texts, m::analyzeWithCoreNlpOnly);
    }

    private List<Analysis> onThreads(List<TextToAnalyze> texts, java.util.function.Function<TextToAnalyze, Analysis> work) {
        List<Future<Analysis>> futures = new ArrayList<>(texts.size());
        for (TextToAnalyze text : texts) {
            futures.add(threads.submit(() -> work.apply(text)));
        }
        List<Analysis> results = new ArrayList<>(texts.size());
        try {
            for (Future<Analysis> f : futures) {
                results.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            futures.forEach(f -> f.cancel(true));
            throw new IllegalStateException("NLP analysis interrupted", e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return results;
    }
}
