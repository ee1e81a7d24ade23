package io.voc.card.infrastructure;

import io.vertx.core.Vertx;
import io.voc.card.model.Card;
import io.voc.card.model.CardAction;
import io.voc.card.model.ChannelAddress;
import io.voc.card.model.ChannelKind;
import io.voc.card.model.ChannelSecrets;
import io.voc.card.model.ChatChannel;
import io.voc.card.model.EventKind;
import io.voc.feedback.model.ProductScope;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A card, channels and posters for the ChatPoster tests. */
final class PosterFixtures {
    static final String VOC = "https://voc.example.com";
    static final String SLACK_SIGNING_SECRET = "slack-signing-secret";

    private PosterFixtures() {
    }

    static Card card() {
        return new Card(UUID.randomUUID(), EventKind.EMERGING_ISSUE, "pocketbank", "Login crashes on 3.9.0",
                "Users write: the app closes at login <!channel>", List.of(new Card.Fact("Negative", "85%")),
                "Open", VOC + "/emerging?product=pocketbank", List.of(CardAction.ACKNOWLEDGE,
                        CardAction.ASSIGN_TO_ME, CardAction.RESOLVE, CardAction.MUTE_24H, CardAction.OPEN));
    }

    /** A channel at {@code url}; {@code signing} is the Lark bot's or the webhook's secret (or null). */
    static ChatChannel channel(ChannelKind kind, String url, String signing) {
        return ChatChannel.create("team " + kind.wireName(), kind, ChannelAddress.parse(url),
                new ChannelSecrets(signing, kind == ChannelKind.SLACK ? SLACK_SIGNING_SECRET : null), "alice",
                ProductScope.allProducts(), Instant.now());
    }

    static ChatPoster poster(Vertx vertx, Set<String> allowed) {
        return new ChatPoster(vertx, new OutboundAddressPolicy(allowed), ChatPosterSettings.of(VOC));
    }
}
