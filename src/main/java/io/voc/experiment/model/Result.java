package io.voc.experiment.model;

/**
 * What a command on an experiment gave: the event it caused, or the reason it was refused (the experiment is
 * then unchanged). A refusal is an answer, not an error: "cannot pause a draft" is what the user must read.
 */
public sealed interface Result {

    static Result accepted(ExperimentEvent event) {
        return new Accepted(event);
    }

    static Result refused(String reason) {
        return new Refused(reason);
    }

    record Accepted(ExperimentEvent event) implements Result {
    }

    record Refused(String reason) implements Result {
    }

    default boolean isAccepted() {
        return this instanceof Accepted;
    }
}
