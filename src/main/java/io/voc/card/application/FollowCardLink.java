package io.voc.card.application;

import io.voc.account.application.Caller;
import io.voc.card.model.CardAction;
import io.voc.card.model.CardLink;
import io.voc.card.model.SignatureCheck;
import io.voc.platform.model.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Use case: a person followed a button link of a Teams card and is signed in to VOC. The link is checked (VOC
 * made it, it has not expired) before anything is shown, and again when the person confirms; the action then
 * applies as that person, through {@link ActOnAlert} (their products decide, the audit log names them).
 */
@ApplicationScoped
public class FollowCardLink {
    private final CardLinkKey key;
    private final Alerts alerts;
    private final ActOnAlert actOnAlert;
    private final Clock clock = Clock.systemUTC();

    FollowCardLink(CardLinkKey key, Alerts alerts, ActOnAlert actOnAlert) {
        this.key = key;
        this.alerts = alerts;
        this.actOnAlert = actOnAlert;
    }

    /** A link that holds, with the alert it is about as it stands, for the confirmation page. */
    public record Followed(CardLink link, AlertCard alert) {
    }

    /**
     * @throws CardLinkRefusedException when the link was changed or has expired
     * @throws AlertNotFoundException when the alert is gone
     */
    public Followed check(String alert, String action, String expires, String signature) {
        CardLink link = verified(alert, action, expires, signature);
        return new Followed(link, alerts.find(link.alertId()).orElseThrow(() -> new AlertNotFoundException(
                link.alertId())));
    }

    /**
     * Applies the link's action as {@code user}. {@code confirmation}: the id of the confirmation form shown, so
     * that the same form sent twice (a double click, a reload) applies once.
     *
     * @throws io.voc.account.model.NotAllowedException when the user may not see the alert's product
     */
    public ActOnAlert.Result apply(Caller user, String alert, String action, String expires, String signature,
            String confirmation) {
        CardLink link = verified(alert, action, expires, signature);
        UUID form;
        try {
            form = uuid(confirmation);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("confirmation", "the confirmation form is incomplete: open the link again");
        }
        return actOnAlert.act(user, new CallbackId("teams", "link:" + form), link.alertId(), link.action());
    }

    private CardLink verified(String alert, String action, String expires, String signature) {
        CardLink link;
        try {
            link = new CardLink(uuid(alert), CardAction.byId(action).filter(a -> a != CardAction.OPEN)
                    .orElseThrow(IllegalArgumentException::new), Instant.ofEpochSecond(Long.parseLong(expires)));
        } catch (RuntimeException e) {
            throw new CardLinkRefusedException("This link is not one VOC made: it was changed or cut.", false);
        }
        Instant now = clock.instant();
        SignatureCheck check = link.verify(key.bytes(), signature, now);
        if (!check.valid()) {
            throw new CardLinkRefusedException(capitalised(check.problem()) + ".", link.expired(now)
                    && link.signedWith(key.bytes(), signature));
        }
        return link;
    }

    private static UUID uuid(String value) {
        if (value == null) {
            throw new IllegalArgumentException("missing");
        }
        return UUID.fromString(value.strip());
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
