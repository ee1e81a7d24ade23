package io.voc.search.infrastructure;

import io.voc.search.model.Facet;
import io.voc.search.model.Narrowing;

/** Where each narrowing field and facet lives in the feedback index (see feedback-index-template.json). */
public final class FeedbackFields {
    /** The nested objects of aspects: queries and aggregations on them go through a nested clause. */
    public static final String ASPECTS = "nlp.aspects";

    private FeedbackFields() {
    }

    static String of(Narrowing.Field field) {
        return switch (field) {
            case CHANNEL -> "channel";
            case REGION -> "region";
            case LOCALE -> "locale";
            case PLATFORM -> "platform";
            case APP_VERSION -> "appVersion";
            case SENTIMENT -> "nlp.sentiment.label";
            case TOPIC -> "nlp.topics";
            case ASPECT -> ASPECTS + ".term";
            case KEYPHRASE -> "nlp.keyphrases";
            case PERSONA -> "persona";
        };
    }

    public static String of(Facet facet) {
        return facet.narrowingField() == null ? "product" : of(facet.narrowingField());
    }
}
