package io.voc.search.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The orders a result can be read in. Relevance needs words to be relevant to: without them the newest
 * come first.
 */
public enum FeedbackSort {
    RELEVANCE("relevance", "Most relevant"), NEWEST("newest", "Newest first"), OLDEST("oldest", "Oldest first"),
    MOST_NEGATIVE("most-negative", "Most negative first"), LOWEST_RATING("lowest-rating", "Lowest rating first"),
    HIGHEST_RATING("highest-rating", "Highest rating first");

    private final String parameter;
    private final String title;

    FeedbackSort(String parameter, String title) {
        this.parameter = parameter;
        this.title = title;
    }

    public String parameter() {
        return parameter;
    }

    public String title() {
        return title;
    }

    /** A {@code sort} parameter as typed; null when not given, a 400 naming {@code sort} when unknown. */
    public static FeedbackSort parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(values()).filter(s -> s.parameter.equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new InvalidQueryException("sort", "sort '" + value + "' is unknown; one of "
                        + Arrays.stream(values()).map(FeedbackSort::parameter).collect(Collectors.joining(", "))));
    }

    /** The order asked for, or the natural one: most relevant first for words, else newest first. */
    static FeedbackSort orDefault(FeedbackSort asked, boolean hasWords) {
        if (asked == null || asked == RELEVANCE && !hasWords) {
            return hasWords ? RELEVANCE : NEWEST;
        }
        return asked;
    }
}
