package io.voc.web.security;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.voc.account.application.AccountsUnavailableException;
import io.voc.account.application.SignInRefusedException;
import io.voc.web.ApiError;
import io.vertx.core.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Credentials that were sent but did not hold (a wrong Basic password, an unknown scheme) fail before
 * any endpoint runs. This answers them in the API's error shape: 401 with the reason, 429 with
 * {@code Retry-After} while the account is locked, 503 when the accounts cannot be read.
 */
@ApplicationScoped
class AuthenticationFailures {
    private static final Logger LOG = Logger.getLogger(AuthenticationFailures.class);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        Throwable failure = context.failure();
        if (context.response().ended() || context.response().headWritten()) {
            context.next();
            return;
        }
        SignInRefusedException refused = find(failure, SignInRefusedException.class);
        AccountsUnavailableException unavailable = find(failure, AccountsUnavailableException.class);
        if (refused != null && refused.retryAfter().isPresent()) {
            long seconds = Math.max(1, Duration.between(Instant.now(), refused.retryAfter().get()).toSeconds());
            context.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            send(context, 429, "too_many_attempts", refused.getMessage());
        } else if (unavailable != null) {
            LOG.warn(unavailable.getMessage());
            send(context, 503, unavailable.code(), unavailable.userMessage());
        } else if (find(failure, AuthenticationFailedException.class) != null) {
            String message = refused != null ? refused.getMessage()
                    : failure.getMessage() != null ? failure.getMessage() : "Authentication failed.";
            context.response().putHeader("WWW-Authenticate", VocAuthenticationMechanism.CHALLENGE);
            send(context, 401, "unauthenticated", message);
        } else {
            context.next();
        }
    }

    private static void send(RoutingContext context, int status, String code, String message) {
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(Json.encode(ApiError.of(code, message, null)));
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
