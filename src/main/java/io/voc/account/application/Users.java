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

    /** Everyone, by username. */
    java.util.List<User> list();

    /**
     * Applies {@code change} to the stored user and saves it, in one transaction that first locks every
     * active admin: the change gets their number, and no other change of admins can slip in between
     * counting and saving (so two admins demoting each other at once cannot leave none). Empty when no
     * such user exists.
     */
    Optional<User> change(Username username, java.util.function.ObjLongConsumer<User> change);
}
