package io.voc.experiment.model;

/** The variant a user gets, in which phase, and the bucket (0 to 9999) that chose it. */
public record Assignment(ExperimentKey experiment, String variant, int phase, int bucket) {
}
