package io.voc.query.application;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.voc.account.model.Role;
import io.voc.query.model.SavedQuery;
import io.voc.query.model.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A saved query as the API and pages show it. {@code definition} is the stored JSON, shown as JSON (not as a
 * string holding JSON); {@code mayChange}: whether the one asking may edit, share and delete it.
 */
public record SavedQueryView(UUID id, String name, String description, @JsonRawValue String definition,
        String owner, Sharing sharing, int version, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy, boolean mayChange) {

    /** Roles (lower case) and usernames a query is shared with, sorted; both empty: private. */
    public record Sharing(List<String> roles, List<String> users) {
        static Sharing of(Visibility visibility) {
            return new Sharing(visibility.roles().stream().sorted().map(Sharing::roleName).toList(),
                    List.copyOf(visibility.sortedUsers()));
        }

        private static String roleName(Role role) {
            return role.name().toLowerCase(Locale.ROOT);
        }

        @JsonIgnore // for pages; the API shows the two lists
        public boolean isPrivate() {
            return roles.isEmpty() && users.isEmpty();
        }
    }

    static SavedQueryView of(SavedQuery query, boolean mayChange) {
        SavedQuery.State s = query.state();
        return new SavedQueryView(s.id(), s.name(), s.description(), s.definition(), s.owner(),
                Sharing.of(s.visibility()), s.version(), s.createdAt(), s.createdBy(), s.updatedAt(), s.updatedBy(),
                mayChange);
    }
}
