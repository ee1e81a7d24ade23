package io.voc.web.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.voc.account.application.Caller;
import io.voc.feedback.model.ProductScope;
import jakarta.enterprise.context.ApplicationScoped;

/** The caller of the current request, for endpoints that pass it (or its products) to a use case. */
@ApplicationScoped
public class CurrentCaller {
    private final SecurityIdentity identity;

    CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller get() {
        return CallerIdentity.caller(identity).orElseThrow(UnauthorizedException::new);
    }

    /** The products the caller may see; every search and export is limited to them. */
    public ProductScope products() {
        return get().products();
    }
}
