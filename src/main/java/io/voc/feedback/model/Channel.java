package io.voc.feedback.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a feedback was given. The wire name is the lower-case constant name. */
public enum Channel {
    APP_STORE, GOOGLE_PLAY, IN_APP, SUPPORT, SURVEY, SOCIAL, OTHER;

    public static Channel parse(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFeedbackException("channel", "channel is required; one of " + allowed());
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidFeedbackException("channel",
                    "channel '" + value + "' is unknown; one of " + allowed());
        }
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static String allowed() {
        return Arrays.stream(values()).map(Channel::wireName).collect(Collectors.joining(", "));
    }
}
