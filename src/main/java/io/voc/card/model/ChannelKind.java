package io.voc.card.model;

import io.voc.platform.model.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The chats VOC pushes to. Slack, Lark and plain webhooks can send button clicks back; Teams incoming
 * webhooks cannot, so Teams cards carry signed "open in VOC" links for their actions instead.
 */
public enum ChannelKind {
    SLACK(true), LARK(true), TEAMS(false), WEBHOOK(true);

    private final boolean callbacks;

    ChannelKind(boolean callbacks) {
        this.callbacks = callbacks;
    }

    /** Whether a click on a card button comes back to VOC as a signed callback. */
    public boolean hasCallbacks() {
        return callbacks;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChannelKind parse(String value) {
        return Arrays.stream(values()).filter(k -> k.wireName().equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst().orElseThrow(() -> new InvalidInputException("kind", "kind must be one of "
                        + Arrays.stream(values()).map(ChannelKind::wireName).collect(Collectors.joining(", "))));
    }
}
