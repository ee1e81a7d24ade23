package io.voc.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.voc.account.application.PasswordHasher;
import io.voc.account.application.Users;
import io.voc.account.model.Username;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
import io.voc.support.OwnPipeline;
import io.voc.support.OwnSchema;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Without VOC_ADMIN_PASSWORD the first start generates the admin's password, logs it once in a WARN block
 * and writes it to {@code admin-password.txt} (0600) in the configured directory - what `./voc up` prints.
 */
@QuarkusTest
@TestProfile(GeneratedAdminPasswordTest.NoPassword.class)
@QuarkusTestResource(TestStack.class)
class GeneratedAdminPasswordTest {
    static final String SCHEMA = "accounts_" + UUID.randomUUID().toString().substring(0, 8);
    static final Path DIR = Path.of("target", "admin-password-" + SCHEMA).toAbsolutePath();
    static final Path LOG = DIR.resolve("app.log");

    public static class NoPassword implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return OwnPipeline.named("voc-test-accounts-gen", OwnSchema.named(SCHEMA, LOG,
                    Map.of("voc.admin.password", "", "voc.admin.password-file-dir", DIR.toString())));
        }
    }

    @Inject
    PlatformSetup setup;
    @Inject
    Users users;
    @Inject
    PasswordHasher hasher;

    @Test
    void theGeneratedPasswordIsLoggedOnceAndWrittenToAPrivateFile() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> setup.isDone(SetupStep.ACCOUNT_ADMIN));

        Path file = DIR.resolve("admin-password.txt");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String password = Files.readString(file).strip();
        assertTrue(password.matches("[A-Za-z0-9_-]{32}"), "URL-safe, 32 characters");
        assertTrue(hasher.verify(password, users.find(new Username("admin")).orElseThrow().passwordHash()));

        String log = Files.readString(LOG);
        assertTrue(log.contains("First start: created admin user 'admin' with password " + password + " - change it"),
                "the WARN block");
        assertEquals(1, log.split(password, -1).length - 1, "the password appears once in the log");
    }

    @AfterAll
    static void dropSchema() throws Exception {
        AdminBootstrapTest.dropSchema(SCHEMA);
    }
}
