package io.voc.search.model;

import io.voc.feedback.model.ProductScope;

/**
 * One page of a search: a {@link FeedbackFilter} (words, product, time window, narrowing, the asker's
 * products; validated there), the page and its size, and the order.
 */
public record FeedbackQuery(FeedbackFilter filter, int page, int size, FeedbackSort sort) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Elasticsearch's default max_result_window: deeper pages need search_after, not offsets. */
    public static final int MAX_WINDOW = 10_000;

    public FeedbackQuery {
        if (filter == null) {
            throw new IllegalArgumentException("a query needs a filter");
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
        sort = FeedbackSort.orDefault(sort, filter.text() != null);
    }

    /** Builds a query from request parameters as users type them, with a narrowing already read. */
    public static FeedbackQuery parse(String q, String product, String from, String to, Narrowing narrowing,
            String page, String size, String sort, ProductScope scope) {
        return new FeedbackQuery(FeedbackFilter.parse(q, product, from, to, narrowing, scope),
                WholeNumbers.parse("page", page, 1), WholeNumbers.parse("size", size, DEFAULT_SIZE),
                FeedbackSort.parse(sort));
    }

    /** The words searched for, null when none. */
    public String text() {
        return filter.text();
    }
}
