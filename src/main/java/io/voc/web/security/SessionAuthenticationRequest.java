package io.voc.web.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request that carries a session cookie. */
final class SessionAuthenticationRequest extends BaseAuthenticationRequest {
    private final String cookieValue;

    SessionAuthenticationRequest(String cookieValue) {
        this.cookieValue = cookieValue;
    }

    String cookieValue() {
        return cookieValue;
    }
}
