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
 * Which feedback a user means: words, a product and a time window, without any paging, within the
 * products the asker may see ({@code scope}: Elasticsearch filters by it, so nothing outside it is ever
 * counted, aggregated or returned). Search pages through it ({@link FeedbackQuery} adds page and size),
 * the export streams all of it; both turn it into one and the same Elasticsearch query, so they always
 * agree on what matches. {@code from} is inclusive and {@code to} exclusive, so consecutive windows never
 * count a feedback twice.
 */
public record FeedbackFilter(String text, ProductKey product, Instant from, Instant to, ProductScope scope) {
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
    }

    /** Builds a filter from request parameters as users type them; null means "not given". */
    public static FeedbackFilter parse(String q, String product, String from, String to, ProductScope scope) {
        return new FeedbackFilter(q, parseProduct(product), parseBound("from", from, false), parseBound("to", to, true),
                scope);
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
