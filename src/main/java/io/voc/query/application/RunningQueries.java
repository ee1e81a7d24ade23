package io.voc.query.application;

import io.voc.account.application.Caller;
import io.voc.account.model.Scope;
import io.voc.platform.VocConfig;
import io.voc.platform.model.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Use case: the warehouse queries running on this instance - listed for whoever started them (an admin sees
 * all), and cancelled by them. A HiveQL query can run for minutes; an analyst who sees it was the wrong one
 * stops it rather than leave the warehouse busy. Runs live in this instance's memory: the statement to stop is
 * held by the connection this instance opened.
 */
@ApplicationScoped
public class RunningQueries {
    private final Duration maxTimeout;
    private final Clock clock = Clock.systemUTC();
    private final Map<UUID, QueryRun> runs = new ConcurrentHashMap<>();

    RunningQueries(VocConfig config) {
        this.maxTimeout = config.warehouse().queries().timeout();
    }

    /** What a list of runs shows. */
    public record RunningQuery(UUID runId, String owner, String label, java.time.Instant startedAt,
            long timeoutSeconds) {
    }

    /**
     * A new run for {@code caller}, timed out at the configured timeout or sooner if {@code options} ask. The
     * caller must end it with {@link QueryRun#finished()}.
     */
    QueryRun start(Caller caller, String label, RunOptions options) {
        Duration timeout = options.timeoutSeconds() == null ? maxTimeout
                : Duration.ofSeconds(Math.min(options.timeoutSeconds(), maxTimeout.toSeconds()));
        UUID id = options.runId() == null ? UUID.randomUUID() : options.runId();
        QueryRun run = new QueryRun(id, caller.userId(), caller.username(), label, clock.instant(), timeout,
                () -> runs.remove(id));
        if (runs.putIfAbsent(id, run) != null) {
            throw new InvalidInputException("runId", "a run with id " + id + " is running already; pick a new id");
        }
        return run;
    }

    /** The caller's runs (every run for an admin), oldest first. */
    public List<RunningQuery> list(Caller caller) {
        return runs.values().stream().filter(run -> mayStop(caller, run))
                .sorted(Comparator.comparing(QueryRun::startedAt))
                .map(run -> new RunningQuery(run.id(), run.owner(), run.label(), run.startedAt(),
                        run.timeout().toSeconds()))
                .toList();
    }

    /**
     * Stops a run: its query fails with {@link QueryCancelledException} and the warehouse stops working on it.
     *
     * @throws QueryRunNotFoundException when no such run is going on that the caller may stop
     */
    public void cancel(Caller caller, UUID runId) {
        QueryRun run = runs.get(runId);
        if (run == null || !mayStop(caller, run)) {
            throw new QueryRunNotFoundException(runId);
        }
        run.cancel(caller.username());
    }

    private static boolean mayStop(Caller caller, QueryRun run) {
        return run.ownerId().equals(caller.userId()) || caller.may(Scope.ADMIN);
    }
}
