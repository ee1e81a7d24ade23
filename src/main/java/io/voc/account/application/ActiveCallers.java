package io.voc.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Callers for users known by id rather than by credentials - the VOC user a chat user is linked to, whose
 * click on a card acts for them. As with every request, the user is read afresh: a disabled user, or one whose
 * role or products changed, counts from the next click.
 */
@ApplicationScoped
public class ActiveCallers {
    private final Users users;

    ActiveCallers(Users users) {
        this.users = users;
    }

    /** The user as a caller; empty when there is no such user or they are disabled. */
    public Optional<Caller> byId(UUID userId, Caller.Via via) {
        return users.findById(userId).filter(u -> !u.disabled()).map(u -> Callers.of(u, via));
    }
}
