package io.voc.card.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Secrets at rest open only with the key and only where they were sealed. */
class SecretBoxTest {
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("x".repeat(32).getBytes());

    private final SecretBox box = new SecretBox(KEY);

    @Test
    void sealsAndOpens() {
        String sealed = box.seal("xoxb-slack-signing-secret", "channel-1/callback");
        assertTrue(sealed.startsWith("v1:"));
        assertFalse(sealed.contains("xoxb"));
        assertNotEquals(sealed, box.seal("xoxb-slack-signing-secret", "channel-1/callback"), "a fresh nonce each time");
        assertEquals("xoxb-slack-signing-secret", box.open(sealed, "channel-1/callback"));
    }

    @Test
    void doesNotOpenWithAnotherKeyOrInAnotherPlace() {
        String sealed = box.seal("secret", "channel-1/signing");
        assertThrows(IllegalStateException.class, () -> new SecretBox(OTHER_KEY).open(sealed, "channel-1/signing"));
        assertThrows(IllegalStateException.class, () -> box.open(sealed, "channel-2/signing"));
    }

    @Test
    void aBadKeyIsExplained() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SecretBox("c2hvcnQ="));
        assertTrue(e.getMessage().contains("32 bytes"), e.getMessage());
    }
}
