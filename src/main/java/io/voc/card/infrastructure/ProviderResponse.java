package io.voc.card.infrastructure;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.voc.card.model.ChannelKind;
import io.voc.card.model.DeliveryOutcome;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** What a provider answered to a pushed card, as far as VOC read it ({@code cut}: the body went on). */
record ProviderResponse(int status, String retryAfter, String location, String body, boolean cut) {

    static ProviderResponse of(HttpClientResponse response, Buffer body, boolean cut) {
        return new ProviderResponse(response.statusCode(), response.getHeader(HttpHeaders.RETRY_AFTER),
                response.getHeader(HttpHeaders.LOCATION), body.toString(StandardCharsets.UTF_8), cut);
    }

    DeliveryOutcome outcome(ChannelKind kind, Instant now) {
        if (status >= 300 && status < 400) {
            // a redirect could lead anywhere, the internal network included, past the address check
            return DeliveryOutcome.failedForGood("answered HTTP " + status + (location == null ? "" : " to "
                    + location) + "; redirects are not followed: set the channel's URL to where it leads");
        }
        return ProviderAnswers.read(kind, status, body, RetryAfterHeader.parse(retryAfter, now));
    }
}
