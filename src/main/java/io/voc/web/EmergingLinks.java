package io.voc.web;

import io.voc.insight.model.EmergingItem;
import io.voc.insight.model.EmergingQuery;
import io.voc.search.model.Narrowing;

/**
 * Where an emerging item's feedback is: the Explorer narrowed to the same product, region, platform and
 * version, to the item's topic, aspect or keyphrase, and to the window - so it lists exactly the feedback
 * counted in the window.
 */
final class EmergingLinks {
    private EmergingLinks() {
    }

    static String search(EmergingQuery query, EmergingItem item) {
        Narrowing.Field field = switch (item.kind()) {
            case TOPIC -> Narrowing.Field.TOPIC;
            case ASPECT -> Narrowing.Field.ASPECT;
            case TERM -> Narrowing.Field.KEYPHRASE;
        };
        return ExplorerLink.of(query.window()).with(field.parameter(), item.key());
    }
}
