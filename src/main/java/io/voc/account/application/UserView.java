package io.voc.account.application;

import io.voc.account.model.User;
import io.voc.feedback.model.ProductKey;
import java.time.Instant;
import java.util.List;

/** A user as admins see them; {@code products} null: all products. Never the password hash. */
public record UserView(String username, String displayName, String role, List<String> products, boolean disabled,
        Instant createdAt, Instant updatedAt) {

    static UserView of(User user) {
        return new UserView(user.username().value(), user.displayName(), user.role().name().toLowerCase(),
                user.grant().isAll() ? null : user.grant().products().stream().map(ProductKey::value).sorted().toList(),
                user.disabled(), user.createdAt(), user.updatedAt());
    }
}
