package io.voc.experiment.model;

import io.voc.account.model.NotAllowedException;
import io.voc.feedback.model.ProductKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An A/B test: what it tests (its {@link Design}), where it is in its life, its phases and its conclusion.
 * Every rule lives here. A command either changes the experiment and answers the event it caused, or changes
 * nothing and answers why not ({@link Result}). Only its owner and admins may command it.
 *
 * <p>Life: draft -> running <-> paused -> stopped -> concluded. While running or paused it holds its slot
 * in its layer, so no experiment with overlapping traffic in that layer may start. Assignment is deterministic:
 * the same user always gets the same variant within a phase.
 */
public final class Experiment {
    public static final int MIN_RATIONALE = 10;
    public static final int MAX_RATIONALE = 5_000;

    private final UUID id;
    private Design design;
    private final String owner;
    private ExperimentStatus status;
    private final List<Phase> phases;
    private Conclusion conclusion;
    private final Instant createdAt;
    private Instant updatedAt;

    /** The decision taken when it was concluded, why, by whom and when. */
    public record Conclusion(Decision decision, String rationale, String by, Instant at) {
    }

    /** Everything an experiment is, for storing and restoring it. */
    public record State(UUID id, Design design, String owner, ExperimentStatus status, List<Phase> phases,
            Conclusion conclusion, Instant createdAt, Instant updatedAt) {
        public State {
            phases = List.copyOf(phases);
        }
    }

    /** A new experiment and the event of its design. */
    public record Created(Experiment experiment, ExperimentEvent.Designed event) {
    }

    private Experiment(State s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.design = Objects.requireNonNull(s.design(), "design");
        this.owner = Objects.requireNonNull(s.owner(), "owner");
        this.status = Objects.requireNonNull(s.status(), "status");
        this.phases = new ArrayList<>(s.phases());
        this.conclusion = s.conclusion();
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
        if (status != ExperimentStatus.DRAFT && phases.isEmpty()) {
            throw new IllegalStateException("a started experiment has a phase");
        }
        if (status == ExperimentStatus.CONCLUDED && conclusion == null) {
            throw new IllegalStateException("a concluded experiment has its conclusion");
        }
    }

    /** A draft designed by {@code by}, who owns it. */
    public static Created design(Design design, ExperimentUser by, Instant at) {
        Experiment experiment = new Experiment(new State(UUID.randomUUID(), design, by.username(),
                ExperimentStatus.DRAFT, List.of(), null, at, at));
        return new Created(experiment, new ExperimentEvent.Designed(design.key(), by.username(), at));
    }

    public static Experiment restore(State state) {
        return new Experiment(state);
    }

    public State state() {
        return new State(id, design, owner, status, phases, conclusion, createdAt, updatedAt);
    }

    /** A draft's design replaced (its key stays: it is in every hash and every app's code). */
    public Result redesign(Design changed, ExperimentUser by, Instant at) {
        requireMayChange(by);
        if (status != ExperimentStatus.DRAFT) {
            return Result.refused("only a draft can be redesigned; this one is " + name(status)
                    + (status.holdsLayer() ? " (change its split with a new phase instead)" : ""));
        }
        if (!changed.key().equals(design.key())) {
            return Result.refused("the key of an experiment cannot change (it is '" + design.key() + "')");
        }
        design = changed;
        updatedAt = at;
        return Result.accepted(new ExperimentEvent.Redesigned(design.key(), by.username(), at));
    }

    /**
     * Starts a draft: phase 1 with a fresh salt. Refused when an experiment holding its layer ({@code taken}:
     * the slots of the others running or paused) overlaps its traffic.
     */
    public Result start(ExperimentUser by, Instant at, Collection<LayerSlot> taken) {
        requireMayChange(by);
        if (status != ExperimentStatus.DRAFT) {
            return Result.refused("only a draft can be started; this one is " + name(status)
                    + (status == ExperimentStatus.PAUSED ? " (resume it instead)" : ""));
        }
        Optional<LayerSlot> clash = clash(taken);
        if (clash.isPresent()) {
            return Result.refused("layer '" + design.layer().layer() + "': buckets " + design.layer().from() + "-"
                    + design.layer().to() + " overlap " + clash.get().from() + "-" + clash.get().to()
                    + ", held by another running or paused experiment; its users would be in both");
        }
        phases.add(new Phase(1, newSalt(), design.allocation(), at, null));
        status = ExperimentStatus.RUNNING;
        updatedAt = at;
        return Result.accepted(new ExperimentEvent.Started(design.key(), by.username(), at, 1));
    }

    public Result pause(ExperimentUser by, Instant at, String reason) {
        requireMayChange(by);
        if (status != ExperimentStatus.RUNNING) {
            return Result.refused("only a running experiment can be paused; this one is " + name(status));
        }
        status = ExperimentStatus.PAUSED;
        updatedAt = at;
        return Result.accepted(new ExperimentEvent.Paused(design.key(), by.username(), at,
                reason == null || reason.isBlank() ? null : reason.strip()));
    }

    public Result resume(ExperimentUser by, Instant at) {
        requireMayChange(by);
        if (status != ExperimentStatus.PAUSED) {
            return Result.refused("only a paused experiment can be resumed; this one is " + name(status));
        }
        status = ExperimentStatus.RUNNING;
        updatedAt = at;
        return Result.accepted(new ExperimentEvent.Resumed(design.key(), by.username(), at));
    }

    /** Ends it for good: no more assignments, the current phase ends, the layer slot is free again. */
    public Result stop(ExperimentUser by, Instant at) {
        requireMayChange(by);
        if (!status.holdsLayer()) {
            return Result.refused("only a running or paused experiment can be stopped; this one is "
                    + name(status));
        }
        phases.set(phases.size() - 1, currentPhase().orElseThrow().endedAt(at));
        status = ExperimentStatus.STOPPED;
        updatedAt = at;
        return Result.accepted(new ExperimentEvent.Stopped(design.key(), by.username(), at));
    }

