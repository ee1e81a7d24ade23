package io.voc.web;

import io.quarkus.arc.Arc;
import io.voc.account.application.Caller;
import io.voc.account.application.PasswordHasher;
import io.voc.account.application.Users;
import io.voc.account.model.Role;
import io.voc.card.application.Alerts;
import io.voc.card.application.ChannelView;
import io.voc.card.application.ManageChannels;
import io.voc.card.application.RaiseAlert;
import io.voc.card.model.AlertStatus;
import io.voc.card.model.Card;
import io.voc.card.model.ChannelSecrets;
import io.voc.card.model.EventKind;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
import io.voc.support.SignedIn;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What the callback tests share: a product of their own (the test database is shared), a channel set up
 * through the use case, an open alert raised through the use case, a VOC user who may see the product, and
 * links of chat users made through the identities API as an admin does.
 */
@Singleton
class CardCallbackFixtures {
    // injected (not looked up) so that Quarkus keeps these beans although no endpoint uses them yet
    @Inject
    ManageChannels channels;
    @Inject
    RaiseAlert raiseAlert;
    @Inject
    Alerts alerts;
    @Inject
    Users users;
    @Inject
    PasswordHasher hasher;

    static void awaitSchema() {
        PlatformSetup setup = Arc.container().instance(PlatformSetup.class).get();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> setup.isDone(SetupStep.POSTGRESQL_SCHEMA));
    }

    static ProductKey newProduct() {
        return new ProductKey("cbtest-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A channel of {@code kind} posting to {@code url}, set up by an admin for {@code product}. */
    UUID channel(String kind, String url, ChannelSecrets secrets, ProductKey product) {
        Caller admin = new Caller(UUID.randomUUID(), "cb-admin", "cb-admin", Role.ADMIN, Role.ADMIN.scopes(),
                ProductScope.allProducts(), Caller.Via.SESSION);
        ChannelView view = channels.create(admin, kind + " " + product.value(), kind, url, secrets,
                ProductScope.only(Set.of(product)));
        return view.id();
    }

    UUID openAlert(ProductKey product) {
        return raiseAlert.raise(product, EventKind.EMERGING_ISSUE,
                "Login crashes on 3.9.0", "Users write: the app closes at login", "/emerging?product=" + product.value(),
                List.of(new Card.Fact("Negative", "85%"))).alertId();
    }

    AlertStatus status(UUID alert) {
        return alerts.find(alert).orElseThrow().alert().status();
    }

    /** A VOC viewer who may see {@code product}; signs in with {@link SignedIn#PASSWORD}. */
    String viewerOf(ProductKey product, String prefix) {
        return SignedIn.newUser(users, hasher, prefix, Role.VIEWER,
                ProductScope.only(Set.of(product)));
    }

    /** Links the chat user through the API, as an admin. */
    static void link(String provider, String externalId, String username) {
        SignedIn.asAdmin().contentType("application/json")
                .body(Map.of("provider", provider, "externalId", externalId, "username", username))
                .put("/api/v1/cards/identities").then().statusCode(200);
    }

    /** Audit lines of buttons clicked on the alert. */
    static long alertChanges(UUID alert) {
        return count("select count(*) from voc_audit where action = 'ALERT_CHANGED' and target = ?", "alert " + alert);
    }

    static long count(String sql, Object... args) {
        var config = ConfigProvider.getConfig();
        try (Connection db = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                query.setObject(i + 1, args[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
