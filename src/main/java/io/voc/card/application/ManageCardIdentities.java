package io.voc.card.application;

import io.voc.account.application.AuditLog;
import io.voc.account.application.Caller;
import io.voc.account.application.UserNotFoundException;
import io.voc.account.application.Users;
import io.voc.account.model.NotAllowedException;
import io.voc.account.model.Scope;
import io.voc.account.model.User;
import io.voc.account.model.Username;
import io.voc.card.model.CardIdentity;
import io.voc.card.model.ChannelKind;
import io.voc.platform.model.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Use case: admins link chat users to VOC users, so that a click on a card acts for that VOC user (with
 * their role and products) - or unlink them. Only admins: a link lets a chat account act in VOC, so it is
 * granted like a role. Every change is in the audit log.
 */
@ApplicationScoped
public class ManageCardIdentities {
    private final CardIdentities identities;
    private final Users users;
    private final AuditLog audit;
    private final Clock clock = CardClock.UTC_MICROS;

    ManageCardIdentities(CardIdentities identities, Users users, AuditLog audit) {
        this.identities = identities;
        this.users = users;
        this.audit = audit;
    }

    /** Links (or re-links) the chat user {@code externalId} of {@code provider} to the VOC user {@code username}. */
    public CardIdentity link(Caller caller, String provider, String externalId, String username) {
        requireAdmin(caller);
        if (username == null || username.isBlank()) {
            throw new InvalidInputException("username", "username (the VOC user to link to) is required");
        }
        User user = users.find(new Username(username.strip().toLowerCase(Locale.ROOT)))
                .orElseThrow(() -> new UserNotFoundException(username));
        CardIdentity identity = new CardIdentity(parse(provider), externalId, user.id(), user.username().value(),
                caller.username(), clock.instant());
        identities.put(identity);
        audit.record(caller.userId(), caller.username(), AuditLog.Action.CARD_IDENTITY_LINKED, target(identity),
                "acts as " + identity.username());
        return identity;
    }

    public void unlink(Caller caller, String provider, String externalId) {
        requireAdmin(caller);
        ChannelKind kind = parse(provider);
        String id = CardIdentity.externalId(externalId);
        if (!identities.delete(kind, id)) {
            throw new CardIdentityNotFoundException(kind.wireName() + " user " + id + " is not linked");
        }
        audit.record(caller.userId(), caller.username(), AuditLog.Action.CARD_IDENTITY_UNLINKED,
                kind.wireName() + " user " + id, null);
    }

    public List<CardIdentity> list(Caller caller) {
        requireAdmin(caller);
        return identities.list();
    }

    private static ChannelKind parse(String provider) {
        ChannelKind kind;
        try {
            kind = ChannelKind.parse(provider);
        } catch (InvalidInputException e) {
            kind = null; // said below, naming this field
        }
        return CardIdentity.requireClicksBack(kind);
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.may(Scope.ADMIN)) {
            throw new NotAllowedException("only admins link chat users to VOC users");
        }
    }

    private static String target(CardIdentity identity) {
        return identity.provider().wireName() + " user " + identity.externalId();
    }
}
