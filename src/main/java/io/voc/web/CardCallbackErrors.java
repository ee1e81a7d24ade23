package io.voc.web;

import io.voc.card.application.CallbackNotVerifiedException;
import io.voc.card.application.CardIdentityNotFoundException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The card endpoints' own failures in the API's error shape. */
class CardCallbackErrors {

    /** A callback whose signature, timestamp or channel does not hold: nothing was applied. */
    @ServerExceptionMapper
    Response notVerified(CallbackNotVerifiedException e) {
        return ApiErrorMappers.error(Response.Status.UNAUTHORIZED, "invalid_signature", e.getMessage(), null);
    }

    @ServerExceptionMapper
    Response identityNotFound(CardIdentityNotFoundException e) {
        return ApiErrorMappers.error(Response.Status.NOT_FOUND, "not_found", e.getMessage(), null);
    }
}
