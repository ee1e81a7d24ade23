package io.voc.search.model;

import io.voc.feedback.model.ProductScope;

/**
 * An export: every feedback that matches {@code filter} (the same filter as search, without paging),
 * newest first, at most {@code limit} of them, in {@code format}.
 */
public record ExportRequest(FeedbackFilter filter, ExportFormat format, int limit) {
    /** A guard against exporting a whole cluster by mistake; narrow the filter for more. */
    public static final int MAX_LIMIT = 1_000_000;

    public ExportRequest {
        if (filter == null || format == null) {
            throw new IllegalArgumentException("filter and format are required");
        }
        checkLimit(limit);
    }

    /** From request parameters as users type them; null means "not given" (no limit means {@link #MAX_LIMIT}). */
    public static ExportRequest parse(String format, String q, String product, String from, String to,
            Narrowing narrowing, String limit, ProductScope scope) {
        ExportFormat parsedFormat = ExportFormat.parse(format);
        return new ExportRequest(FeedbackFilter.parse(q, product, from, to, narrowing, scope), parsedFormat,
                parseLimit(limit));
    }

    /** The {@code limit} parameter as typed: 1 to {@link #MAX_LIMIT} rows, none given meaning the most. */
    public static int parseLimit(String limit) {
        return checkLimit(WholeNumbers.parse("limit", limit, MAX_LIMIT));
    }

    private static int checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidQueryException("limit",
                    "limit must be between 1 and " + MAX_LIMIT + " (got " + limit + ")");
        }
        return limit;
    }
}
