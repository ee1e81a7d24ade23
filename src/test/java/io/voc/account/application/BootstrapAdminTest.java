package io.voc.account.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voc.account.model.Role;
import io.voc.account.model.User;
import io.voc.account.model.Username;
import io.voc.platform.VocConfig;
import io.voc.platform.model.InvalidInputException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The bootstrap's decisions, on an in-memory store (the PostgreSQL store: AdminBootstrapTest). */
class BootstrapAdminTest {

    @Test
    void generatesAUrlSafePasswordWhenNoneIsConfigured() {
        MemoryUsers users = new MemoryUsers();
        BootstrapAdmin.Outcome outcome = new BootstrapAdmin(users, new PlainHasher(), config(null)).run();

        assertEquals(BootstrapAdmin.Outcome.Kind.CREATED_WITH_GENERATED_PASSWORD, outcome.kind());
        String password = outcome.generatedPassword().orElseThrow();
        assertTrue(password.matches("[A-Za-z0-9_-]{32}"), password);
        assertFalse(outcome.toString().contains(password));
        User admin = users.find(new Username("admin")).orElseThrow();
        assertEquals("hashed:" + password, admin.passwordHash());
        assertTrue(admin.grant().isAll());
        assertEquals(Role.ADMIN, admin.role());
    }

    @Test
    void usesTheConfiguredPasswordAndReportsNone() {
        MemoryUsers users = new MemoryUsers();
        BootstrapAdmin.Outcome outcome = new BootstrapAdmin(users, new PlainHasher(), config("a configured secret")).run();
        assertEquals(BootstrapAdmin.Outcome.Kind.CREATED_WITH_CONFIGURED_PASSWORD, outcome.kind());
        assertTrue(outcome.generatedPassword().isEmpty());
        assertEquals("hashed:a configured secret", users.find(new Username("admin")).orElseThrow().passwordHash());
    }

    @Test
    void refusesAConfiguredPasswordThatBreaksThePolicyWithoutRepeatingIt() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new BootstrapAdmin(new MemoryUsers(), new PlainHasher(), config("short")).run());
        assertEquals("password", e.field());
        assertTrue(e.getMessage().contains("VOC_ADMIN_PASSWORD"), e.getMessage());
        assertFalse(e.getMessage().contains("short'"), e.getMessage());
    }

    @Test
    void twoInstancesStartingAtOnceCreateOneAdminAndOnlyTheWinnerReportsAPassword() throws Exception {
        MemoryUsers users = new MemoryUsers();
        CountDownLatch bothCounted = new CountDownLatch(2);
        users.afterCount = () -> {
            bothCounted.countDown();
            try {
                bothCounted.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<BootstrapAdmin.Outcome>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> new BootstrapAdmin(users, new PlainHasher(), config(null)).run()));
        }
        List<BootstrapAdmin.Outcome> outcomes = new ArrayList<>();
        for (Future<BootstrapAdmin.Outcome> run : runs) {
            outcomes.add(run.get());
        }
        pool.shutdown();

        assertEquals(1, users.byName.size());
        assertEquals(1, outcomes.stream().filter(o -> o.generatedPassword().isPresent()).count());
        assertEquals(1, outcomes.stream().filter(o -> o.kind() == BootstrapAdmin.Outcome.Kind.ADMIN_EXISTS).count());
        String reported = outcomes.stream().flatMap(o -> o.generatedPassword().stream()).findFirst().orElseThrow();
        assertEquals("hashed:" + reported, users.find(new Username("admin")).orElseThrow().passwordHash());
    }

    @Test
    void doesNothingWhenAnActiveAdminExists() {
        MemoryUsers users = new MemoryUsers();
        new BootstrapAdmin(users, new PlainHasher(), config("first secret here")).run();
        BootstrapAdmin.Outcome again = new BootstrapAdmin(users, new PlainHasher(), config("other secret here")).run();
        assertEquals(BootstrapAdmin.Outcome.Kind.ADMIN_EXISTS, again.kind());
        assertEquals("hashed:first secret here", users.find(new Username("admin")).orElseThrow().passwordHash());
    }

    static VocConfig config(String password) {
        VocConfig.Admin admin = new VocConfig.Admin() {
            @Override
            public Optional<String> password() {
                return Optional.ofNullable(password);
            }

            @Override
            public Optional<String> passwordFileDir() {
                return Optional.empty();
            }
        };
        return (VocConfig) Proxy.newProxyInstance(VocConfig.class.getClassLoader(), new Class<?>[] {VocConfig.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("admin")) {
                        return admin;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    static final class PlainHasher implements PasswordHasher {
        @Override
        public String hash(String password) {
            return "hashed:" + password;
        }

        @Override
        public boolean verify(String password, String hash) {
            return hash.equals("hashed:" + password);
        }
    }

    static final class MemoryUsers implements Users {
        final Map<String, User> byName = new ConcurrentHashMap<>();
        volatile Runnable afterCount = () -> {
        };

        @Override
        public boolean addIfAbsent(User user) {
            return byName.putIfAbsent(user.username().value(), user) == null;
        }

        @Override
        public Optional<User> find(Username username) {
            return Optional.ofNullable(byName.get(username.value()));
        }

        @Override
        public long countActiveAdmins() {
            long count = byName.values().stream().filter(User::isActiveAdmin).count();
            afterCount.run();
            return count;
        }
    }
}
