package io.voc.card.application;

import io.voc.card.model.Card;

/**
 * Answers to Slack clicks through the click's {@code response_url}: Slack wants the click itself acknowledged
 * within 3 seconds, so the message is updated afterwards, in the background. A {@code response_url} that is not
 * Slack's ({@code https://hooks.slack.com/...}) is not called: it came in a signed payload, but VOC posts only
 * where Slack's answers go.
 */
public interface SlackReplies {

    /** Replaces the message the button was on with {@code card} (for everyone in the chat). */
    void replaceMessage(String responseUrl, Card card);

    /** Shows {@code text} to the person who clicked only (an ephemeral message); the card stays as it is. */
    void tellClicker(String responseUrl, String text);
}
