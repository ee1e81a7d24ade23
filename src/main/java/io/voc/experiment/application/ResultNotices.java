package io.voc.experiment.application;

import java.util.UUID;

/**
 * Which results were announced. Every instance reads the running experiments; a signal is granted to exactly
 * one of them, once and for ever per experiment and phase, so a card is never sent twice.
 */
public interface ResultNotices {

    /** True for the one caller that gets to announce the signal; false for every other, and later. */
    boolean claim(UUID experimentId, int phase, String signal);

    /** Records the alert raised for a claimed signal. */
    void announced(UUID experimentId, int phase, String signal, UUID alertId);
}
