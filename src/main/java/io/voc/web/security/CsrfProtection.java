package io.voc.web.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.voc.web.ApiError;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Cross-site request forgery protection for requests signed in by the session cookie (the cookie goes
 * along with any request a browser makes, wherever the page that made it came from). A state-changing
 * request must echo the session's secret token: forms in the hidden field {@value #FORM_FIELD}, scripts
 * in the {@value #HEADER} header. Requests with Basic or Bearer credentials need no token: a browser
 * never adds those by itself.
 */
public class CsrfProtection {
    public static final String FORM_FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> check(ContainerRequestContext request, RoutingContext routing) {
        if (SAFE.contains(request.getMethod())) {
            return null;
        }
        Optional<String> expected = sessionToken(routing);
        if (expected.isEmpty()) {
            return null;
        }
        String header = request.getHeaderString(HEADER);
        if (header != null) {
            return matches(header, expected.get()) ? null : reject();
        }
        MediaType type = request.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return reject();
        }
        return formAttributes(routing.request())
                .map(form -> matches(form.get(FORM_FIELD), expected.get()) ? null : forbidden());
    }

    private static Optional<String> sessionToken(RoutingContext routing) {
        if (routing.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            return CallerIdentity.csrfToken(identity);
        }
        return Optional.empty();
    }

    private static boolean matches(String supplied, String expected) {
        return supplied != null && MessageDigest.isEqual(supplied.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    private static Uni<Response> reject() {
        return Uni.createFrom().item(forbidden());
    }

    private static Response forbidden() {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of("csrf_token_invalid", "This request must carry the page's CSRF token (form field "
                        + FORM_FIELD + " or header " + HEADER + "). Reload the page and try again.", null))
                .build();
    }

    /** Reads the form before the endpoint does; Quarkus REST then takes the attributes already read. */
    private static Uni<MultiMap> formAttributes(HttpServerRequest request) {
        request.setExpectMultipart(true);
        return Uni.createFrom().emitter(emitter -> {
            request.endHandler(ignored -> emitter.complete(request.formAttributes()));
            request.resume();
        });
    }
}
