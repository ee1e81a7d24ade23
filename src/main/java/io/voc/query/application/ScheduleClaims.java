package io.voc.query.application;

import java.time.Instant;
import java.util.UUID;

/**
 * Which instance runs a schedule's slot. Every instance looks at the same schedules at about the same time; a
 * claim is granted to exactly one of them per (schedule, slot), once and for ever, so a slot never runs twice -
 * not on two instances, not after a restart. An instance that dies after its claim loses that slot.
 */
public interface ScheduleClaims {

    /** True for the one caller that gets the slot; false for every other (and for the same caller again). */
    boolean claim(UUID scheduleId, Instant slot, String instance);

    /** Records how the claimed slot went. */
    void finish(UUID scheduleId, Instant slot, RunOutcome outcome);
}
