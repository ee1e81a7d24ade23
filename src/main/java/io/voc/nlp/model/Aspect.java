package io.voc.nlp.model;

/** A thing users talk about ("login", "battery"), normalised, with the sentiment of its clause. */
public record Aspect(String term, Sentiment sentiment) {
    public Aspect {
        if (term == null || term.isBlank()) {
            throw new IllegalArgumentException("an aspect needs a term");
        }
    }
}
