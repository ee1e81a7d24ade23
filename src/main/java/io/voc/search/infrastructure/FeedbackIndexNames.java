package io.voc.search.infrastructure;

import io.voc.platform.VocConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Names of the feedback indices. Writers use the write alias and readers the read alias, so that
 * indices can roll over or be rebuilt behind them without anyone noticing.
 */
@ApplicationScoped
class FeedbackIndexNames {
    private final String prefix;

    FeedbackIndexNames(VocConfig config) {
        this.prefix = config.index().prefix();
    }

    String readAlias() {
        return prefix;
    }

    String writeAlias() {
        return prefix + "-write";
    }

    String templateName() {
        return prefix;
    }

    String indexPattern() {
        return prefix + "-0*";
    }

    String firstIndex() {
        return prefix + "-000001";
    }
}
