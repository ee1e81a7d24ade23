package io.voc.card.infrastructure;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voc.platform.VocConfig;
import java.lang.reflect.Proxy;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An instance without a valid cards key does not start, and says which setting to fix and how. */
class SealedChannelsKeyTest {

    @Test
    void aMissingKeyNamesTheSettingAndHowToMakeOne() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new SealedChannels(configWithKey(Optional.empty())));
        assertTrue(e.getMessage().contains("VOC_CARDS_SECRET_KEY") && e.getMessage().contains("openssl rand -base64 32"),
                e.getMessage());
    }

    @Test
    void aKeyOfTheWrongSizeIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new SealedChannels(configWithKey(Optional.of("c2hvcnQ="))));
        assertTrue(e.getMessage().contains("voc.cards.secret-key") && e.getMessage().contains("32 bytes"),
                e.getMessage());
    }

    /** VocConfig whose only answer is the cards key; everything else is not asked for. */
    private static VocConfig configWithKey(Optional<String> key) {
        VocConfig.Cards cards = (VocConfig.Cards) Proxy.newProxyInstance(VocConfig.class.getClassLoader(),
                new Class<?>[] {VocConfig.Cards.class}, (proxy, method, args) -> {
                    if (method.getName().equals("secretKey")) {
                        return key;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return (VocConfig) Proxy.newProxyInstance(VocConfig.class.getClassLoader(), new Class<?>[] {VocConfig.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("cards")) {
                        return cards;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
