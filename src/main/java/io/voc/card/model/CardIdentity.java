package io.voc.card.model;

import io.voc.platform.model.InvalidInputException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A chat user linked to a VOC user: a click on a card comes with the chat's own user id (Slack's
 * {@code U...}, a Lark app's {@code open_id}, a webhook receiver's user name) and acts for the VOC user an
 * admin linked it to. Teams has none: its links sign the person in to VOC.
 */
public record CardIdentity(ChannelKind provider, String externalId, UUID userId, String username, String linkedBy,
        Instant linkedAt) {
    public static final int MAX_EXTERNAL_ID = 200;

    public CardIdentity {
        requireClicksBack(provider);
        externalId = externalId(externalId);
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(linkedBy, "linkedBy");
        Objects.requireNonNull(linkedAt, "linkedAt");
    }

    /** Only providers whose clicks come back as callbacks carry a chat user to link. */
    public static ChannelKind requireClicksBack(ChannelKind provider) {
        if (provider == null || !provider.hasCallbacks()) {
            throw new InvalidInputException("provider", "provider must be slack, lark or webhook (Teams buttons are "
                    + "links that sign in to VOC)");
        }
        return provider;
    }

    /** The chat's user id as given, trimmed; printable, 1 to 200 characters. */
    public static String externalId(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > MAX_EXTERNAL_ID || v.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("externalId", "externalId (the chat's user id, e.g. Slack's U012AB3CD or "
                    + "a Lark open_id) must be 1 to " + MAX_EXTERNAL_ID + " printable characters");
        }
        return v;
    }
}
