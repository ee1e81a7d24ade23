package io.voc.experiment.model;

import java.util.UUID;

/**
 * An exposure checked against its experiment and placed in a phase. The phase is the one the app sent
 * (it came with the assignment) or else the phase that was running at the exposure's time - not the phase
 * current when the record is read, because a consumer lagging across a new phase would otherwise put old
 * exposures in the new one. An exposure that fits nowhere is refused with the reason (a dead letter).
 */
public record PlacedExposure(Exposure exposure, UUID experimentId, int phase) {

    /** @throws InvalidExperimentException naming the field that does not fit the experiment */
    public static PlacedExposure of(Experiment experiment, Exposure exposure) {
        Phase phase = exposure.phase() != null ? numbered(experiment, exposure.phase()) : runningAt(experiment, exposure);
        if (phase.allocation().variant(exposure.variant()).isEmpty()) {
            throw new InvalidExperimentException("variant", "experiment '" + experiment.key() + "' has no variant '"
                    + exposure.variant() + "' in phase " + phase.number() + "; its variants are " + String.join(", ",
                            phase.allocation().variants().stream().map(Variant::key).toList()));
        }
        return new PlacedExposure(exposure, experiment.id(), phase.number());
    }

    private static Phase numbered(Experiment experiment, int number) {
        return experiment.phases().stream().filter(p -> p.number() == number).findFirst()
                .orElseThrow(() -> new InvalidExperimentException("phase", "experiment '" + experiment.key()
                        + "' has no phase " + number + " (it has " + experiment.phases().size() + ")"));
    }

    private static Phase runningAt(Experiment experiment, Exposure exposure) {
        return experiment.phaseAt(exposure.at()).orElseThrow(() -> new InvalidExperimentException("at",
                "experiment '" + experiment.key() + "' was not running at " + exposure.at()
                        + " (no phase holds that time)"));
    }
}
