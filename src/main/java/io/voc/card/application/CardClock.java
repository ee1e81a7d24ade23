package io.voc.card.application;

import java.time.Clock;
import java.time.Duration;

/**
 * The clock of the card use cases. PostgreSQL keeps microseconds, so times are cut to them here: what a
 * use case answers (a channel's creation time, an alert's) equals what is read back later.
 */
final class CardClock {
    static final Clock UTC_MICROS = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    private CardClock() {
    }
}
