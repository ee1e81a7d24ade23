package io.voc.search.model;

import java.util.List;

/** One page of matching feedback, newest or most relevant first, with the total number of matches. */
public record FeedbackPage(long total, int page, int size, List<FoundFeedback> items) {
    public FeedbackPage {
        items = List.copyOf(items);
    }

    public int pageCount() {
        return (int) Math.min((total + size - 1) / size, FeedbackQuery.MAX_WINDOW / size);
    }
}
