package io.voc.card.infrastructure;

import io.voc.card.model.ChatChannel;
import io.voc.card.model.SendPace;
import io.voc.card.model.SendRate;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The send pace of every channel this instance posts to, by channel id, in memory. Per instance: with
 * several instances dispatching, a channel's cards are shared among them and so mostly its rate, but two
 * instances may each send one within the same interval - the limit holds only approximately, and the
 * provider's 429 with {@code Retry-After} (which holds the channel here) covers the rest.
 */
final class ChannelPaces {
    private final Map<UUID, SendPace> paces = new ConcurrentHashMap<>();

    /** {@link Duration#ZERO} when a card may go to {@code channel} now (and takes that turn), else the wait. */
    Duration tryTake(ChatChannel channel, long nowNanos) {
        return pace(channel, nowNanos).tryTake(nowNanos);
    }

    /** The card taken for {@code channel} was answered, or not sent after all. */
    void sent(ChatChannel channel, long nowNanos) {
        pace(channel, nowNanos).sent(nowNanos);
    }

    /** The provider asked VOC to wait: nothing goes to {@code channel} for {@code wait}. */
    void holdFor(ChatChannel channel, Duration wait, long nowNanos) {
        pace(channel, nowNanos).holdFor(wait, nowNanos);
    }

    private SendPace pace(ChatChannel channel, long nowNanos) {
        return paces.computeIfAbsent(channel.id(), id -> new SendPace(SendRate.of(channel.kind()), nowNanos));
    }
}
