package io.voc.card.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Slack's published example ("Verifying requests from Slack") and what must be refused. */
class SlackSignatureTest {
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String TIMESTAMP = "1531420618";
    private static final String BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
            + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner"
            + "&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J"
            + "%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private static final String EXPECTED = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private static final Instant THEN = Instant.ofEpochSecond(1531420618 + 30);

    @Test
    void slacksExampleVerifies() {
        assertEquals(EXPECTED, SlackSignature.sign(SECRET, TIMESTAMP, BODY));
        assertTrue(SlackSignature.verify(SECRET, TIMESTAMP, BODY, EXPECTED, THEN).valid());
    }

    @Test
    void aChangedByteIsRefused() {
        SignatureCheck check = SlackSignature.verify(SECRET, TIMESTAMP, BODY.replace("foobar", "foobaz"), EXPECTED, THEN);
        assertFalse(check.valid());
        assertEquals("the X-Slack-Signature does not match the body", check.problem());
        assertFalse(SlackSignature.verify(SECRET.replace('8', '9'), TIMESTAMP, BODY, EXPECTED, THEN).valid());
        assertFalse(SlackSignature.verify(SECRET, TIMESTAMP, BODY, null, THEN).valid());
    }

    @Test
    void anOldTimestampIsRefusedEvenWithAValidSignature() {
        SignatureCheck check = SlackSignature.verify(SECRET, TIMESTAMP, BODY, EXPECTED,
                Instant.ofEpochSecond(1531420618 + 301));
        assertFalse(check.valid());
        assertTrue(check.problem().contains("301 s away from now"), check.problem());
        assertFalse(SlackSignature.verify(SECRET, "yesterday", BODY, EXPECTED, THEN).valid());
    }
}
