package io.voc.card.model;

import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.platform.model.InvalidInputException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A team's chat that VOC pushes cards to: a kind (Slack, Lark, Teams, a plain webhook), the address, its
 * secrets, the user who owns it, and the products whose cards it may receive (never more than its owner may
 * see, checked by the use case that saves it).
 */
public final class ChatChannel {
    public static final int MAX_NAME = 100;

    private final UUID id;
    private final ChannelKind kind;
    private final String owner;
    private final Instant createdAt;
    private String name;
    private ChannelAddress address;
    private ChannelSecrets secrets;
    private ProductScope products;
    private boolean disabled;

    public record State(UUID id, String name, ChannelKind kind, ChannelAddress address, ChannelSecrets secrets,
            String owner, ProductScope products, boolean disabled, Instant createdAt) {
    }

    private ChatChannel(State s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.name = name(s.name());
        this.kind = Objects.requireNonNull(s.kind(), "kind");
        this.address = Objects.requireNonNull(s.address(), "address");
        this.secrets = s.secrets() == null ? ChannelSecrets.NONE : s.secrets();
        this.owner = Objects.requireNonNull(s.owner(), "owner");
        this.products = Objects.requireNonNull(s.products(), "products");
        this.disabled = s.disabled();
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        requireSecretsOfKind();
    }

    public static ChatChannel create(String name, ChannelKind kind, ChannelAddress address, ChannelSecrets secrets,
            String owner, ProductScope products, Instant now) {
        return new ChatChannel(new State(UUID.randomUUID(), name, kind, address, secrets, owner, products, false, now));
    }

    public static ChatChannel restore(State state) {
        return new ChatChannel(state);
    }

    public State state() {
        return new State(id, name, kind, address, secrets, owner, products, disabled, createdAt);
    }

    /** Whether cards about this product go here. */
    public boolean receives(ProductKey product) {
        return !disabled && products.covers(product);
    }

    public void disable() {
        disabled = true;
    }

    public void enable() {
        disabled = false;
    }

    /**
     * A plain webhook without a shared secret could be fed forged callbacks, and Slack callbacks cannot be
     * verified without the signing secret: refuse such a channel instead of accepting unverifiable clicks.
     */
    private void requireSecretsOfKind() {
        switch (kind) {
            case WEBHOOK -> {
                if (secrets.signing() == null) {
                    throw new InvalidInputException("signingSecret", "a webhook channel needs a shared secret to sign "
                            + "its cards and verify its callbacks");
                }
            }
            case SLACK -> {
                if (secrets.callback() == null) {
                    throw new InvalidInputException("callbackSecret", "a Slack channel needs the Slack app's signing "
                            + "secret to verify button clicks");
                }
            }
            case LARK, TEAMS -> {
            }
        }
    }

    private static String name(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("name", "name is required");
        }
        String v = value.strip();
        if (v.length() > MAX_NAME) {
            throw new InvalidInputException("name", "name must be at most " + MAX_NAME + " characters");
        }
        return v;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ChannelKind kind() {
        return kind;
    }

    public ChannelAddress address() {
        return address;
    }

    public ChannelSecrets secrets() {
        return secrets;
    }

    public String owner() {
        return owner;
    }

    public ProductScope products() {
        return products;
    }

    public boolean disabled() {
        return disabled;
    }
}
