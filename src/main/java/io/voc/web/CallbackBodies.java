package io.voc.web;

import io.voc.card.application.CallbackNotVerifiedException;
import io.voc.platform.model.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** What every callback endpoint does first with the path and the raw body. */
final class CallbackBodies {
    /** Providers' callbacks are small (Slack's payloads a few KiB); more is not a click. */
    static final int MAX_BYTES = 256 * 1024;

    private CallbackBodies() {
    }

    /**
     * The body as text, exactly: bytes that are not UTF-8 would be altered by decoding and then fail the
     * signature for a confusing reason, so they are refused as such.
     */
    static String utf8(byte[] body) {
        if (body == null) {
            return "";
        }
        if (body.length > MAX_BYTES) {
            throw new InvalidInputException("body", "a callback body is at most " + MAX_BYTES + " bytes");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("body", "the callback body is not UTF-8");
        }
    }

    /** A channel id that is not one cannot verify anything: answered like a wrong signature. */
    static UUID channelId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new CallbackNotVerifiedException("the callback's signature does not verify for this channel (or "
                    + "there is no such channel)");
        }
    }
}
