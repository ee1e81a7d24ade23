package io.voc.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.voc.account.application.PasswordHasher;
import io.voc.account.application.Users;
import io.voc.account.model.LastAdminException;
import io.voc.account.model.Role;
import io.voc.account.model.User;
import io.voc.account.model.Username;
import io.voc.feedback.model.ProductScope;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Two admins demoting each other at the same moment: the count and the save happen under one lock, so
 * exactly one demotion wins and one admin remains, every time. Runs on AdminBootstrapTest's app and schema,
 * where the only admins are 'admin' (made at start) and the ones this test makes.
 */
@QuarkusTest
@TestProfile(AdminBootstrapTest.Profile.class)
@QuarkusTestResource(TestStack.class)
class LastAdminTest {
    @Inject
    Users users;
    @Inject
    PasswordHasher hasher;
    @Inject
    PlatformSetup setup;

    @Test
    void concurrentDemotionsNeverLeaveNoAdmin() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> setup.isDone(SetupStep.ACCOUNT_ADMIN));
        String hash = hasher.hash("round password 123");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 30; round++) {
                // two active admins: 'admin' (made at start) and a fresh one; the previous round's are demoted
                Username other = new Username("admin-" + round);
                users.addIfAbsent(User.create(other, "Admin " + round, Role.ADMIN, ProductScope.allProducts(), hash,
                        Instant.now()));
                List<Username> pair = List.of(new Username("admin"), other);
                assertEquals(2, users.countActiveAdmins());
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> demotions = new ArrayList<>();
                for (Username target : pair) {
                    demotions.add(pool.submit(() -> {
                        start.await();
                        try {
                            users.change(target, (user, admins) -> user.changeRole(Role.VIEWER, admins, Instant.now()));
                            return true;
                        } catch (LastAdminException e) {
                            return false;
                        }
                    }));
                }
                start.countDown();
                int won = 0;
                for (Future<Boolean> demotion : demotions) {
                    won += demotion.get() ? 1 : 0;
                }
                assertEquals(1, won, "round " + round + ": exactly one demotion goes through");
                assertEquals(1, users.countActiveAdmins(), "round " + round + ": one admin remains");
                // make 'admin' admin again for the next round, if it was the one demoted
                users.change(new Username("admin"), (user, admins) -> user.changeRole(Role.ADMIN, admins, Instant.now()));
                users.change(other, (user, admins) -> user.changeRole(Role.VIEWER, admins, Instant.now()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The schema of both classes on this app goes here, not in AdminBootstrapTest: Quarkus runs the test classes
     * of one profile one after the other by name, so this one is the last to use it. (AdminBootstrapTest run
     * alone leaves its schema behind; its name is new each run, so no later run sees it.)
     */
    @AfterAll
    static void dropSchema() throws Exception {
        AdminBootstrapTest.dropSchema(AdminBootstrapTest.SCHEMA);
    }
}
