package io.voc.account.application;

import io.voc.account.model.User;
import io.voc.account.model.Username;
import java.util.Optional;

/** The stored users. Every call may throw {@link AccountsUnavailableException}. */
public interface Users {

    /** Stores a new user unless its username is taken (also by a concurrent add); false when taken. */
    boolean addIfAbsent(User user);

    Optional<User> find(Username username);

    Optional<User> findById(java.util.UUID id);

    /** Users with role admin that are not disabled. */
    long countActiveAdmins();
}
