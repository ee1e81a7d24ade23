package io.voc.card.infrastructure;

import io.quarkus.runtime.Startup;
import io.voc.card.model.ChannelAddress;
import io.voc.card.model.ChannelKind;
import io.voc.card.model.ChannelSecrets;
import io.voc.card.model.ChatChannel;
import io.voc.platform.VocConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Channels to and from their rows, sealing the URL and the secrets with {@link SecretBox} under
 * {@code voc.cards.secret-key}, each bound to its channel and column. Made at start-up, so an instance
 * without a valid key refuses to start instead of failing at the first card.
 */
@Startup
@ApplicationScoped
class SealedChannels {
    private final SecretBox box;

    SealedChannels(VocConfig config) {
        String key = config.cards().secretKey().orElseThrow(() -> new IllegalStateException(
                "voc.cards.secret-key (env VOC_CARDS_SECRET_KEY) is not set: it seals chat channels' URLs and "
                        + "secrets in PostgreSQL. Set it to Base64 of 32 random bytes (openssl rand -base64 32), the "
                        + "same on every instance, and keep it: channels sealed with a lost key must be set up again"));
        try {
            this.box = new SecretBox(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("voc.cards.secret-key (env VOC_CARDS_SECRET_KEY) is invalid: "
                    + e.getMessage(), e);
        }
    }

    ChannelRow toRow(ChatChannel channel) {
        ChatChannel.State s = channel.state();
        ChannelRow row = new ChannelRow();
        row.id = s.id();
        row.name = s.name();
        row.kind = s.kind().name();
        row.urlSealed = box.seal(s.address().uri().toString(), context(s.id(), "url"));
        row.urlShown = s.address().redacted();
        row.signingSealed = s.secrets().signing() == null ? null : box.seal(s.secrets().signing(), context(s.id(), "signing"));
        row.callbackSealed = s.secrets().callback() == null ? null
                : box.seal(s.secrets().callback(), context(s.id(), "callback"));
        row.owner = s.owner();
        row.allProducts = s.products().isAll();
        row.products = ProductColumns.keys(s.products());
        row.disabled = s.disabled();
        row.createdAt = s.createdAt();
        return row;
    }

    /** @throws IllegalStateException when a value does not open (another key, or moved from another row) */
    ChatChannel toChannel(ChannelRow row) {
        ChannelSecrets secrets = new ChannelSecrets(
                row.signingSealed == null ? null : box.open(row.signingSealed, context(row.id, "signing")),
                row.callbackSealed == null ? null : box.open(row.callbackSealed, context(row.id, "callback")));
        return ChatChannel.restore(new ChatChannel.State(row.id, row.name, ChannelKind.valueOf(row.kind),
                ChannelAddress.parse(box.open(row.urlSealed, context(row.id, "url"))), secrets, row.owner,
                ProductColumns.scope(row.allProducts, row.products), row.disabled, row.createdAt));
    }

    /** The associated data a value is sealed with: which channel and which column it belongs to. */
    private static String context(UUID channel, String field) {
        return "channel:" + channel + ":" + field;
    }
}
