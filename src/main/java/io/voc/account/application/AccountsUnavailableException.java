package io.voc.account.application;

/** The user store (PostgreSQL) cannot be reached or answered with an error. */
public class AccountsUnavailableException extends RuntimeException {
    public AccountsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
