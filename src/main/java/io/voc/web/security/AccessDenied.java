package io.voc.web.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;
import io.voc.account.model.NotAllowedException;
import io.voc.feedback.model.ProductNotGrantedException;
import io.voc.web.ApiError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What a caller sees when an endpoint refuses them: the API answers 401 (no credentials) or 403 (not
 * allowed) in its error shape; a page sends an anonymous visitor to sign in and shows a signed-in one
 * a plain "no access" page.
 */
class AccessDenied {

    @ServerExceptionMapper
    Response unauthenticated(UnauthorizedException e, RoutingContext routing) {
        if (VocAuthenticationMechanism.isApi(routing)) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .header("WWW-Authenticate", VocAuthenticationMechanism.CHALLENGE)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of("unauthenticated",
                            "Sign in first: send a token (Authorization: Bearer) or a user's credentials (Basic).", null))
                    .build();
        }
        return Response.seeOther(URI.create(VocAuthenticationMechanism.signInLocation(routing))).build();
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e, RoutingContext routing) {
        return forbidden(routing, "Your role does not allow this. Ask an admin if you need it.");
    }

    @ServerExceptionMapper
    Response notAllowed(NotAllowedException e, RoutingContext routing) {
        return forbidden(routing, e.getMessage());
    }

    @ServerExceptionMapper
    Response productNotGranted(ProductNotGrantedException e, RoutingContext routing) {
        return forbidden(routing, e.getMessage());
    }

    private static Response forbidden(RoutingContext routing, String message) {
        if (VocAuthenticationMechanism.isApi(routing)) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of("forbidden", message, null)).build();
        }
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity("403 - no access. " + message + "\n").build();
    }
}
