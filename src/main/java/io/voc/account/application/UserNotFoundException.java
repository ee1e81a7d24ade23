package io.voc.account.application;

/** No user by that name (answered 404). */
public class UserNotFoundException extends RuntimeException {
    public UserNotFoundException(String username) {
        super("no user '" + username + "'");
    }
}
