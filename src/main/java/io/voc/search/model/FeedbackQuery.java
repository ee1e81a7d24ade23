package io.voc.search.model;

import io.voc.feedback.model.InvalidFeedbackException;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * What a user asks of the feedback store: words, a product, a time window and a page, within the
 * products the asker may see ({@code scope}: the store filters by it, so nothing outside it is ever
 * counted or returned). {@code from} is inclusive and {@code to} exclusive, so consecutive windows never
 * count a feedback twice.
 */
public record FeedbackQuery(String text, ProductKey product, Instant from, Instant to, int page, int size,
        ProductScope scope) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Elasticsearch's default max_result_window: deeper pages need search_after, not offsets. */
    public static final int MAX_WINDOW = 10_000;

    public FeedbackQuery {
        if (scope == null) {
            throw new IllegalArgumentException("a query needs the asker's product scope");
        }
        if (product != null) {
            scope.require(product);
        }
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 1_000) {
            throw new InvalidQueryException("q", "q must be at most 1000 characters");
        }
        if (page < 1) {
            throw new InvalidQueryException("page", "page starts at 1 (got " + page + ")");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidQueryException("size", "size must be between 1 and " + MAX_SIZE + " (got " + size + ")");
        }
        if ((long) page * size > MAX_WINDOW) {
            throw new InvalidQueryException("page",
                    "only the first " + MAX_WINDOW + " results can be paged through; narrow the query");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidQueryException("to", "to must be after from");
        }
    }

    /** Builds a query from request parameters as users type them; null means "not given". */
    public static FeedbackQuery parse(String q, String product, String from, String to, String page, String size,
            ProductScope scope) {
        return new FeedbackQuery(q, parseProduct(product), parseBound("from", from, false), parseBound("to", to, true),
                parseInt("page", page, 1), parseInt("size", size, DEFAULT_SIZE), scope);
    }

    private static int parseInt(String field, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(field, field + " must be a whole number (got '" + value + "')");
        }
    }

    private static ProductKey parseProduct(String product) {
        if (product == null || product.isBlank()) {
            return null;
        }
        try {
            return new ProductKey(product);
        } catch (InvalidFeedbackException e) {
            throw new InvalidQueryException("product", e.getMessage());
        }
    }

    /** Accepts a day (2026-11-20, whole day in UTC) or an instant with offset (2026-11-20T10:00:00Z). */
    private static Instant parseBound(String field, String value, boolean upper) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (upper ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(field,
                    field + " must be a date (2026-11-20) or a date-time with offset (2026-11-20T10:00:00Z), got '"
                            + value + "'");
        }
    }
}
