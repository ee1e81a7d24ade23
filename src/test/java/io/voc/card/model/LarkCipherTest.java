package io.voc.card.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Lark's encrypted callbacks, by Lark's documented example. */
class LarkCipherTest {

    @Test
    void larksExampleDecrypts() {
        assertEquals("hello world", LarkCipher.decrypt("test key", "P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk="));
    }

    @Test
    void whatIsEncryptedDecryptsOnlyWithTheSameKey() {
        String body = "{\"challenge\":\"ajls384kdjx98XX\",\"type\":\"url_verification\"}";
        String encrypted = LarkCipher.encrypt("channel key", body);
        assertEquals(body, LarkCipher.decrypt("channel key", encrypted));
        // another key fails its padding check (or, rarely, yields garbage): either way not the body
        String withOtherKey;
        try {
            withOtherKey = LarkCipher.decrypt("other key", encrypted);
        } catch (IllegalArgumentException e) {
            withOtherKey = null;
        }
        assertNotEquals(body, withOtherKey);
        assertThrows(IllegalArgumentException.class, () -> LarkCipher.decrypt("channel key", "not base64!"));
    }
}
