package io.voc.card.infrastructure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The dispatcher at /q/metrics, over the instance's life: attempts by what became of them
 * ({@code voc.cards.attempts{result=delivered|retrying|parked|lease_lost}}) and cards held back for their
 * channel's rate ({@code voc.cards.throttled}).
 */
@ApplicationScoped
class CardDispatchMetrics {
    private final Counter delivered;
    private final Counter retrying;
    private final Counter parked;
    private final Counter leaseLost;
    private final Counter throttled;

    CardDispatchMetrics(MeterRegistry registry) {
        delivered = attempts(registry, "delivered");
        retrying = attempts(registry, "retrying");
        parked = attempts(registry, "parked");
        leaseLost = attempts(registry, "lease_lost");
        throttled = Counter.builder("voc.cards.throttled")
                .description("cards held back because their channel was at its provider's rate").register(registry);
    }

    private static Counter attempts(MeterRegistry registry, String result) {
        return Counter.builder("voc.cards.attempts").tag("result", result)
                .description("attempts to post a card, by what became of the delivery").register(registry);
    }

    void delivered() {
        delivered.increment();
    }

    void retrying() {
        retrying.increment();
    }

    void parked() {
        parked.increment();
    }

    void leaseLost() {
        leaseLost.increment();
    }

    void throttled(int cards) {
        throttled.increment(cards);
    }
}
