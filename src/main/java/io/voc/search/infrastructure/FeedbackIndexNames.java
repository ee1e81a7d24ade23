package io.voc.search.infrastructure;

import io.voc.platform.VocConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Names of the feedback indices. Writers use the write alias and readers the read alias, so that
 * indices can roll over or be rebuilt behind them without anyone noticing.
 */
@ApplicationScoped
public class FeedbackIndexNames {
    private final String prefix;

    FeedbackIndexNames(VocConfig config) {
        this.prefix = config.index().prefix();
    }

    public String readAlias() {
        return prefix;
    }

    public String writeAlias() {
        return prefix + "-write";
    }

    public String templateName() {
        return prefix;
    }

    public String indexPattern() {
        return prefix + "-0*";
    }

    /** The daily roll-ups (one index: a document per product and day). */
    public String rollups() {
        return prefix + "-daily";
    }

    public String firstIndex() {
        return prefix + "-000001";
    }
}
