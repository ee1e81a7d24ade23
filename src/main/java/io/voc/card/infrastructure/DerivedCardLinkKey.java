package io.voc.card.infrastructure;

import io.voc.card.application.CardLinkKey;
import io.voc.platform.VocConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The link key is HMAC-SHA256(voc.cards.secret-key, "voc-card-links"): one secret to keep, the same on every
 * instance (a link made by one opens on another), yet not the key that seals the channels - a link signature
 * tells nothing about that key, and the two uses cannot be confused.
 */
@ApplicationScoped
class DerivedCardLinkKey implements CardLinkKey {
    private static final String PURPOSE = "voc-card-links";
    private final byte[] key;

    DerivedCardLinkKey(VocConfig config) {
        // SealedChannels refuses to start without a valid key; here it only needs to be there
        byte[] master = Base64.getDecoder().decode(config.cards().secretKey().orElseThrow(() ->
                new IllegalStateException("voc.cards.secret-key (env VOC_CARDS_SECRET_KEY) is not set")).strip());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            this.key = mac.doFinal(PURPOSE.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }

    @Override
    public byte[] bytes() {
        return key.clone();
    }
}
