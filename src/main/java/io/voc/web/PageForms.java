package io.voc.web;

import io.voc.account.application.TokenNotFoundException;
import io.voc.account.application.UserNotFoundException;
import io.voc.account.model.LastAdminException;
import io.voc.platform.model.DependencyUnavailableException;
import io.voc.platform.model.InvalidInputException;
import io.voc.platform.model.ResourceNotFoundException;
import io.voc.query.application.QueryCancelledException;
import io.voc.query.application.QueryTimedOutException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * How the pages answer their forms. A change that worked redirects back (post, redirect, get: a reload
 * does not repeat it); a refusal the user can act on shows the page again with the reason in its
 * {@code .problem} element and the status the API would give (400 bad input, 404 gone, 409 the last
 * admin or a cancelled query, 503 a dependency away, 504 a query that ran out of time).
 */
final class PageForms {
    private static final Logger LOG = Logger.getLogger(PageForms.class);

    private PageForms() {
    }

    /** Runs {@code change}, then sends the browser to {@code location}; {@code pageWithProblem} renders a refusal. */
    static Response redirectAfter(Runnable change, String location, Function<String, String> pageWithProblem) {
        return answer(() -> {
            change.run();
            return Response.seeOther(URI.create(location)).build();
        }, pageWithProblem);
    }

    /** The action's response, or the page with the reason it was refused. */
    static Response answer(Supplier<Response> action, Function<String, String> pageWithProblem) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            return html(Response.Status.BAD_REQUEST, pageWithProblem.apply(sentence(e.getMessage())));
        } catch (UserNotFoundException | TokenNotFoundException | ResourceNotFoundException | NotFoundException e) {
            return html(Response.Status.NOT_FOUND, pageWithProblem.apply(sentence(e.getMessage())));
        } catch (LastAdminException | QueryCancelledException e) {
            return html(Response.Status.CONFLICT, pageWithProblem.apply(sentence(e.getMessage())));
        } catch (QueryTimedOutException e) {
            return html(Response.Status.GATEWAY_TIMEOUT, pageWithProblem.apply(sentence(e.getMessage())));
        } catch (DependencyUnavailableException e) {
            LOG.warn(e.getMessage());
            return html(Response.Status.SERVICE_UNAVAILABLE, pageWithProblem.apply(sentence(e.userMessage())));
        }
    }

    static Response html(Response.Status status, String page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    /** The short notice a page shows after a redirect ({@code ?done=...}); null for none or an unknown one. */
    static String notice(Map<String, String> notices, String done) {
        return done == null ? null : notices.get(done);
    }

    /** "a, b,,c " as [a, b, c]; nothing for null or blank. */
    static List<String> commaSeparated(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A form's optional number: null when empty; anything else that does not parse is bad input in {@code field}. */
    static <T> T optionalNumber(String text, Function<String, T> parse, String field, String problem) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, problem);
        }
    }

    static String sentence(String message) {
        if (message == null || message.isEmpty()) {
            return "That did not work.";
        }
        String first = message.substring(0, 1).toUpperCase(Locale.ROOT) + message.substring(1);
        return first.endsWith(".") ? first : first + ".";
    }
}
