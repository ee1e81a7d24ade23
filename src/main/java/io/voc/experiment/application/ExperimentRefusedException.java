package io.voc.experiment.application;

/**
 * A command the experiment refused, with its reason ("only a draft can be started; this one is running"), or a
 * change that lost a race (changed meanwhile, layer taken meanwhile). Nothing changed; answered 409.
 */
public class ExperimentRefusedException extends RuntimeException {
    public ExperimentRefusedException(String reason) {
        super(reason);
    }
}
