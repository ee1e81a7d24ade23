package io.voc.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.voc.account.application.Caller;
import io.voc.account.model.Role;
import io.voc.card.application.ManageChannels;
import io.voc.card.application.ManageDeliveries;
import io.voc.card.application.ManageSubscriptions;
import io.voc.card.application.Outbox;
import io.voc.card.application.RaiseAlert;
import io.voc.card.model.Card;
import io.voc.card.model.ChannelSecrets;
import io.voc.card.model.DeliveryStatus;
import io.voc.card.model.EventKind;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
import io.voc.support.ChatReceiver;
import io.voc.support.ChatReceiver.Provider;
import io.voc.support.ChatReceiver.Received;
import io.voc.support.ChatReceiver.Signature;
import io.voc.support.OwnPipeline;
import io.voc.support.OwnSchema;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cards raised in the app reach real HTTP receivers playing Slack, Lark, Teams and a team's webhook, through
 * the dispatcher running in the app: in each format, signed, retried, parked, and paced to each provider's
 * rate. The app has a schema of its own, so its dispatcher sees only this test's cards, not what other tests
 * left in the shared database; retries are quick here (50 ms doubling up to 400 ms, 5 attempts).
 */
@QuarkusTest
@TestProfile(CardDispatcherTest.Profile.class)
@QuarkusTestResource(TestStack.class)
class CardDispatcherTest {
    static final String SCHEMA = "cards_" + UUID.randomUUID().toString().substring(0, 8);
    static final Path LOG = Path.of("target", SCHEMA + "-app.log").toAbsolutePath();
    static final String VOC = "https://voc.example.com";
    static final int MAX_ATTEMPTS = 5;
    private static final String LARK_SECRET = "lark-bot-secret-dispatch";
    private static final String HOOK_SECRET = "team-hook-secret-dispatch";

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return OwnPipeline.named("voc-test-cards-dispatch", OwnSchema.named(SCHEMA, LOG, Map.of(
                    // native queries (the outbox's claim) name tables unqualified: they too go to the schema
                    "quarkus.datasource.reactive.additional-properties.search_path", SCHEMA,
                    "voc.cards.dispatcher.enabled", "true",
                    "voc.cards.dispatcher.poll-every", "200ms",
                    "voc.cards.allowed-hosts", "localhost,127.0.0.1",
                    "voc.cards.public-url", VOC,
                    "voc.cards.max-attempts", Integer.toString(MAX_ATTEMPTS),
                    "voc.cards.retry-base", "50ms",
                    "voc.cards.retry-max", "400ms")));
        }
    }

    @Inject
    PlatformSetup setup;
    @Inject
    RaiseAlert raiseAlert;
    @Inject
    ManageChannels channels;
    @Inject
    ManageSubscriptions subscriptions;
    @Inject
    ManageDeliveries deliveries;

    private final Caller admin = new Caller(UUID.randomUUID(), "dispatch-admin", "dispatch-admin", Role.ADMIN,
            Role.ADMIN.scopes(), ProductScope.allProducts(), Caller.Via.SESSION);
    private final ProductKey product = new ProductKey("dispatch-" + UUID.randomUUID().toString().substring(0, 8));
    private ChatReceiver receiver;

    @BeforeEach
    void start() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> setup.isDone(SetupStep.POSTGRESQL_SCHEMA));
        receiver = ChatReceiver.start().larkSecret(LARK_SECRET).webhookSecret(HOOK_SECRET);
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void everyKindOfChatGetsTheCardInItsFormatSignedAsItsProviderChecks() throws Exception {
        UUID slack = channel("slack", Provider.SLACK, null);
        UUID lark = channel("lark", Provider.LARK, LARK_SECRET);
        UUID teams = channel("teams", Provider.TEAMS, null);
        UUID webhook = channel("webhook", Provider.WEBHOOK, HOOK_SECRET);

        RaiseAlert.Raised raised = raise("Login crashes on 3.9.0");
        assertEquals(4, raised.queued());

        Map<Provider, Received> got = receiver.awaitRequests(4, Duration.ofSeconds(20)).stream()
                .collect(Collectors.toMap(Received::provider, r -> r));
        assertEquals(Set.of(Provider.values()), got.keySet(), "one card to each");
        got.values().forEach(r -> assertEquals(200, r.answeredStatus(), r.provider() + " accepted it: " + r.body()));

        JsonNode slackCard = got.get(Provider.SLACK).json();
        assertEquals("Login crashes on 3.9.0", slackCard.at("/blocks/0/text/text").asText());

        Received larkRequest = got.get(Provider.LARK);
        assertEquals(Signature.VERIFIED, larkRequest.signature());
        assertEquals("interactive", larkRequest.json().path("msg_type").asText());
        assertEquals("Login crashes on 3.9.0", larkRequest.json().at("/card/header/title/content").asText());

        JsonNode teamsCard = got.get(Provider.TEAMS).json();
        assertEquals("application/vnd.microsoft.card.adaptive", teamsCard.at("/attachments/0/contentType").asText());

        Received hook = got.get(Provider.WEBHOOK);
        assertEquals(Signature.VERIFIED, hook.signature());
        UUID hookDelivery = onlyEntry(webhook).delivery().id();
        assertEquals(hookDelivery.toString(), hook.header("X-VOC-Delivery"));
        assertEquals(hookDelivery.toString(), hook.json().path("delivery").asText());
        assertEquals(VOC + "/emerging?product=" + product.value(), hook.json().at("/alert/url").asText(),
                "the link leads to VOC's public address");
        assertEquals("85%", hook.json().at("/facts/0/value").asText());

        for (UUID channel : List.of(slack, lark, teams, webhook)) {
            awaitStatus(channel, DeliveryStatus.DELIVERED);
            assertEquals(1, onlyEntry(channel).delivery().attempts());
        }
    }

    @Test
    void aReceiverFailingThreeTimesGetsTheCardOnceOnTheFourthAttempt() throws Exception {
        UUID webhook = channel("flaky", Provider.WEBHOOK, HOOK_SECRET);
        receiver.failNext(3, 500);

        raise("Checkout slower since Friday");

        List<Received> got = receiver.awaitRequests(4, Duration.ofSeconds(20));
        Outbox.LogEntry delivered = awaitStatus(webhook, DeliveryStatus.DELIVERED);
        Thread.sleep(1_000); // a fifth request, if any, would have come by now
        got = receiver.requests();
        assertEquals(List.of(500, 500, 500, 200), got.stream().map(Received::answeredStatus).toList());
        assertEquals(Set.of(delivered.delivery().id().toString()),
                got.stream().map(r -> r.header("X-VOC-Delivery")).collect(Collectors.toSet()), "one delivery, retried");
        assertEquals(4, delivered.delivery().attempts());
    }

    @Test
    void aCardTheProviderRefusesForGoodIsParkedAtOnceWithTheReason() throws Exception {
        UUID slack = channel("deleted webhook", Provider.SLACK, null);
        receiver.answerNext(10, 404, "no_service");

        raise("Refused");

        Outbox.LogEntry parked = awaitStatus(slack, DeliveryStatus.PARKED);
        Thread.sleep(1_000);
        assertEquals(1, receiver.requests().size(), "not tried again");
        assertEquals(1, parked.delivery().attempts());
        assertEquals("not retried: Slack answered HTTP 404: no_service", parked.delivery().lastResponse());
    }

    @Test
    void aReceiverThatKeepsFailingGetsTheDeliveryParkedAfterMaxAttempts() throws Exception {
        UUID teams = channel("broken", Provider.TEAMS, null);
        receiver.failNext(100, 503);

        raise("Never arrives");

        Outbox.LogEntry parked = awaitStatus(teams, DeliveryStatus.PARKED);
        Thread.sleep(1_000);
        assertEquals(MAX_ATTEMPTS, receiver.requests().size());
        assertEquals(MAX_ATTEMPTS, parked.delivery().attempts());
        String reason = parked.delivery().lastResponse();
        assertTrue(reason.startsWith("gave up after " + MAX_ATTEMPTS + " attempts: ") && reason.contains("HTTP 503"),
                reason);
    }

    @Test
    void aProvidersRetryAfterIsWaitedFor() throws Exception {
        UUID webhook = channel("throttling", Provider.WEBHOOK, HOOK_SECRET);
        receiver.throttleNext(1, 2);

        raise("Throttled");

        List<Received> got = receiver.awaitRequests(2, Duration.ofSeconds(20));
        assertEquals(List.of(429, 200), got.stream().map(Received::answeredStatus).toList());
        Duration between = Duration.between(got.get(0).at(), got.get(1).at());
        assertTrue(between.compareTo(Duration.ofMillis(1_900)) >= 0, "asked for 2 s, waited " + between);
        assertEquals(2, awaitStatus(webhook, DeliveryStatus.DELIVERED).delivery().attempts());
    }

    @Test
    void tenCardsToOneSlackChannelArriveNoFasterThanSlackTakesThem() throws Exception {
        channel("busy", Provider.SLACK, null);
        for (int i = 0; i < 10; i++) {
            raise("Spike " + i);
        }

        List<Received> got = receiver.awaitRequests(10, Duration.ofSeconds(40));
        assertTrue(got.stream().allMatch(r -> r.answeredStatus() == 200), "Slack refused none");
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < got.size(); i++) {
            gaps.add(Duration.between(got.get(i - 1).at(), got.get(i).at()));
        }
        assertTrue(gaps.stream().allMatch(g -> g.toMillis() >= 900), "at most one a second: " + gaps);
    }

    private UUID channel(String name, Provider provider, String signingSecret) {
        // Slack verifies button clicks with its app's signing secret, which VOC requires of a Slack channel
        String callbackSecret = provider == Provider.SLACK ? "slack-app-signing-secret" : null;
        UUID id = channels.create(admin, name, provider.name(), receiver.url(provider), new ChannelSecrets(signingSecret,
                callbackSecret), ProductScope.only(Set.of(product))).id();
        subscriptions.add(admin, id, Set.of(EventKind.EMERGING_ISSUE), null);
        return id;
    }

    private RaiseAlert.Raised raise(String title) {
        return raiseAlert.raise(product, EventKind.EMERGING_ISSUE, title, "85% negative since Monday",
                "/emerging?product=" + product.value(), List.of(new Card.Fact("Negative", "85%")));
    }

    private Outbox.LogEntry awaitStatus(UUID channel, DeliveryStatus status) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> onlyEntry(channel), e -> e.delivery().status() == status);
    }

    private Outbox.LogEntry onlyEntry(UUID channel) {
        List<Outbox.LogEntry> entries = deliveries.log(admin, new Outbox.LogQuery(Optional.empty(),
                Optional.of(channel), 0, 10)).entries();
        assertEquals(1, entries.size(), "one delivery to the channel");
        return entries.get(0);
    }

    @AfterAll
    static void dropSchema() throws Exception {
        var config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }
}
