package io.voc.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.voc.account.application.BootstrapAdmin;
import io.voc.account.application.PasswordHasher;
import io.voc.account.application.Users;
import io.voc.feedback.model.ProductScope;
import io.voc.account.model.Role;
import io.voc.account.model.User;
import io.voc.account.model.Username;
import io.voc.feedback.model.ProductKey;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
import io.voc.support.OwnPipeline;
import io.voc.support.OwnSchema;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The first admin on the real PostgreSQL of the test stack. The database is shared by all tests, so this
 * app runs on a schema of its own (fresh each run, dropped afterwards by {@link LastAdminTest}, which runs on
 * the same app): "no admin yet" really holds at its start whatever other tests left in the database.
 */
@QuarkusTest
@TestProfile(AdminBootstrapTest.Profile.class)
@QuarkusTestResource(TestStack.class)
class AdminBootstrapTest {
    static final String SCHEMA = "accounts_" + UUID.randomUUID().toString().substring(0, 8);
    static final String PASSWORD = "configured-" + UUID.randomUUID();
    static final Path LOG = Path.of("target", SCHEMA + "-app.log").toAbsolutePath();

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return OwnPipeline.named("voc-test-accounts",
                    OwnSchema.named(SCHEMA, LOG, Map.of("voc.admin.password", PASSWORD)));
        }
    }

    @Inject
    PlatformSetup setup;
    @Inject
    Users users;
    @Inject
    PasswordHasher hasher;
    @Inject
    BootstrapAdmin bootstrap;

    @Test
    void firstStartCreatesOneAdminWithTheConfiguredPasswordAndLaterRunsChangeNothing() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> setup.isDone(SetupStep.ACCOUNT_ADMIN));

        User admin = users.find(new Username("admin")).orElseThrow();
        assertEquals(Role.ADMIN, admin.role());
        assertTrue(admin.grant().isAll());
        assertFalse(admin.disabled());
        String hash = admin.passwordHash();
        assertTrue(hash.startsWith("$2a$12$"), hash);
        assertFalse(hash.contains(PASSWORD));
        assertTrue(hasher.verify(PASSWORD, hash));
        assertFalse(hasher.verify(PASSWORD + "x", hash));
        assertEquals(1, users.countActiveAdmins());

        // a second start (or a second instance): nothing is created, the password stays
        assertEquals(BootstrapAdmin.Outcome.Kind.ADMIN_EXISTS, bootstrap.run().kind());
        assertEquals(hash, users.find(new Username("admin")).orElseThrow().passwordHash());
        assertEquals(1, users.countActiveAdmins());
    }

    @Test
    void twoConcurrentAddsOfOneUsernameStoreOneUser() throws Exception {
        Username name = new Username("race-" + UUID.randomUUID().toString().substring(0, 8));
        ProductKey product = new ProductKey("race-product");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> adds = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String hash = "$2a$12$not-a-real-hash-" + i;
            Callable<Boolean> add = () -> users.addIfAbsent(User.create(name, "Racer", Role.ANALYST,
                    ProductScope.only(Set.of(product)), hash, Instant.now()));
            adds.add(pool.submit(add));
        }
        int added = 0;
        for (Future<Boolean> add : adds) {
            added += add.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, added);

        User stored = users.find(name).orElseThrow();
        assertEquals(Role.ANALYST, stored.role());
        assertEquals(ProductScope.only(Set.of(product)), stored.grant());
        assertFalse(stored.grant().isAll());
    }

    @Test
    void theConfiguredPasswordIsNeverLogged() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> setup.isDone(SetupStep.ACCOUNT_ADMIN));
        String log = Files.readString(LOG);
        assertTrue(log.contains("password from VOC_ADMIN_PASSWORD"), "the start-up line");
        assertFalse(log.contains(PASSWORD));
    }

    static void dropSchema(String schema) throws Exception {
        var config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        }
    }
}
