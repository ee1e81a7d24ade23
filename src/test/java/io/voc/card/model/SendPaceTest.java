package io.voc.card.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A channel's pace: how many cards may go at once and how soon the next one may. Time is given, not read. */
class SendPaceTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void slackTakesOneCardPerSecond() {
        SendPace slack = new SendPace(SendRate.of(ChannelKind.SLACK), 0);
        assertEquals(Duration.ZERO, slack.tryTake(0));
        slack.sent(0);
        assertEquals(Duration.ofSeconds(1), slack.tryTake(0), "the next one waits a whole second");
        assertEquals(Duration.ofMillis(400), slack.tryTake(SECOND * 6 / 10), "waiting takes no turn");
        assertEquals(Duration.ZERO, slack.tryTake(SECOND));
        slack.sent(SECOND);
        assertTrue(slack.tryTake(SECOND).compareTo(Duration.ZERO) > 0);
    }

    @Test
    void theNextCardWaitsForTheAnswerToThePreviousAndAnIntervalAfterIt() {
        SendPace slack = new SendPace(SendRate.of(ChannelKind.SLACK), 0);
        assertEquals(Duration.ZERO, slack.tryTake(0));
        assertTrue(slack.tryTake(2 * SECOND).compareTo(Duration.ZERO) > 0, "one card at a time");
        slack.sent(SECOND * 3 / 10); // answered after 300 ms on the wire
        assertEquals(Duration.ofMillis(700), slack.tryTake(SECOND * 6 / 10),
                "an interval after the answer: the card under way may have arrived late");
        assertEquals(Duration.ZERO, slack.tryTake(SECOND * 13 / 10));
    }

    @Test
    void larkNeverExceedsFivePerSecondNorAHundredPerMinute() {
        SendPace lark = new SendPace(SendRate.of(ChannelKind.LARK), 0);
        int[] perSecond = new int[60];
        // a sender that tries every 10 ms for a minute
        for (long t = 0; t < 60 * SECOND; t += SECOND / 100) {
            if (lark.tryTake(t).isZero()) {
                perSecond[(int) (t / SECOND)]++;
                lark.sent(t);
            }
        }
        int total = 0;
        for (int n : perSecond) {
            assertTrue(n <= 5, "at most 5 in a second: " + n);
            total += n;
        }
        assertTrue(total <= 100 && total >= 95, "up to 100 a minute, and close to it: " + total);
    }

    @Test
    void aProvidersRetryAfterHoldsTheWholeChannel() {
        SendPace hook = new SendPace(SendRate.of(ChannelKind.WEBHOOK), 0);
        hook.holdFor(Duration.ofSeconds(30), 0);
        assertEquals(Duration.ofSeconds(30), hook.tryTake(0));
        assertEquals(Duration.ofSeconds(1), hook.tryTake(29 * SECOND));
        assertEquals(Duration.ZERO, hook.tryTake(30 * SECOND));
    }
}
