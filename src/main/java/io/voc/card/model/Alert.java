package io.voc.card.model;

import io.voc.feedback.model.ProductKey;
import io.voc.platform.model.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Something VOC tells a team about - a saved query's condition met, an emerging issue - and what the team
 * did about it. Its methods are the card buttons: each applies once (a button clicked twice, or a callback
 * delivered three times, is one change) and returns the change, or nothing when there was nothing to change.
 * A resolved alert stays resolved.
 */
public final class Alert {
    /** How long "Mute for 24 h" keeps an alert's follow-up cards away. */
    public static final Duration MUTE = Duration.ofHours(24);
    public static final int MAX_TITLE = 200;
    public static final int MAX_DETAIL = 2_000;

    private final UUID id;
    private final ProductKey product;
    private final String title;
    private final String detail;
    private final String link;
    private final Instant raisedAt;
    private AlertStatus status;
    private String acknowledgedBy;
    private String assignee;
    private String resolvedBy;
    private Instant mutedUntil;
    private Instant updatedAt;

    /** The stored state of an alert. {@code link}: where in VOC it is explained (a path such as /emerging?...). */
    public record State(UUID id, ProductKey product, String title, String detail, String link, Instant raisedAt,
            AlertStatus status, String acknowledgedBy, String assignee, String resolvedBy, Instant mutedUntil,
            Instant updatedAt) {
    }

    private Alert(State s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.product = Objects.requireNonNull(s.product(), "product");
        this.title = text("title", s.title(), MAX_TITLE);
        this.detail = s.detail() == null || s.detail().isBlank() ? null : text("detail", s.detail(), MAX_DETAIL);
        this.link = link(s.link());
        this.raisedAt = Objects.requireNonNull(s.raisedAt(), "raisedAt");
        this.status = Objects.requireNonNull(s.status(), "status");
        this.acknowledgedBy = s.acknowledgedBy();
        this.assignee = s.assignee();
        this.resolvedBy = s.resolvedBy();
        this.mutedUntil = s.mutedUntil();
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
    }

    public static Alert raise(ProductKey product, String title, String detail, String link, Instant now) {
        return new Alert(new State(UUID.randomUUID(), product, title, detail, link, now, AlertStatus.OPEN, null, null,
                null, null, now));
    }

    public static Alert restore(State state) {
        return new Alert(state);
    }

    public State state() {
        return new State(id, product, title, detail, link, raisedAt, status, acknowledgedBy, assignee, resolvedBy,
                mutedUntil, updatedAt);
    }

    /** Applies a card button; {@link CardAction#OPEN} changes nothing (it is a link). */
    public Optional<AlertChanged> apply(CardAction action, String by, Instant at) {
        Objects.requireNonNull(by, "by");
        boolean changed = switch (action) {
            case ACKNOWLEDGE -> acknowledge(by);
            case ASSIGN_TO_ME -> assign(by);
            case RESOLVE -> resolve(by);
            case MUTE_24H -> mute(at);
            case OPEN -> false;
        };
        if (!changed) {
            return Optional.empty();
        }
        updatedAt = at;
        return Optional.of(new AlertChanged(id, action, by, at));
    }

    private boolean acknowledge(String by) {
        if (status != AlertStatus.OPEN) {
            return false;
        }
        status = AlertStatus.ACKNOWLEDGED;
        acknowledgedBy = by;
        return true;
    }

    /** Assigning also acknowledges: whoever takes it has seen it. */
    private boolean assign(String to) {
        if (status == AlertStatus.RESOLVED || to.equals(assignee)) {
            return false;
        }
        assignee = to;
        acknowledge(to);
        return true;
    }

    private boolean resolve(String by) {
        if (status == AlertStatus.RESOLVED) {
            return false;
        }
        status = AlertStatus.RESOLVED;
        resolvedBy = by;
        return true;
    }

    /** Muting again within the window does not extend it: a repeated click is the same click. */
    private boolean mute(Instant at) {
        if (status == AlertStatus.RESOLVED || isMuted(at)) {
            return false;
        }
        mutedUntil = at.plus(MUTE);
        return true;
    }

    public boolean isMuted(Instant now) {
        return mutedUntil != null && now.isBefore(mutedUntil);
    }

    /** The line a card shows under its text: who did what so far. */
    public String statusLine(Instant now) {
        StringBuilder line = new StringBuilder(switch (status) {
            case OPEN -> "Open";
            case ACKNOWLEDGED -> "Acknowledged by " + acknowledgedBy;
            case RESOLVED -> "Resolved by " + resolvedBy;
        });
        if (assignee != null && status != AlertStatus.RESOLVED) {
            line.append(" · assigned to ").append(assignee);
        }
        if (isMuted(now)) {
            line.append(" · muted until ").append(mutedUntil);
        }
        return line.toString();
    }

    public UUID id() {
        return id;
    }

    public ProductKey product() {
        return product;
    }

    public AlertStatus status() {
        return status;
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " is required");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException(field, field + " must be at most " + max + " characters");
        }
        return v;
    }

    /** A path inside VOC: cards turn it into an absolute link with the configured public address. */
    private static String link(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.startsWith("/") || value.startsWith("//")) {
            throw new InvalidInputException("link", "link must be a path inside VOC, such as /emerging?product=x");
        }
        return value;
    }
}
