package io.voc.card.model;

import io.voc.platform.model.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a subscription asks to hear about. */
public enum EventKind {
    /** A saved query's condition was met. */
    ALERT_FIRED,
    /** A topic, aspect or term rose significantly (the emerging-issues test). */
    EMERGING_ISSUE,
    /** A scheduled summary of a period. */
    DIGEST,
    /** An experiment reached a result. */
    EXPERIMENT_RESULT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventKind parse(String value) {
        return Arrays.stream(values()).filter(k -> k.wireName().equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst().orElseThrow(() -> new InvalidInputException("events", "unknown event '" + value
                        + "'; one of " + Arrays.stream(values()).map(EventKind::wireName).collect(Collectors.joining(", "))));
    }
}
