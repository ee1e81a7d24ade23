package io.voc.card.application;

import io.voc.card.model.ChannelKind;
import io.voc.card.model.ChatChannel;
import io.voc.card.model.LarkCipher;
import io.voc.card.model.LarkSignature;
import io.voc.card.model.SignatureCheck;
import io.voc.card.model.SlackSignature;
import io.voc.card.model.WebhookSignature;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Use case: does a callback come from the provider of the channel named in its URL? Each channel has its own
 * callback secret (several Slack apps or Lark apps may point at one VOC), so the URL names the channel and its
 * secret checks the signature over the raw body. Any doubt is a {@link CallbackNotVerifiedException}, with
 * the same answer for "no such channel" and "wrong signature" so that channel ids reveal nothing.
 */
@ApplicationScoped
public class VerifyCallback {
    private static final Logger LOG = Logger.getLogger(VerifyCallback.class);
    private static final String NOT_VERIFIED = "the callback's signature does not verify for this channel (or there "
            + "is no such channel)";
    private final Channels channels;
    private final Clock clock = Clock.systemUTC();

    VerifyCallback(Channels channels) {
        this.channels = channels;
    }

    /** Slack: {@code X-Slack-Signature} with the Slack app's signing secret (the channel's callback secret). */
    public ChatChannel slack(UUID channelId, String timestamp, String signature, String body) {
        ChatChannel channel = channel(ChannelKind.SLACK, channelId);
        String secret = required(channel, channel.secrets().callback(), "the Slack app's signing secret");
        return verified(channel, SlackSignature.verify(secret, timestamp, body,
                signature == null ? null : signature.strip(), clock.instant()));
    }

    /** A plain webhook: {@code X-VOC-Signature} with the shared secret (the callback secret if set, else the signing one). */
    public ChatChannel webhook(UUID channelId, String timestamp, String signature, String body) {
        ChatChannel channel = channel(ChannelKind.WEBHOOK, channelId);
        String secret = channel.secrets().callback() != null ? channel.secrets().callback()
                : channel.secrets().signing();
        required(channel, secret, "a shared secret");
        return verified(channel, WebhookSignature.verify(secret, timestamp, body, signature, clock.instant()));
    }

    /** A Lark callback opened: its JSON text (decrypted if it came encrypted) and whether it was signed. */
    public record LarkCallback(ChatChannel channel, String json, boolean signed) {
    }

    /**
     * Lark: with the app's Encrypt Key as the channel's callback secret, {@code X-Lark-Signature} is checked when
     * present and an {@code {"encrypt": ...}} body is decrypted. {@code encrypted}: the value of {@code encrypt},
     * or null for a plain body. Whether an unsigned callback may do anything is the caller's decision: only the
     * URL check (which merely echoes a challenge) may.
     */
    public LarkCallback lark(UUID channelId, String timestamp, String nonce, String signature, String body,
            String encrypted) {
        ChatChannel channel = channel(ChannelKind.LARK, channelId);
        String key = channel.secrets().callback();
        boolean signed = signature != null && !signature.isBlank();
        if (signed) {
            required(channel, key, "the Lark app's Encrypt Key");
            verified(channel, LarkSignature.verifyCallback(timestamp, nonce, key, body, signature.strip(),
                    clock.instant()));
        }
        if (encrypted == null) {
            return new LarkCallback(channel, body, signed);
        }
        required(channel, key, "the Lark app's Encrypt Key");
        try {
            return new LarkCallback(channel, LarkCipher.decrypt(key, encrypted), signed);
        } catch (IllegalArgumentException e) {
            throw refused(channel.id(), e.getMessage());
        }
    }

    private ChatChannel channel(ChannelKind kind, UUID channelId) {
        Optional<ChatChannel> found;
        try {
            found = channels.find(channelId);
        } catch (IllegalStateException e) {
            // its secrets do not open (a changed key): nothing can be verified until it is set up again
            LOG.warnf("callback for channel %s refused: its secrets do not open (%s)", channelId, e.getMessage());
            throw new CallbackNotVerifiedException("this callback cannot be verified: set the channel up again");
        }
        if (found.isEmpty() || found.get().kind() != kind) {
            LOG.infof("callback refused: no %s channel %s", kind.wireName(), channelId);
            throw new CallbackNotVerifiedException(NOT_VERIFIED);
        }
        return found.get();
    }

    private static String required(ChatChannel channel, String secret, String what) {
        if (secret == null) {
            throw new CallbackNotVerifiedException("the channel has no secret to verify callbacks with: set " + what
                    + " as its callback secret");
        }
        return secret;
    }

    private static ChatChannel verified(ChatChannel channel, SignatureCheck check) {
        if (!check.valid()) {
            throw refused(channel.id(), check.problem());
        }
        return channel;
    }

    private static CallbackNotVerifiedException refused(UUID channelId, String why) {
        LOG.infof("callback for channel %s refused: %s", channelId, why);
        return new CallbackNotVerifiedException(NOT_VERIFIED + ": " + why);
    }
}
