package io.voc.nlp.model;

import java.util.List;

/** What the lexicons found in one sentence, clause by clause. */
public record SentenceEvidence(List<Clause> clauses) {
    public SentenceEvidence {
        clauses = List.copyOf(clauses);
    }

    public double weightedSum() {
        return clauses.stream().mapToDouble(c -> c.weight() * c.sum()).sum();
    }

    public int domainHits() {
        return clauses.stream().mapToInt(Clause::domainHits).sum();
    }

    public int hits() {
        return clauses.stream().mapToInt(c -> c.domainHits() + c.generalHits()).sum();
    }

    /** Only domain phrases of weight 0 were found: the lexicon says this sentence is neutral. */
    public boolean isDeclaredNeutral() {
        return domainHits() > 0 && hits() == domainHits()
                && clauses.stream().allMatch(c -> c.domainSum() == 0);
    }

    /** How much lexicon evidence there is, regardless of its direction. */
    public double strength() {
        return Math.abs(weightedSum());
    }
}
