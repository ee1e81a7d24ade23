package io.voc.account.application;

import java.util.UUID;

/** No token with this id that the caller may manage (answered 404: others' tokens are not revealed). */
public class TokenNotFoundException extends RuntimeException {
    public TokenNotFoundException(UUID id) {
        super("no token " + id);
    }
}
