package io.voc.card.infrastructure;

import static io.voc.card.infrastructure.PosterFixtures.VOC;
import static io.voc.card.infrastructure.PosterFixtures.card;
import static io.voc.card.infrastructure.PosterFixtures.channel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.voc.card.model.ChannelKind;
import io.voc.card.model.ChatChannel;
import io.voc.card.model.DeliveryOutcome;
import io.voc.support.ChatReceiver;
import io.voc.support.ChatReceiver.Provider;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How providers' failures read: worth retrying (and when), or needing someone to fix the channel. */
class ChatPosterFailuresTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private static Vertx vertx;
    private static ChatReceiver receiver;
    private static ChatPoster poster;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        receiver = ChatReceiver.start();
        poster = new ChatPoster(vertx, new OutboundAddressPolicy(Set.of("127.0.0.1")),
                new ChatPosterSettings(Duration.ofMillis(500), TIMEOUT, ChatPosterSettings.MAX_RESPONSE_BYTES, VOC),
                HostResolver.SYSTEM, Clock.systemUTC(), CardActionLinks.OPEN_ALERT);
    }

    @AfterEach
    void forget() {
        receiver.reset();
    }

    @AfterAll
    static void stop() throws Exception {
        poster.close();
        receiver.close();
        vertx.close().toCompletionStage().toCompletableFuture().get();
    }

    @Test
    void aServerErrorIsWorthRetrying() {
        receiver.failNext(1, 500);
        DeliveryOutcome outcome = post(Provider.SLACK);

        assertFalse(outcome.delivered());
        assertFalse(outcome.permanent());
        assertTrue(outcome.detail().contains("HTTP 500"), outcome.detail());
        assertEquals(Optional.empty(), outcome.retryAfter());
        assertEquals(DeliveryOutcome.delivered("200 ok"), post(Provider.SLACK), "and the next attempt arrives");
    }

    @Test
    void throttlingCarriesTheProvidersRetryAfter() {
        receiver.throttleNext(1, 7);
        DeliveryOutcome outcome = post(Provider.SLACK);

        assertFalse(outcome.delivered() || outcome.permanent(), outcome.detail());
        assertEquals(Optional.of(Duration.ofSeconds(7)), outcome.retryAfter());
    }

    @Test
    void slacksErrorsAboutTheHookAreForGood() {
        receiver.answerNext(1, 404, "no_service");
        receiver.answerNext(1, 410, "channel_is_archived");

        DeliveryOutcome deleted = post(Provider.SLACK);
        DeliveryOutcome archived = post(Provider.SLACK);

        assertTrue(deleted.permanent());
        assertEquals("Slack answered HTTP 404: no_service", deleted.detail());
        assertTrue(archived.permanent());
        assertEquals("Slack answered HTTP 410: channel_is_archived", archived.detail());
    }

    @Test
    void larkSendingTooFastPassesButOtherLarkCodesDoNot() {
        receiver.answerNext(1, 200, "{\"code\":11232,\"msg\":\"frequency limited\",\"data\":{}}");
        receiver.answerNext(1, 200, "{\"code\":19024,\"msg\":\"Key Words Not Found\",\"data\":{}}");

        DeliveryOutcome limited = post(Provider.LARK);
        DeliveryOutcome keywords = post(Provider.LARK);

        assertFalse(limited.delivered() || limited.permanent(), limited.detail());
        assertTrue(limited.detail().contains("11232"), limited.detail());
        assertTrue(keywords.permanent(), keywords.detail());
        assertTrue(keywords.detail().contains("19024: Key Words Not Found"), keywords.detail());
    }

    @Test
    void aRedirectIsNotFollowed() {
        // the redirects point back at this receiver: had one been followed, a second request would show
        // (303 is the one an HTTP client follows after a POST, as a GET)
        for (int status : new int[] {302, 303, 307}) {
            receiver.reset();
            receiver.redirectNext(1, status, receiver.url(Provider.SLACK));
            DeliveryOutcome outcome = post(Provider.WEBHOOK);

            assertTrue(outcome.permanent(), outcome.detail());
            assertTrue(outcome.detail().contains("HTTP " + status)
                    && outcome.detail().contains("redirects are not followed"), outcome.detail());
            assertEquals(1, receiver.requests().size(), "followed a " + status);
        }
    }

    @Test
    void anEndlessAnswerIsCutAtTheLimitNotWaitedFor() {
        receiver.streamEndlesslyNext(1);
        DeliveryOutcome outcome = post(Provider.TEAMS);

        // read to its end, the answer would never finish and the post would time out
        assertTrue(outcome.delivered(), outcome.detail());
        assertTrue(outcome.detail().startsWith("200 endless endless"), outcome.detail());
    }

    @Test
    void aReceiverThatNeverAnswersTimesOutAndIsRetriedLater() {
        receiver.stallNext(1);
        long started = System.nanoTime();
        DeliveryOutcome outcome = post(Provider.SLACK);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertFalse(outcome.delivered() || outcome.permanent(), outcome.detail());
        assertTrue(outcome.detail().contains("no answer"), outcome.detail());
        assertFalse(outcome.detail().contains(Provider.SLACK.path()),
                "a hook's path is its secret: " + outcome.detail());
        assertTrue(took.compareTo(TIMEOUT.multipliedBy(3)) < 0, "gave up after " + took);
    }

    @Test
    void nobodyListeningIsWorthRetrying() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ChatChannel gone = channel(ChannelKind.SLACK, "http://127.0.0.1:" + port + "/slack/hook", null);

        DeliveryOutcome outcome = poster.post(gone, card(), UUID.randomUUID());

        assertFalse(outcome.delivered() || outcome.permanent(), outcome.detail());
        assertTrue(outcome.detail().contains("could not post to http://127.0.0.1:" + port + "/…"), outcome.detail());
        assertFalse(outcome.detail().contains("/slack/hook"), "a hook's path is its secret: " + outcome.detail());
    }

    private static DeliveryOutcome post(Provider provider) {
        ChannelKind kind = ChannelKind.valueOf(provider.name());
        String secret = kind == ChannelKind.WEBHOOK ? "team-hook-secret-1" : null;
        return poster.post(channel(kind, receiver.url(provider), secret), card(), UUID.randomUUID());
    }
}
