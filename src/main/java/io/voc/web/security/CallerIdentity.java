package io.voc.web.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.voc.account.application.Caller;
import io.voc.account.model.Scope;
import java.util.Optional;

/** Puts a {@link Caller} into a Quarkus {@link SecurityIdentity} (scopes as roles) and reads it back. */
public final class CallerIdentity {
    private static final String CALLER = "voc.caller";
    private static final String CSRF_TOKEN = "voc.csrf-token";

    private CallerIdentity() {
    }

    static SecurityIdentity of(Caller caller, String csrfToken) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(caller.username()))
                .addAttribute(CALLER, caller);
        for (Scope scope : caller.scopes()) {
            builder.addRole(scope.id());
        }
        if (csrfToken != null) {
            builder.addAttribute(CSRF_TOKEN, csrfToken);
        }
        return builder.build();
    }

    /** The caller behind an identity; empty for anonymous requests. */
    public static Optional<Caller> caller(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? Optional.empty()
                : Optional.ofNullable(identity.getAttribute(CALLER));
    }

    /** The session's CSRF token; present only for identities from a session cookie. */
    public static Optional<String> csrfToken(SecurityIdentity identity) {
        return identity == null ? Optional.empty() : Optional.ofNullable(identity.getAttribute(CSRF_TOKEN));
    }
}
