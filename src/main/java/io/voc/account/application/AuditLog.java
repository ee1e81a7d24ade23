package io.voc.account.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The audit log of access: who signed in (or failed to), used a token, or changed users and tokens - and
 * who changed chat channels or acted on an alert from a card, and who saved, changed, shared, deleted or
 * scheduled a query.
 */
public interface AuditLog {

    enum Action {
        SIGN_IN, SIGN_IN_FAILED, SIGN_IN_LOCKED, SIGN_OUT,
        TOKEN_CREATED, TOKEN_REVOKED, TOKEN_USED, TOKEN_REFUSED,
        USER_CREATED, USER_ROLE_CHANGED, USER_PRODUCTS_CHANGED, USER_DISABLED, USER_ENABLED, USER_PASSWORD_SET,
        CHANNEL_CREATED, CHANNEL_DISABLED, CHANNEL_ENABLED, CHANNEL_DELETED, SUBSCRIPTION_ADDED, SUBSCRIPTION_REMOVED,
        DELIVERY_RETRIED, ALERT_CHANGED, CARD_IDENTITY_LINKED, CARD_IDENTITY_UNLINKED,
        QUERY_CREATED, QUERY_CHANGED, QUERY_SHARED, QUERY_DELETED, QUERY_SCHEDULED, QUERY_UNSCHEDULED,
        QUERY_SCHEDULE_SWITCHED_OFF, QUERY_SCHEDULE_SWITCHED_ON,
        EXPERIMENT_CHANGED
    }

    /**
     * One entry. {@code actorId}/{@code actor}: who did it (for a failed sign-in, the username tried; may
     * be null); {@code target}: whom or what it concerns.
     */
    record Entry(long id, Instant at, UUID actorId, String actor, Action action, String target, String detail) {
    }

    void record(UUID actorId, String actor, Action action, String target, String detail);

    /** The newest entries first, older than {@code beforeId} when given (paging); at most {@code limit}. */
    List<Entry> recent(int limit, Long beforeId);
}
