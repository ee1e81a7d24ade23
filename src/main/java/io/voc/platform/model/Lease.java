package io.voc.platform.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Who works a job now: an instance that renews its heartbeat while it works. A lease whose heartbeat is older
 * than its length is lapsed (the holder crashed or was killed), and another instance may take the job over.
 */
public record Lease(String owner, Instant heartbeatAt) {
    public static final Lease NONE = new Lease(null, null);

    public Lease {
        if ((owner == null) != (heartbeatAt == null)) {
            throw new IllegalArgumentException("a lease has both an owner and a heartbeat, or neither");
        }
    }

    public static Lease of(String owner, Instant now) {
        return new Lease(Objects.requireNonNull(owner, "owner"), Objects.requireNonNull(now, "now"));
    }

    /** Nobody holds it, its holder went silent for a whole lease, or it is {@code instance}'s own. */
    public boolean takeableBy(String instance, Instant now, Duration length) {
        return owner == null || heartbeatAt.plus(length).isBefore(now) || owner.equals(instance);
    }

    public boolean heldBy(String instance) {
        return instance.equals(owner);
    }

    public Lease renewed(Instant now) {
        return owner == null ? this : new Lease(owner, now);
    }
}
