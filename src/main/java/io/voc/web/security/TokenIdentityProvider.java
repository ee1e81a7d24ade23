package io.voc.web.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import io.voc.account.application.AuthenticateToken;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code Authorization: Bearer voc_...}: the token's caller, or 401 for an unknown, revoked or expired one. */
@ApplicationScoped
class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {
    private final AuthenticateToken tokens;

    TokenIdentityProvider(AuthenticateToken tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> tokens.authenticate(request.getToken().getToken())
                .map(caller -> CallerIdentity.of(caller, null))
                .orElseThrow(() -> new AuthenticationFailedException(
                        "The API token is unknown, revoked or expired (or its owner was disabled).")));
    }
}
