package io.voc.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times on pages: UTC to the second ("2026-11-25 14:03:07"), the same for every viewer; blank for none. */
public final class UtcTime {
    static final UtcTime INSTANCE = new UtcTime();
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private UtcTime() {
    }

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
