package io.voc.card.application;

import io.voc.account.application.ActiveCallers;
import io.voc.account.application.Caller;
import io.voc.account.model.NotAllowedException;
import io.voc.platform.VocConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;

/**
 * Use case: a verified click on a card button acts for the VOC user the clicking chat user is linked to
 * ({@link ManageCardIdentities}), through {@link ActOnAlert} (applies once per callback id, audited). A click
 * by a chat user nobody linked, by a disabled user, or by one who may not see the alert's product changes
 * nothing and says why, for the chat to show to that person only.
 */
@ApplicationScoped
public class ClickOnCard {
    static final String NOT_LINKED = "Link your chat user to VOC first: ask a VOC admin to link %s user %s to your "
            + "VOC user. Nothing was changed.";
    private final CardIdentities identities;
    private final ActiveCallers callers;
    private final ActOnAlert actOnAlert;
    private final String vocAddress;
    private final Clock clock = Clock.systemUTC();

    ClickOnCard(CardIdentities identities, ActiveCallers callers, ActOnAlert actOnAlert, VocConfig config) {
        this.identities = identities;
        this.callers = callers;
        this.actOnAlert = actOnAlert;
        this.vocAddress = config.cards().publicUrl();
    }

    public ClickOutcome click(ChatClick click) {
        Optional<Caller> user = click.chatUser() == null || click.chatUser().isBlank() ? Optional.empty()
                : identities.userOf(click.provider(), click.chatUser().strip())
                        .flatMap(id -> callers.byId(id, Caller.Via.CHAT));
        if (user.isEmpty()) {
            return ClickOutcome.refused(ClickOutcome.Kind.NOT_LINKED, String.format(NOT_LINKED,
                    click.provider().wireName(), click.chatUser()));
        }
        try {
            ActOnAlert.Result result = actOnAlert.act(user.get(), click.callback(), click.alertId(), click.action());
            return ClickOutcome.applied(result.alert().alert().status(), result.alert().card(vocAddress,
                    clock.instant()), result.changed(), result.replay());
        } catch (NotAllowedException e) {
            return ClickOutcome.refused(ClickOutcome.Kind.NOT_ALLOWED, "Not allowed: " + e.getMessage()
                    + ". Nothing was changed.");
        } catch (AlertNotFoundException e) {
            return ClickOutcome.refused(ClickOutcome.Kind.NO_ALERT, "This alert no longer exists in VOC.");
        }
    }
}
