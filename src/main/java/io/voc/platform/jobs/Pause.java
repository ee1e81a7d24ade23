package io.voc.platform.jobs;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** A wait of a job's thread that ends early when the job is told to stop (a shutdown), checked every 100 ms. */
public final class Pause {
    private Pause() {
    }

    /** Waits {@code wait}, or less once {@code keepGoing} turns false; an interrupt ends it too (and is kept). */
    public static void whileGoing(Duration wait, BooleanSupplier keepGoing) {
        long until = System.currentTimeMillis() + wait.toMillis();
        try {
            while (keepGoing.getAsBoolean() && System.currentTimeMillis() < until) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
