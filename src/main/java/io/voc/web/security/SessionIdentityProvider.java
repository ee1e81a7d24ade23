package io.voc.web.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.voc.account.application.BrowserSessions;
import jakarta.enterprise.context.ApplicationScoped;

/** A session cookie: the identity of its user today, or anonymous once it ended. */
@ApplicationScoped
class SessionIdentityProvider implements IdentityProvider<SessionAuthenticationRequest> {
    private final BrowserSessions sessions;

    SessionIdentityProvider(BrowserSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<SessionAuthenticationRequest> getRequestType() {
        return SessionAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> sessions.resume(request.cookieValue())
                .map(active -> CallerIdentity.of(active.caller(), active.csrfToken()))
                .orElse(null));
    }
}
