package io.voc.account.model;

/** A change would leave no active admin, and so nobody able to manage users. */
public class LastAdminException extends RuntimeException {
    public LastAdminException(String message) {
        super(message);
    }
}
