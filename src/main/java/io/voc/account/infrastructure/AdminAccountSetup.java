package io.voc.account.infrastructure;

import io.voc.account.application.BootstrapAdmin;
import io.voc.platform.VocConfig;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Setup step: once the schema is in place, makes sure an active admin exists ({@link BootstrapAdmin}).
 * Like every step it runs in the background and is retried, so the app starts while PostgreSQL is down.
 * A generated password is logged once, in a WARN block, and written to
 * {@code <voc.admin.password-file-dir>/admin-password.txt} (mode 0600) when that directory is set.
 * A configured password (VOC_ADMIN_PASSWORD) is never logged.
 */
@ApplicationScoped
class AdminAccountSetup implements SetupStep {
    static final String PASSWORD_FILE = "admin-password.txt";
    private static final Duration SCHEMA_WAIT = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(AdminAccountSetup.class);

    private final BootstrapAdmin bootstrap;
    private final PlatformSetup setup;
    private final VocConfig config;

    AdminAccountSetup(BootstrapAdmin bootstrap, PlatformSetup setup, VocConfig config) {
        this.bootstrap = bootstrap;
        this.setup = setup;
        this.config = config;
    }

    @Override
    public String name() {
        return ACCOUNT_ADMIN;
    }

    @Override
    public void run() throws InterruptedException {
        awaitSchema();
        BootstrapAdmin.Outcome outcome = bootstrap.run();
        switch (outcome.kind()) {
            case ADMIN_EXISTS -> LOG.debug("An active admin exists");
            case CREATED_WITH_CONFIGURED_PASSWORD -> LOG.infof(
                    "First start: created admin user '%s' with the password from VOC_ADMIN_PASSWORD",
                    BootstrapAdmin.ADMIN_NAME);
            case CREATED_WITH_GENERATED_PASSWORD -> announce(outcome.generatedPassword().orElseThrow());
            case NO_ACTIVE_ADMIN -> LOG.warnf("No active admin: user '%s' exists but is disabled or not admin;"
                    + " nobody can manage users until an admin is restored in PostgreSQL (table voc_user)",
                    BootstrapAdmin.ADMIN_NAME);
        }
    }

    /** Waits quietly for the schema for a while, then fails (and is retried) so readiness says why. */
    private void awaitSchema() throws InterruptedException {
        long deadline = System.nanoTime() + SCHEMA_WAIT.toNanos();
        while (!setup.isDone(POSTGRESQL_SCHEMA)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("waiting for " + POSTGRESQL_SCHEMA);
            }
            Thread.sleep(200);
        }
    }

    private void announce(String password) {
        Optional<Path> file = config.admin().passwordFileDir().filter(d -> !d.isBlank())
                .flatMap(dir -> writePasswordFile(Path.of(dir), password));
        LOG.warnf("""

                ==================================================================================
                First start: created admin user '%s' with password %s - change it
                %s
                This password is shown only once. Set VOC_ADMIN_PASSWORD before the first start
                to choose it yourself.
                ==================================================================================""",
                BootstrapAdmin.ADMIN_NAME, password,
                file.map(f -> "It is also in " + f + " (readable by this user only); delete that file once noted.")
                        .orElse(""));
    }

    /** Writes the password readable by the owner only: created 0600 under a temporary name, then renamed. */
    static Optional<Path> writePasswordFile(Path dir, String password) {
        Path target = dir.resolve(PASSWORD_FILE);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".admin-password", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(tmp, password + "\n", StandardCharsets.UTF_8);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return Optional.of(target);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.errorf("Could not write the admin password to %s: %s (the password is in the WARN block that follows)", target, e.getMessage());
            return Optional.empty();
        }
    }
}
