package io.voc.account.application;

import io.voc.platform.model.DependencyUnavailableException;

/** The user store (PostgreSQL) cannot be reached or answered with an error. */
public class AccountsUnavailableException extends DependencyUnavailableException {
    public AccountsUnavailableException(String message, Throwable cause) {
        super("accounts_unavailable", message, cause);
    }

    @Override
    public String userMessage() {
        return "sign-in is not possible right now (the account store cannot be reached); retry shortly";
    }
}
