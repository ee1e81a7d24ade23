package io.voc.experiment.application;

import io.voc.account.application.AuditLog;
import io.voc.account.application.Caller;
import io.voc.account.model.NotAllowedException;
import io.voc.account.model.Scope;
import io.voc.experiment.model.Allocation;
import io.voc.experiment.model.Decision;
import io.voc.experiment.model.Design;
import io.voc.experiment.model.Experiment;
import io.voc.experiment.model.ExperimentEvent;
import io.voc.experiment.model.ExperimentKey;
import io.voc.experiment.model.ExperimentUser;
import io.voc.experiment.model.Result;
import io.voc.platform.model.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

/**
 * Use case: design experiments and take them through their lives. Reading takes the read scope and a
 * product the caller sees (an experiment about another product does not exist for them); designing and
 * commanding take the query scope, and the experiment says whether the caller may command it (its owner,
 * admins) and whether the command is allowed now. A refused command is a 409 with the experiment's reason.
 */
@ApplicationScoped
public class ManageExperiments {
    public static final int PAGE_SIZE = 50;
    public static final int MAX_PAGE = 10_000;

    private final Experiments experiments;
    private final AuditLog audit;
    // PostgreSQL keeps microseconds: a time read back equals the one saved
    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.of(1, ChronoUnit.MICROS));

    ManageExperiments(Experiments experiments, AuditLog audit) {
        this.experiments = experiments;
        this.audit = audit;
    }

    public ExperimentView design(Caller caller, Design design) {
        ExperimentUser me = requireMayCommand(caller);
        caller.products().require(design.product());
        Experiment.Created created = Experiment.design(design, me, clock.instant());
        if (!experiments.add(created.experiment(), created.event(), EventDetails.of(created.event()))) {
            throw new InvalidInputException("key", "an experiment with the key '" + design.key() + "' exists "
                    + "already; keys are never reused (they are in every assignment's hash)");
        }
        audit.record(caller.userId(), caller.username(), AuditLog.Action.EXPERIMENT_CHANGED, target(design.key()),
                "designed");
        return ExperimentView.of(new Experiments.Stored(created.experiment(), 1), true);
    }

    /** A page (from 1) of the experiments about the caller's products, most recently changed first. */
    public ExperimentList list(Caller caller, int page) {
        requireMayRead(caller);
        if (page < 1 || page > MAX_PAGE) {
            throw new InvalidInputException("page", "page must be from 1 to " + MAX_PAGE + " (got " + page + ")");
        }
        ExperimentUser me = user(caller);
        List<Experiments.Stored> found = experiments.list(caller.products(), (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        return new ExperimentList(found.stream().limit(PAGE_SIZE)
                .map(s -> ExperimentView.of(s, s.experiment().mayChange(me))).toList(), page,
                found.size() > PAGE_SIZE);
    }

    public ExperimentView get(Caller caller, String key) {
        requireMayRead(caller);
        Experiments.Stored stored = visible(caller, key);
        return ExperimentView.of(stored, stored.experiment().mayChange(user(caller)));
    }

    public List<Experiments.EventRecord> history(Caller caller, String key) {
        requireMayRead(caller);
        return experiments.events(visible(caller, key).experiment().id());
    }

    public ExperimentView redesign(Caller caller, String key, Design design) {
        return command(caller, key, (e, me) -> e.redesign(design, me, clock.instant()));
    }

    public ExperimentView start(Caller caller, String key) {
        return command(caller, key, (e, me) -> e.start(me, clock.instant(),
                experiments.heldSlots(e.design().layer().layer(), e.id())));
    }

    public ExperimentView pause(Caller caller, String key, String reason) {
        return command(caller, key, (e, me) -> e.pause(me, clock.instant(), reason));
    }

    public ExperimentView resume(Caller caller, String key) {
        return command(caller, key, (e, me) -> e.resume(me, clock.instant()));
    }

    public ExperimentView stop(Caller caller, String key) {
        return command(caller, key, (e, me) -> e.stop(me, clock.instant()));
    }

    public ExperimentView conclude(Caller caller, String key, Decision decision, String rationale) {
        return command(caller, key, (e, me) -> e.conclude(decision, rationale, me, clock.instant()));
    }

    public ExperimentView changeAllocation(Caller caller, String key, Allocation allocation, boolean newPhase) {
        return command(caller, key, (e, me) -> e.changeAllocation(allocation, newPhase, me, clock.instant()));
    }

    /** A command on the stored experiment; saved with its event when accepted, else its reason as a 409. */
    private ExperimentView command(Caller caller, String key, Command command) {
        ExperimentUser me = requireMayCommand(caller);
        Experiments.Stored stored = visible(caller, key);
        Experiment experiment = stored.experiment();
        Result result = command.apply(experiment, me);
        if (result instanceof Result.Refused refused) {
            throw new ExperimentRefusedException(refused.reason());
        }
        ExperimentEvent event = ((Result.Accepted) result).event();
        String detail = EventDetails.of(event);
        switch (experiments.save(experiment, stored.version(), event, detail)) {
            case SAVED -> {
            }
            case CHANGED_MEANWHILE -> throw new ExperimentRefusedException("the experiment '" + key + "' changed "
                    + "meanwhile; reload it and try again");
            case LAYER_TAKEN -> throw new ExperimentRefusedException("another experiment took overlapping traffic in "
                    + "layer '" + experiment.design().layer().layer() + "' meanwhile; its users would be in both");
        }
        audit.record(caller.userId(), caller.username(), AuditLog.Action.EXPERIMENT_CHANGED, target(experiment.key()),
                detail);
        return ExperimentView.of(new Experiments.Stored(experiment, stored.version() + 1), true);
    }

    private interface Command {
        Result apply(Experiment experiment, ExperimentUser by);
    }

    /** The stored experiment, if it is about a product the caller sees; else there is none for them. */
    Experiments.Stored visible(Caller caller, String key) {
        ExperimentKey parsed;
        try {
            parsed = new ExperimentKey(key);
        } catch (InvalidInputException e) {
            throw new ExperimentNotFoundException(key);
        }
        return experiments.find(parsed).filter(s -> caller.products().covers(s.experiment().product()))
                .orElseThrow(() -> new ExperimentNotFoundException(key));
    }

    private static void requireMayRead(Caller caller) {
        if (!caller.may(Scope.READ)) {
            throw new NotAllowedException("reading experiments needs the read scope");
        }
    }

    private static ExperimentUser requireMayCommand(Caller caller) {
        if (!caller.may(Scope.QUERY)) {
            throw new NotAllowedException("designing and running experiments needs the query scope (analyst or admin)");
        }
        return user(caller);
    }

    static ExperimentUser user(Caller caller) {
        return new ExperimentUser(caller.username(), caller.may(Scope.ADMIN));
    }

    private static String target(ExperimentKey key) {
        return "experiment " + key;
    }
}
