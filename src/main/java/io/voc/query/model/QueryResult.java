package io.voc.query.model;

import io.voc.search.model.FeedbackQuery;
import io.voc.search.model.FoundFeedback;
import java.time.Instant;
import java.util.List;

/** What running a query answers: feedback, or the numbers of an aggregation. */
public sealed interface QueryResult {

    /** One page of the matching feedback, newest first; {@code total} is how many match in all. */
    record Rows(long total, QueryPage page, List<FoundFeedback> rows) implements QueryResult {
        public Rows {
            rows = List.copyOf(rows);
        }

        /** Whether a next page has rows (within the pages that can be read). */
        public boolean hasMore() {
            long next = (long) page.page() * page.size();
            return next < total && next < FeedbackQuery.MAX_WINDOW;
        }
    }

    /** The buckets of an aggregation; {@code total} is how many feedback matched. */
    record Buckets(long total, QueryAggregation aggregation, List<Bucket> buckets) implements QueryResult {
        public Buckets {
            buckets = List.copyOf(buckets);
        }
    }

    /**
     * What a HiveQL query answered: its columns as it names them, and one page of its rows (values as the
     * warehouse gave them: text, numbers, booleans, nulls). Counting every row would run the query twice, so
     * there is no total, only whether a next page has rows.
     */
    record Table(List<String> columns, QueryPage page, List<List<Object>> rows, boolean hasMore)
            implements QueryResult {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
                    .toList();
        }
    }

    /**
     * One group ({@code key}: a value of {@code groupBy}, else null) in one time bucket ({@code start}, else
     * null): how many feedback, and the metric's value over them - the count for {@code count}, null for a
     * sentiment metric where nothing was analysed.
     */
    record Bucket(String key, Instant start, long count, Number value) {
        /** The value as people read it (see {@link Measured}). */
        public String valueShown() {
            return Measured.format(value == null ? null : value.doubleValue());
        }
    }
}
