package io.voc.card.application;

import static io.voc.card.application.CardFixtures.admin;
import static io.voc.card.application.CardFixtures.caller;
import static io.voc.card.application.CardFixtures.column;
import static io.voc.card.application.CardFixtures.count;
import static io.voc.card.application.CardFixtures.newProduct;
import static io.voc.card.application.CardFixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.voc.account.application.Caller;
import io.voc.account.model.NotAllowedException;
import io.voc.account.model.Role;
import io.voc.card.model.ChannelSecrets;
import io.voc.card.model.EventKind;
import io.voc.feedback.model.ProductKey;
import io.voc.platform.model.InvalidInputException;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Setting up chat channels: what is stored (URL and secrets sealed, bound to their row), what is shown (no
 * secrets, the URL cut to its host), who may change a channel, and addresses inside VOC's own network
 * refused with the address and the reason. Public addresses are IP literals of a documentation range, so
 * no DNS is needed.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class ManageChannelsTest {
    private static final String WEBHOOK_PATH = "/services/T0001/B0002/pathIsTheSecret42";
    private static final String SIGNING_SECRET = "slack-signing-secret-0123456789";

    @Inject
    ManageChannels channels;
    @Inject
    ManageSubscriptions subscriptions;
    @Inject
    Channels store;

    @BeforeEach
    void schema() {
        CardFixtures.awaitSchema();
    }

    @Test
    void secretsAreStoredSealedAndNeverShown() {
        ProductKey product = newProduct();
        Caller owner = caller("analyst", Role.ANALYST, only(product));
        ChannelView created = channels.create(owner, "Team chat", "slack", "https://203.0.113.7" + WEBHOOK_PATH,
                new ChannelSecrets(null, SIGNING_SECRET), only(product));

        assertEquals("https://203.0.113.7/…", created.url());
        assertTrue(created.hasCallbackSecret());
        assertFalse(created.hasSigningSecret());
        ChannelView listed = channels.list(owner).stream().filter(c -> c.id().equals(created.id())).findFirst()
                .orElseThrow();
        assertEquals(created, listed);
        assertFalse(listed.toString().contains("pathIsTheSecret42"));
        assertFalse(listed.toString().contains(SIGNING_SECRET));

        String url = (String) column("select url_sealed from card_channel where id = ?", created.id()).get(0);
        String secret = (String) column("select callback_sealed from card_channel where id = ?", created.id()).get(0);
        assertTrue(url.startsWith("v1:") && secret.startsWith("v1:"), url + " / " + secret);
        assertFalse(url.contains("pathIsTheSecret42") || url.contains("203.0.113.7"), url);
        assertFalse(secret.contains(SIGNING_SECRET), secret);

        // the app itself opens them again, for sending and verifying
        var channel = store.find(created.id()).orElseThrow();
        assertEquals("https://203.0.113.7" + WEBHOOK_PATH, channel.address().uri().toString());
        assertEquals(SIGNING_SECRET, channel.secrets().callback());
    }

    @Test
    void aSealedValueMovedToAnotherChannelDoesNotOpen() {
        ProductKey product = newProduct();
        Caller owner = caller("analyst", Role.ANALYST, only(product));
        ChannelView first = channels.create(owner, "First", "slack", "https://203.0.113.8/a",
                new ChannelSecrets(null, "first-channel-secret"), only(product));
        ChannelView second = channels.create(owner, "Second", "slack", "https://203.0.113.9/b",
                new ChannelSecrets(null, "second-channel-secret"), only(product));

        CardFixtures.update("update card_channel set callback_sealed = (select callback_sealed from card_channel"
                + " where id = ?) where id = ?", first.id(), second.id());

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> store.find(second.id()));
        assertTrue(refused.getMessage().contains("moved from another channel"), refused.getMessage());
        assertEquals("first-channel-secret", store.find(first.id()).orElseThrow().secrets().callback());
        // the broken channel is still listed, and can be deleted and set up again
        assertTrue(channels.list(owner).stream().anyMatch(c -> c.id().equals(second.id())));
        channels.delete(owner, second.id());
    }

    @Test
    void addressesInsideVocsNetworkAreRefusedWithTheAddressAndWhy() {
        ProductKey product = newProduct();
        Caller owner = caller("analyst", Role.ANALYST, only(product));

        InvalidInputException metadata = refused(owner, product, "https://169.254.169.254/latest/meta-data");
        assertTrue(metadata.getMessage().contains("169.254.169.254")
                && metadata.getMessage().contains("link-local"), metadata.getMessage());
        InvalidInputException privateNet = refused(owner, product, "https://10.0.0.1/hook");
        assertTrue(privateNet.getMessage().contains("10.0.0.1")
                && privateNet.getMessage().contains("a private address"), privateNet.getMessage());
        InvalidInputException loopbackName = refused(owner, product, "http://localhost:9/hook");
        assertTrue(loopbackName.getMessage().contains("localhost resolves to")
                && loopbackName.getMessage().contains("loopback"), loopbackName.getMessage());
        assertTrue(loopbackName.getMessage().contains("voc.cards.allowed-hosts"), loopbackName.getMessage());

        assertEquals(0, count("select count(*) from card_channel where owner = ?", owner.username()),
                "no refused channel is stored");
    }

    @Test
    void onlyTheOwnerAndAdminsChangeAChannel() {
        ProductKey product = newProduct();
        Caller owner = caller("analyst", Role.ANALYST, only(product));
        Caller colleague = caller("colleague", Role.ANALYST, only(product));
        ChannelView channel = channels.create(owner, "Alerts", "lark", "https://203.0.113.10/hook", null,
                only(product));

        assertThrows(ChannelNotFoundException.class, () -> channels.disable(colleague, channel.id()));
        assertThrows(ChannelNotFoundException.class, () -> channels.delete(colleague, channel.id()));
        assertTrue(channels.list(colleague).stream().noneMatch(c -> c.id().equals(channel.id())));

        assertTrue(channels.disable(owner, channel.id()).disabled());
        assertTrue(channels.get(admin(), channel.id()).disabled(), "admins see every channel");
        assertFalse(channels.enable(admin(), channel.id()).disabled());
    }

    @Test
    void aChannelReceivesNoMoreProductsThanItsCreatorSees() {
        ProductKey mine = newProduct();
        ProductKey other = newProduct();
        Caller owner = caller("analyst", Role.ANALYST, only(mine));

        assertThrows(NotAllowedException.class, () -> channels.create(owner, "Too wide", "lark",
                "https://203.0.113.11/hook", null, only(mine, other)));
        assertThrows(NotAllowedException.class, () -> channels.create(caller("viewer", Role.VIEWER, only(mine)),
                "Viewer's", "lark", "https://203.0.113.11/hook", null, only(mine)), "viewers set up no channels");
    }

    @Test
    void deletingAChannelTakesItsSubscriptionsWithIt() {
        ProductKey product = newProduct();
        Caller owner = caller("analyst", Role.ANALYST, only(product));
        ChannelView channel = channels.create(owner, "Short-lived", "webhook", "https://203.0.113.12/hook",
                new ChannelSecrets("webhook-shared-secret", null), only(product));
        subscriptions.add(owner, channel.id(), Set.of(EventKind.EMERGING_ISSUE), null);
        assertEquals(1, subscriptions.list(owner, channel.id()).size());

        channels.delete(owner, channel.id());

        assertTrue(store.find(channel.id()).isEmpty());
        assertEquals(0, count("select count(*) from card_subscription where channel_id = ?", channel.id()));
        assertThrows(ChannelNotFoundException.class, () -> channels.delete(owner, channel.id()));
    }

    @Test
    void aSubscriptionStaysWithinItsChannelsProducts() {
        ProductKey product = newProduct();
        ProductKey other = newProduct();
        Caller admin = admin();
        ChannelView channel = channels.create(admin, "Narrow", "lark", "https://203.0.113.13/hook", null,
                only(product));

        assertThrows(InvalidInputException.class,
                () -> subscriptions.add(admin, channel.id(), Set.of(EventKind.DIGEST), only(other)));
        var added = subscriptions.add(admin, channel.id(), Set.of(EventKind.DIGEST), null);
        subscriptions.remove(admin, channel.id(), added.id());
        assertThrows(SubscriptionNotFoundException.class,
                () -> subscriptions.remove(admin, channel.id(), UUID.randomUUID()));
        assertTrue(subscriptions.list(admin, channel.id()).isEmpty());
    }

    private InvalidInputException refused(Caller owner, ProductKey product, String url) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> channels.create(owner,
                "Internal", "lark", url, null, only(product)));
        assertEquals("url", e.field());
        return e;
    }
}
