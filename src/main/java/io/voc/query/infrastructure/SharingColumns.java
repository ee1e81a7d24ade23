package io.voc.query.infrastructure;

import io.voc.account.model.Role;
import io.voc.query.model.Visibility;
import java.util.Arrays;

/** A {@link Visibility} as the two array columns {@code shared_roles} (Role names) and {@code shared_users}. */
final class SharingColumns {
    private SharingColumns() {
    }

    static String[] roles(Visibility visibility) {
        return visibility.roles().stream().sorted().map(Role::name).toArray(String[]::new);
    }

    static String[] users(Visibility visibility) {
        return visibility.sortedUsers().toArray(String[]::new);
    }

    static Visibility visibility(String[] roles, String[] users) {
        return Visibility.of(Arrays.stream(roles).map(Role::valueOf).toList(), Arrays.asList(users));
    }
}
