package io.voc.card.application;

import io.quarkus.arc.Arc;
import io.voc.account.application.Caller;
import io.voc.account.model.Role;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What the card tests share: callers (users need not exist: the card store refers to them by name), product
 * keys of their own (the test database is shared, so every test's alerts, channels and subscriptions are
 * about products nobody else uses), and plain JDBC to read rows as PostgreSQL holds them.
 */
final class CardFixtures {
    private CardFixtures() {
    }

    /** Waits until the app has migrated the schema (it does so in the background at start). */
    static void awaitSchema() {
        PlatformSetup setup = Arc.container().instance(PlatformSetup.class).get();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> setup.isDone(SetupStep.POSTGRESQL_SCHEMA));
    }

    static ProductKey newProduct() {
        return new ProductKey("cardtest-" + UUID.randomUUID().toString().substring(0, 8));
    }

    static Caller admin() {
        return caller("card-admin", Role.ADMIN, ProductScope.allProducts());
    }

    static Caller caller(String prefix, Role role, ProductScope products) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new Caller(UUID.randomUUID(), name, name, role, role.scopes(), products, Caller.Via.SESSION);
    }

    static ProductScope only(ProductKey... products) {
        return ProductScope.only(Set.of(products));
    }

    static Connection database() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    /** The first column of each row {@code sql} returns, with {@code args} bound in order. */
    static List<Object> column(String sql, Object... args) {
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                query.setObject(i + 1, args[i]);
            }
            List<Object> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getObject(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static int update(String sql, Object... args) {
        try (Connection db = database(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String sql, Object... args) {
        return ((Number) column(sql, args).get(0)).longValue();
    }
}
