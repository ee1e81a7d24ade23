package io.voc.card.infrastructure;

import static io.voc.card.infrastructure.PosterFixtures.VOC;
import static io.voc.card.infrastructure.PosterFixtures.card;
import static io.voc.card.infrastructure.PosterFixtures.channel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.voc.card.model.ChannelKind;
import io.voc.card.model.DeliveryOutcome;
import io.voc.support.ChatReceiver;
import io.voc.support.ChatReceiver.Provider;
import java.net.InetAddress;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A channel URL is typed by a user: cards go to the internet, not into VOC's own network (the cloud
 * metadata service, private addresses, this machine) unless an admin allows the host - and they go to the
 * very address that was checked.
 */
class ChatPosterOutboundSafetyTest {
    private static Vertx vertx;
    private static ChatReceiver receiver;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        receiver = ChatReceiver.start();
    }

    @AfterEach
    void forget() {
        receiver.reset();
    }

    @AfterAll
    static void stop() throws Exception {
        receiver.close();
        vertx.close().toCompletionStage().toCompletableFuture().get();
    }

    @Test
    void internalAddressesAreRefusedBeforeAnyConnection() {
        try (ChatPoster poster = PosterFixtures.poster(vertx, Set.of())) {
            assertRefused(poster, "https://169.254.169.254/x", "169.254.169.254", "link-local");
            assertRefused(poster, "https://10.0.0.1/x", "10.0.0.1", "a private address");
            assertRefused(poster, receiver.url(Provider.WEBHOOK, "localhost"), "localhost", "a loopback address");
        }
        assertEquals(List.of(), receiver.requests(), "the receiver on this machine saw nothing");
    }

    @Test
    void anAllowedHostIsDelivered() {
        try (ChatPoster byName = PosterFixtures.poster(vertx, Set.of("localhost"));
                ChatPoster byAddress = PosterFixtures.poster(vertx, Set.of("127.0.0.1"))) {
            assertTrue(byName.post(webhookAt(receiver.url(Provider.WEBHOOK, "localhost")), card(), UUID.randomUUID())
                    .delivered());
            assertTrue(byAddress.post(webhookAt(receiver.url(Provider.WEBHOOK)), card(), UUID.randomUUID())
                    .delivered());
        }
        assertEquals(2, receiver.requests().size());
    }

    @Test
    void oneInternalAnswerAmongPublicOnesIsRefused() throws Exception {
        HostResolver mixed = host -> List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.1.2.3"));
        try (ChatPoster poster = new ChatPoster(vertx, new OutboundAddressPolicy(Set.of()),
                ChatPosterSettings.of(VOC), mixed, Clock.systemUTC(), CardActionLinks.OPEN_ALERT)) {
            assertRefused(poster, "https://hooks.example.test/x", "10.1.2.3", "a private address");
        }
    }

    @Test
    void theRequestGoesToTheCheckedAddressUnderTheName() throws Exception {
        // the name answers 127.0.0.2, where this receiver listens; the system would answer 127.0.0.1 for
        // localhost, where nothing listens on this port - so arriving proves the connection used the checked
        // address rather than looking the name up again
        try (ChatReceiver elsewhere = ChatReceiver.start(InetAddress.getByName("127.0.0.2"))) {
            AtomicInteger lookups = new AtomicInteger();
            HostResolver resolver = host -> {
                lookups.incrementAndGet();
                return List.of(InetAddress.getByName("127.0.0.2"));
            };
            try (ChatPoster poster = new ChatPoster(vertx, new OutboundAddressPolicy(Set.of("localhost")),
                    ChatPosterSettings.of(VOC), resolver, Clock.systemUTC(), CardActionLinks.OPEN_ALERT)) {
                DeliveryOutcome outcome = poster.post(webhookAt(elsewhere.url(Provider.WEBHOOK, "localhost")), card(),
                        UUID.randomUUID());

                assertTrue(outcome.delivered(), outcome.detail());
            }
            assertEquals(1, lookups.get(), "one lookup per delivery: nothing to rebind in between");
            assertEquals("localhost:" + elsewhere.port(), elsewhere.requests().get(0).header("Host"),
                    "the Host header (and on TLS the SNI and the certificate check) keep the name");
        }
    }

    private static void assertRefused(ChatPoster poster, String url, String host, String why) {
        DeliveryOutcome outcome = poster.post(webhookAt(url), card(), UUID.randomUUID());
        assertTrue(outcome.permanent(), outcome.detail());
        assertTrue(outcome.detail().startsWith("not sent: ") && outcome.detail().contains(host)
                && outcome.detail().contains(why), outcome.detail());
    }

    private static io.voc.card.model.ChatChannel webhookAt(String url) {
        return channel(ChannelKind.WEBHOOK, url, "team-hook-secret-1");
    }
}
