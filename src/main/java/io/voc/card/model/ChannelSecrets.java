package io.voc.card.model;

import io.voc.platform.model.InvalidInputException;

/**
 * A channel's secrets, in clear only in memory (stored encrypted). {@code signing}: signs what VOC pushes
 * (a Lark custom bot's "signature verification" secret, a plain webhook's shared secret). {@code callback}:
 * verifies what comes back (Slack's signing secret, a Lark app's encrypt key; a plain webhook uses
 * {@code signing} both ways). Either may be absent where the provider has none.
 */
public record ChannelSecrets(String signing, String callback) {
    public static final ChannelSecrets NONE = new ChannelSecrets(null, null);
    private static final int MAX = 200;

    public ChannelSecrets {
        signing = clean("signingSecret", signing);
        callback = clean("callbackSecret", callback);
    }

    private static String clean(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() < 8 || v.length() > MAX) {
            throw new InvalidInputException(field, field + " must be 8 to " + MAX + " characters");
        }
        return v;
    }

    @Override
    public String toString() {
        return "ChannelSecrets[" + (signing == null ? "" : "signing ") + (callback == null ? "" : "callback") + "]";
    }
}
