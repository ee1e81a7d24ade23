package io.voc.card.application;

import io.voc.account.application.AuditLog;
import io.voc.account.application.Caller;
import io.voc.account.model.NotAllowedException;
import io.voc.account.model.Scope;
import io.voc.card.model.CardAction;
import io.voc.platform.model.DependencyUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Use case: a button on a card was clicked. The click comes back as a callback that the provider may
 * deliver more than once; its id applies once (the first delivery changes the alert, the others are
 * replays), and the alert's own rules make a second click a no-op too. {@code user} is the VOC user the
 * clicking chat user maps to: they need read access to the alert's product.
 *
 * <p>A user without that access gets a {@link NotAllowedException}, as everywhere else in VOC: the callback
 * endpoint turns it into a message shown to that user only (the card stays as it is), and the Teams link
 * into a 403 page.
 */
@ApplicationScoped
public class ActOnAlert {
    private static final Logger LOG = Logger.getLogger(ActOnAlert.class);
    private final Alerts alerts;
    private final AuditLog audit;
    private final Clock clock = CardClock.UTC_MICROS;

    ActOnAlert(Alerts alerts, AuditLog audit) {
        this.alerts = alerts;
        this.audit = audit;
    }

    /**
     * What the click did: the alert as it stands now (for updating the card), whether this click changed it,
     * and whether it was a callback already applied.
     */
    public record Result(AlertCard alert, boolean changed, boolean replay) {
    }

    public Result act(Caller user, CallbackId callback, UUID alertId, CardAction action) {
        AlertCard current = alerts.find(alertId).orElseThrow(() -> new AlertNotFoundException(alertId));
        // An alert's product never changes, so checking before the transaction is as good as inside it.
        if (!user.may(Scope.READ) || !user.products().covers(current.alert().product())) {
            throw new NotAllowedException(user.username() + " may not act on alerts about "
                    + current.alert().product() + " in VOC");
        }
        Instant now = clock.instant();
        Alerts.Acted acted = alerts.act(callback, alertId, alert -> alert.apply(action, user.username(), now))
                .orElseThrow(() -> new AlertNotFoundException(alertId));
        acted.change().ifPresent(change -> recordInAudit(user, callback, current, action));
        return new Result(acted.alert(), acted.change().isPresent(), acted.replay());
    }

    /**
     * After the commit (the audit log keeps its own transactions): should PostgreSQL fail just then, the
     * change stands without its audit line - said in the log - and the user still sees the updated card.
     */
    private void recordInAudit(Caller user, CallbackId callback, AlertCard alert, CardAction action) {
        try {
            audit.record(user.userId(), user.username(), AuditLog.Action.ALERT_CHANGED, "alert " + alert.alert().id(),
                    action.id() + " via " + callback.provider() + " (" + alert.alert().product() + ")");
        } catch (DependencyUnavailableException e) {
            LOG.warnf("alert %s: %s by %s applied but not in the audit log: %s", alert.alert().id(), action.id(),
                    user.username(), e.getMessage());
        }
    }
}
