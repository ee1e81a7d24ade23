package io.voc.web.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import io.voc.account.application.Caller;
import io.voc.account.application.SignIn;
import io.voc.account.application.SignInRefusedException;
import jakarta.enterprise.context.ApplicationScoped;

/** HTTP Basic: the same sign-in, throttling included, as the form; bcrypt runs on a worker thread. */
@ApplicationScoped
class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    private final SignIn signIn;

    PasswordIdentityProvider(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            try {
                Caller caller = signIn.withPassword(request.getUsername(),
                        new String(request.getPassword().getPassword()), Caller.Via.PASSWORD);
                return CallerIdentity.of(caller, null);
            } catch (SignInRefusedException e) {
                throw new AuthenticationFailedException(e.getMessage(), e);
            }
        });
    }
}
