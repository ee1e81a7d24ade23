package io.voc.search.model;

import io.voc.feedback.model.InvalidFeedbackException;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import java.time.Instant;

/**
 * Which feedback a user means: words, a product, a time window and exact values to narrow down by
 * ({@link Narrowing}: region, platform, app version, topic, aspect, keyphrase), without any paging, within the
 * products the asker may see ({@code scope}: Elasticsearch filters by it, so nothing outside it is ever
 * counted, aggregated or returned). Search pages through it ({@link FeedbackQuery} adds page, size and order),
 * the export streams all of it; both turn it into one and the same Elasticsearch query, so they always
 * agree on what matches. {@code from} is inclusive and {@code to} exclusive, so consecutive windows never
 * count a feedback twice.
 */
public record FeedbackFilter(String text, ProductKey product, Instant from, Instant to, ProductScope scope,
        Narrowing narrowing) {
    public static final int MAX_TEXT = 1_000;

    public FeedbackFilter {
        if (scope == null) {
            throw new IllegalArgumentException("a filter needs the asker's product scope");
        }
        if (product != null) {
            scope.require(product);
        }
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidQueryException("q", "q must be at most " + MAX_TEXT + " characters");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidQueryException("to", "to must be after from");
        }
        narrowing = narrowing == null ? Narrowing.NONE : narrowing;
    }

    /** Without narrowing. */
    public FeedbackFilter(String text, ProductKey product, Instant from, Instant to, ProductScope scope) {
        this(text, product, from, to, scope, Narrowing.NONE);
    }

    /** The same filter over another time window. */
    public FeedbackFilter during(Instant from, Instant to) {
        return new FeedbackFilter(text, product, from, to, scope, narrowing);
    }

    /** The same filter for another product (null: every product in scope). */
    public FeedbackFilter withProduct(ProductKey product) {
        return new FeedbackFilter(text, product, from, to, scope, narrowing);
    }

    /** The same filter with another narrowing. */
    public FeedbackFilter narrowedTo(Narrowing narrowing) {
        return new FeedbackFilter(text, product, from, to, scope, narrowing);
    }

    /** Builds a filter from request parameters as users type them; null means "not given". */
    public static FeedbackFilter parse(String q, String product, String from, String to, ProductScope scope) {
        return parse(q, product, from, to, Narrowing.NONE, scope);
    }

    /** Builds a filter from request parameters as users type them, with a narrowing already read. */
    public static FeedbackFilter parse(String q, String product, String from, String to, Narrowing narrowing,
            ProductScope scope) {
        return new FeedbackFilter(q, parseProduct(product), TimeBounds.parse("from", from, false),
                TimeBounds.parse("to", to, true), scope, narrowing);
    }

    /** A product as typed; null when not given, a 400 naming {@code product} when malformed. */
    public static ProductKey parseProduct(String product) {
        if (product == null || product.isBlank()) {
            return null;
        }
        try {
            return new ProductKey(product);
        } catch (InvalidFeedbackException e) {
            throw new InvalidQueryException("product", e.getMessage());
        }
    }
}
