package io.voc.web;

import java.util.UUID;

/** Ids in paths: a malformed id names nothing that exists, so it is a 404 like an unknown one. */
final class PathIds {
    private PathIds() {
    }

    /** @param what what the id names, for the message ("no token ...") */
    static UUID uuid(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new jakarta.ws.rs.NotFoundException("no " + what + " " + id);
        }
    }
}
