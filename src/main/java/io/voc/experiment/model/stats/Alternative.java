package io.voc.experiment.model.stats;

/**
 * The alternative hypothesis: any difference, or only a treatment greater (less) than control. A one-sided test
 * spends all of alpha on one direction, so its interval is unbounded on the other side.
 */
public enum Alternative {
    TWO_SIDED("two-sided"),
    GREATER("greater"),
    LESS("less");

    private final String wireName;

    Alternative(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Alternative of(String field, String value) {
        return Names.parse(values(), Alternative::wireName, field, value);
    }
}
