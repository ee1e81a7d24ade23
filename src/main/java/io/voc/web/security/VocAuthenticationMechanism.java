package io.voc.web.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * How callers prove who they are. Pipelines, scripts and bots send {@code Authorization: Bearer} (an API
 * token) or {@code Basic} (a user's password); browsers send the session cookie set at sign-in. No
 * credentials: anonymous, which the endpoints' {@code @RolesAllowed} turn into a 401 for the API and a
 * redirect to the sign-in page for pages.
 */
@ApplicationScoped
public class VocAuthenticationMechanism implements HttpAuthenticationMechanism {
    public static final String SESSION_COOKIE = "voc_session";
    /** Offers both schemes; a browser that meets this on the API shows its password prompt. */
    static final String CHALLENGE = "Bearer realm=\"VOC\", Basic realm=\"VOC\"";
    private static final String BASIC = "basic ";
    private static final String BEARER = "bearer ";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            if (authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
                return basic(authorization.substring(BASIC.length()).strip(), context, identities);
            }
            if (authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                return identities.authenticate(attach(new TokenAuthenticationRequest(new TokenCredential(
                        authorization.substring(BEARER.length()).strip(), "bearer")), context));
            }
            return Uni.createFrom().failure(new AuthenticationFailedException(
                    "Unsupported Authorization scheme: use Bearer (an API token) or Basic (username and password)"));
        }
        Cookie session = context.request().getCookie(SESSION_COOKIE);
        if (session != null) {
            // an ended session is no error: the caller is anonymous and signs in again
            return identities.authenticate(attach(new SessionAuthenticationRequest(session.getValue()), context))
                    .onFailure(AuthenticationFailedException.class).recoverWithNull();
        }
        return Uni.createFrom().nullItem();
    }

    private static Uni<SecurityIdentity> basic(String encoded, RoutingContext context, IdentityProviderManager identities) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Malformed Basic credentials"));
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Malformed Basic credentials"));
        }
        return identities.authenticate(attach(new UsernamePasswordAuthenticationRequest(decoded.substring(0, colon),
                new PasswordCredential(decoded.substring(colon + 1).toCharArray())), context));
    }

    private static AuthenticationRequest attach(AuthenticationRequest request, RoutingContext context) {
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return request;
    }

    /** Asked when an endpoint needs a caller and there is none: pages go to sign-in, the API answers 401. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (isApi(context)) {
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", CHALLENGE));
        }
        return Uni.createFrom().item(new ChallengeData(303, HttpHeaders.LOCATION, signInLocation(context)));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class, TokenAuthenticationRequest.class,
                SessionAuthenticationRequest.class);
    }

    static boolean isApi(RoutingContext context) {
        String path = context.normalizedPath().toLowerCase(Locale.ROOT);
        return path.startsWith("/api/") || path.equals("/api");
    }

    /** The sign-in page, asked to come back here afterwards. */
    static String signInLocation(RoutingContext context) {
        String uri = context.request().uri();
        return "/login" + ("/".equals(uri) ? "" : "?next=" + URLEncoder.encode(uri, StandardCharsets.UTF_8));
    }
}
