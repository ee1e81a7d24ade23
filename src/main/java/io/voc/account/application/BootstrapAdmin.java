package io.voc.account.application;

import io.voc.account.model.PasswordPolicy;
import io.voc.feedback.model.ProductScope;
import io.voc.account.model.Role;
import io.voc.account.model.User;
import io.voc.account.model.Username;
import io.voc.platform.VocConfig;
import io.voc.platform.model.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/**
 * Use case: makes sure someone can administer VOC. When no active admin exists, creates user
 * {@value #ADMIN_NAME} (role admin, all products) with the configured password ({@code voc.admin.password},
 * env {@code VOC_ADMIN_PASSWORD}) or a generated one. Safe to run on every start and on several
 * instances at once: the store adds the user only if the name is free, and only the instance whose add
 * succeeded reports a generated password.
 */
@ApplicationScoped
public class BootstrapAdmin {
    public static final String ADMIN_NAME = "admin";
    private static final Username ADMIN = new Username(ADMIN_NAME);
    private static final int GENERATED_BYTES = 24; // 32 URL-safe characters, 192 bits
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Users users;
    private final PasswordHasher hasher;
    private final VocConfig config;
    private final Clock clock;

    @Inject
    BootstrapAdmin(Users users, PasswordHasher hasher, VocConfig config) {
        this(users, hasher, config, Clock.systemUTC());
    }

    BootstrapAdmin(Users users, PasswordHasher hasher, VocConfig config, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.config = config;
        this.clock = clock;
    }

    public Outcome run() {
        if (users.countActiveAdmins() > 0) {
            return new Outcome(Outcome.Kind.ADMIN_EXISTS, null);
        }
        Optional<String> configured = config.admin().password().filter(p -> !p.isEmpty());
        String password = configured.orElseGet(BootstrapAdmin::generatePassword);
        if (configured.isPresent()) {
            try {
                PasswordPolicy.check(password, ADMIN);
            } catch (InvalidInputException e) {
                throw new InvalidInputException("password",
                        "voc.admin.password (VOC_ADMIN_PASSWORD) is not acceptable: " + e.getMessage());
            }
        }
        User admin = User.create(ADMIN, "Administrator", Role.ADMIN, ProductScope.allProducts(),
                hasher.hash(password), clock.instant());
        if (!users.addIfAbsent(admin)) {
            // another instance was faster, or an 'admin' exists that was disabled or demoted
            return new Outcome(users.countActiveAdmins() > 0 ? Outcome.Kind.ADMIN_EXISTS : Outcome.Kind.NO_ACTIVE_ADMIN,
                    null);
        }
        return configured.isPresent()
                ? new Outcome(Outcome.Kind.CREATED_WITH_CONFIGURED_PASSWORD, null)
                : new Outcome(Outcome.Kind.CREATED_WITH_GENERATED_PASSWORD, password);
    }

    static String generatePassword() {
        byte[] bytes = new byte[GENERATED_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What the run did; carries the generated password, if any, which its toString never shows. */
    public static final class Outcome {
        public enum Kind {
            /** An active admin was there already: nothing was done. */
            ADMIN_EXISTS,
            CREATED_WITH_CONFIGURED_PASSWORD,
            CREATED_WITH_GENERATED_PASSWORD,
            /** No active admin, and user 'admin' exists but is disabled or no longer admin. */
            NO_ACTIVE_ADMIN
        }

        private final Kind kind;
        private final String generatedPassword;

        Outcome(Kind kind, String generatedPassword) {
            this.kind = kind;
            this.generatedPassword = generatedPassword;
        }

        public Kind kind() {
            return kind;
        }

        /** Present only for {@link Kind#CREATED_WITH_GENERATED_PASSWORD}, to be shown to the operator once. */
        public Optional<String> generatedPassword() {
            return Optional.ofNullable(generatedPassword);
        }

        @Override
        public String toString() {
            return kind.name();
        }
    }
}
