package io.voc.account.application;

import io.voc.account.model.User;

/** Callers made from stored users. */
final class Callers {
    private Callers() {
    }

    static Caller of(User user, Caller.Via via) {
        return new Caller(user.id(), user.username().value(), user.displayName(), user.role(), user.role().scopes(),
                user.grant(), via);
    }
}
