package io.voc.insight.model;

import java.util.Locale;

/** What rose: the candidate's share of feedback, the share of negative feedback about it, or both. */
public enum Signal {
    VOLUME, NEGATIVITY, BOTH;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
