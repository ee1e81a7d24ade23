package io.voc.query.model;

import io.voc.search.model.FeedbackQuery;
import io.voc.search.model.InvalidQueryException;

/** Which page of rows to answer; the limits are the search API's. Aggregations answer every bucket at once. */
public record QueryPage(int page, int size) {
    public static final QueryPage FIRST = new QueryPage(1, FeedbackQuery.DEFAULT_SIZE);

    public QueryPage {
        if (page < 1) {
            throw new InvalidQueryException("page", "page starts at 1 (got " + page + ")");
        }
        if (size < 1 || size > FeedbackQuery.MAX_SIZE) {
            throw new InvalidQueryException("size",
                    "size must be between 1 and " + FeedbackQuery.MAX_SIZE + " (got " + size + ")");
        }
        if ((long) page * size > FeedbackQuery.MAX_WINDOW) {
            throw new InvalidQueryException("page", "only the first " + FeedbackQuery.MAX_WINDOW
                    + " rows can be paged through; narrow the query (an export reads them all)");
        }
    }

    /** As given; null means the default. */
    public static QueryPage of(Integer page, Integer size) {
        return new QueryPage(page == null ? 1 : page, size == null ? FeedbackQuery.DEFAULT_SIZE : size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
