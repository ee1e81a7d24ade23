package io.voc.card.application;

import io.voc.card.model.ChatChannel;
import io.voc.feedback.model.ProductKey;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A channel as pages and the API show it: never its secrets (only whether it has them), and its URL
 * redacted to scheme and host - a webhook URL's path is a credential too.
 */
public record ChannelView(UUID id, String name, String kind, String url, boolean hasSigningSecret,
        boolean hasCallbackSecret, String owner, boolean allProducts, List<String> products, boolean disabled,
        Instant createdAt) {

    public static ChannelView of(ChatChannel channel) {
        ChatChannel.State s = channel.state();
        return new ChannelView(s.id(), s.name(), s.kind().wireName(), s.address().redacted(),
                s.secrets().signing() != null, s.secrets().callback() != null, s.owner(), s.products().isAll(),
                s.products().products().stream().map(ProductKey::value).sorted().toList(), s.disabled(),
                s.createdAt());
    }
}
