package io.voc.nlp.model;

/**
 * Tokens [start, end) of a sentence between punctuation or contrast words, with the lexicon evidence
 * found in it. {@code weight} is how much the clause counts in its sentence ("but" makes what follows
 * count more, "although" makes its own clause count less).
 */
public record Clause(int start, int end, double weight, double domainSum, int domainHits, double generalSum,
        int generalHits) {

    public double sum() {
        return domainSum + generalSum;
    }

    public boolean hasEvidence() {
        return domainHits + generalHits > 0;
    }

    public boolean contains(int token) {
        return token >= start && token < end;
    }

    Clause weighted(double factor) {
        return new Clause(start, end, weight * factor, domainSum, domainHits, generalSum, generalHits);
    }
}
