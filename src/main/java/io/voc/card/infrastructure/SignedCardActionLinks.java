package io.voc.card.infrastructure;

import io.voc.card.application.CardLinkKey;
import io.voc.card.model.Card;
import io.voc.card.model.CardAction;
import io.voc.card.model.CardLink;
import io.voc.platform.VocConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Teams cards' buttons as signed links that expire after {@link CardLink#LIFETIME}:
 * {@code <public url>/cards/act?alert=...&action=...&expires=<seconds>&sig=...}. Following one signs the
 * person in to VOC and asks them to confirm; "Open in VOC" stays a plain link to the alert.
 */
@ApplicationScoped
public class SignedCardActionLinks implements CardActionLinks {
    private final CardLinkKey key;
    private final String vocAddress;
    private final Clock clock;

    @Inject
    SignedCardActionLinks(CardLinkKey key, VocConfig config) {
        this(key, config.cards().publicUrl(), Clock.systemUTC());
    }

    SignedCardActionLinks(CardLinkKey key, String vocAddress, Clock clock) {
        this.key = key;
        this.vocAddress = vocAddress.endsWith("/") ? vocAddress.substring(0, vocAddress.length() - 1) : vocAddress;
        this.clock = clock;
    }

    @Override
    public String linkFor(Card card, CardAction action) {
        if (action == CardAction.OPEN) {
            return card.openUrl();
        }
        CardLink link = CardLink.of(card.alertId(), action, clock.instant());
        return vocAddress + "/cards/act?alert=" + link.alertId() + "&action=" + action.id() + "&expires="
                + link.expires().getEpochSecond() + "&sig=" + URLEncoder.encode(link.signature(key.bytes()),
                        StandardCharsets.UTF_8);
    }
}
