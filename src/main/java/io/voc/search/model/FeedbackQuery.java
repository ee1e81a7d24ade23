package io.voc.search.model;

import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import java.time.Instant;

/**
 * One page of a search: a {@link FeedbackFilter} (words, product, time window, narrowing, the asker's
 * products; validated there) plus
 * page and size. The filter's fields stay components of this record so callers read {@code query.text()}
 * as before; {@link #filter()} hands the filter to what needs nothing but it (the query builder).
 */
public record FeedbackQuery(String text, ProductKey product, Instant from, Instant to, int page, int size,
        ProductScope scope, Narrowing narrowing) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Elasticsearch's default max_result_window: deeper pages need search_after, not offsets. */
    public static final int MAX_WINDOW = 10_000;

    public FeedbackQuery {
        FeedbackFilter filter = new FeedbackFilter(text, product, from, to, scope, narrowing);
        text = filter.text();
        narrowing = filter.narrowing();
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
    }

    /** Without narrowing. */
    public FeedbackQuery(String text, ProductKey product, Instant from, Instant to, int page, int size,
            ProductScope scope) {
        this(text, product, from, to, page, size, scope, Narrowing.NONE);
    }

    public FeedbackQuery(FeedbackFilter filter, int page, int size) {
        this(filter.text(), filter.product(), filter.from(), filter.to(), page, size, filter.scope(),
                filter.narrowing());
    }

    /** Builds a query from request parameters as users type them; null means "not given". */
    public static FeedbackQuery parse(String q, String product, String from, String to, String page, String size,
            ProductScope scope) {
        return parse(q, product, from, to, Narrowing.NONE, page, size, scope);
    }

    /** Builds a query from request parameters as users type them, with a narrowing already read. */
    public static FeedbackQuery parse(String q, String product, String from, String to, Narrowing narrowing,
            String page, String size, ProductScope scope) {
        return new FeedbackQuery(FeedbackFilter.parse(q, product, from, to, narrowing, scope),
                WholeNumbers.parse("page", page, 1), WholeNumbers.parse("size", size, DEFAULT_SIZE));
    }

    /** What matches, without the paging. */
    public FeedbackFilter filter() {
        return new FeedbackFilter(text, product, from, to, scope, narrowing);
    }
}