    /** Records the decision and why; only once it is stopped, so the results it rests on are final. */
    public Result conclude(Decision decision, String rationale, ExperimentUser by, Instant at) {
        requireMayChange(by);
        if (status != ExperimentStatus.STOPPED) {
            return Result.refused("only a stopped experiment can be concluded; this one is " + name(status)
                    + (status.holdsLayer() ? " (stop it first: a decision rests on final results)" : ""));
        }
        if (decision == null) {
            return Result.refused("a conclusion needs a decision: ship a variant, or inconclusive");
        }
        if (decision.kind() == Decision.Kind.SHIP && design.allocation().variant(decision.variant()).isEmpty()) {
            return Result.refused("there is no variant '" + decision.variant() + "' to ship; the variants are "
                    + String.join(", ", design.allocation().variants().stream().map(Variant::key).toList()));
        }
        String why = rationale == null ? "" : rationale.strip();
        if (why.length() < MIN_RATIONALE || why.length() > MAX_RATIONALE) {
            return Result.refused("a conclusion needs a rationale of " + MIN_RATIONALE + " to " + MAX_RATIONALE
                    + " characters: what the results showed and why this decision");
        }
        conclusion = new Conclusion(decision, why, by.username(), at);
        status = ExperimentStatus.CONCLUDED;
        updatedAt = at;
        return Result.accepted(new ExperimentEvent.Concluded(design.key(), by.username(), at, decision, why));
    }

    /**
     * A new split between the variants. A draft takes it as it is. A running or paused experiment only with
     * {@code newPhase}: the current phase ends and a new one starts with a new salt, everyone assigned afresh -
     * changing the split under running users would mix two experiments in one result.
     */
    public Result changeAllocation(Allocation allocation, boolean newPhase, ExperimentUser by, Instant at) {
        requireMayChange(by);
        if (status == ExperimentStatus.DRAFT) {
            design = withAllocation(allocation);
            updatedAt = at;
            return Result.accepted(new ExperimentEvent.AllocationChanged(design.key(), by.username(), at, allocation,
                    0));
        }
        if (!status.holdsLayer()) {
            return Result.refused("the split of a " + name(status) + " experiment cannot change");
        }
        if (!newPhase) {
            return Result.refused("the split of a " + name(status) + " experiment changes only with a new phase: "
                    + "users are assigned afresh and results count from then on");
        }
        Phase current = currentPhase().orElseThrow();
        phases.set(phases.size() - 1, current.endedAt(at));
        phases.add(new Phase(current.number() + 1, newSalt(), allocation, at, null));
        design = withAllocation(allocation);
        updatedAt = at;
        return Result.accepted(new ExperimentEvent.AllocationChanged(design.key(), by.username(), at, allocation,
                current.number() + 1));
    }

    /**
     * The variant {@code user} gets now: none unless it runs, the user is targeted and falls in its slot of
     * the layer; then the bucket of (key, phase salt, user id) picks the variant by the phase's weights.
     */
    public Optional<Assignment> assign(UserAttributes user) {
        if (status != ExperimentStatus.RUNNING || !design.targeting().matches(user)
                || !design.layer().holds(user.userId())) {
            return Optional.empty();
        }
        Phase phase = currentPhase().orElseThrow();
        int bucket = Buckets.of(design.key().value() + ":" + phase.salt(), user.userId());
        return Optional.of(new Assignment(design.key(), phase.allocation().variantFor(bucket).key(), phase.number(),
                bucket));
    }

    /** Whether every variant has the minimum sample size, given the users exposed per variant. */
    public boolean reachedSampleSize(java.util.Map<String, Long> exposedPerVariant) {
        return design.allocation().variants().stream()
                .allMatch(v -> exposedPerVariant.getOrDefault(v.key(), 0L) >= design.minimumSampleSize());
    }

    public List<Phase> phases() {
        return List.copyOf(phases);
    }

    /** The phase that ran at {@code at} (from its start, inclusive, to its end, exclusive), if any. */
    public Optional<Phase> phaseAt(Instant at) {
        return phases.stream().filter(p -> !at.isBefore(p.startedAt()) && (p.endedAt() == null
                || at.isBefore(p.endedAt()))).findFirst();
    }

    public Optional<Phase> currentPhase() {
        return phases.isEmpty() ? Optional.empty() : Optional.of(phases.get(phases.size() - 1));
    }

    public boolean mayChange(ExperimentUser user) {
        return user.admin() || owner.equals(user.username());
    }

    public UUID id() {
        return id;
    }

    public ExperimentKey key() {
        return design.key();
    }

    public ProductKey product() {
        return design.product();
    }

    public Design design() {
        return design;
    }

    public ExperimentStatus status() {
        return status;
    }

    public String owner() {
        return owner;
    }

    private Optional<LayerSlot> clash(Collection<LayerSlot> taken) {
        return taken.stream().filter(design.layer()::overlaps).findFirst();
    }

    private Design withAllocation(Allocation allocation) {
        Design d = design;
        return new Design(d.key(), d.hypothesis(), d.product(), allocation, d.targeting(), d.metrics(),
                d.minimumSampleSize(), d.layer());
    }

    private void requireMayChange(ExperimentUser by) {
        if (!mayChange(by)) {
            throw new NotAllowedException("only its owner (" + owner + ") or an admin may change the experiment '"
                    + design.key() + "'");
        }
    }

    private static String newSalt() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String name(ExperimentStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
