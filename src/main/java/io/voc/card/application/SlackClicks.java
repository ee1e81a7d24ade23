package io.voc.card.application;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Use case: a verified Slack click. Applied at once (a few milliseconds in PostgreSQL, well within Slack's 3
 * seconds), then the message is updated through the click's {@code response_url} in the background - also for
 * a replayed callback, as the first answer may have been lost - or, when refused, only the clicker is told why.
 */
@ApplicationScoped
public class SlackClicks {
    private final ClickOnCard clickOnCard;
    private final SlackReplies replies;

    SlackClicks(ClickOnCard clickOnCard, SlackReplies replies) {
        this.clickOnCard = clickOnCard;
        this.replies = replies;
    }

    /** {@code responseUrl}: where Slack takes answers to this click, or null. */
    public ClickOutcome click(ChatClick click, String responseUrl) {
        ClickOutcome outcome = clickOnCard.click(click);
        if (responseUrl != null && !responseUrl.isBlank()) {
            if (outcome.applied()) {
                replies.replaceMessage(responseUrl, outcome.card());
            } else {
                replies.tellClicker(responseUrl, outcome.message());
            }
        }
        return outcome;
    }
}
