package io.voc.insight.model;

import java.util.Locale;

/**
 * What a candidate is: a topic of VOC's taxonomy ({@code nlp.topics}), an aspect the NLP stage found
 * ({@code nlp.aspects.term}), or a keyphrase ({@code nlp.keyphrases}), called a term.
 */
public enum CandidateKind {
    TOPIC, ASPECT, TERM;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
