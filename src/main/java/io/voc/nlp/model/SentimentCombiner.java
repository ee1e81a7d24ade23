package io.voc.nlp.model;

import java.util.ArrayList;
import java.util.List;

/**
 * VOC's sentiment: CoreNLP's sentence model (trained on movie reviews) combined with app-feedback
 * knowledge. Where the domain lexicon is decisive ("keeps crashing", "charged twice", "support fixed
 * it") CoreNLP is not asked at all - that is both more accurate on app feedback and the fast path.
 * Elsewhere both opinions are averaged, the lexicon's by how much evidence it found.
 */
public final class SentimentCombiner {
    public static final String LEXICON = "lexicon";
    public static final String CORENLP = "corenlp";
    public static final String COMBINED = "corenlp+lexicon";

    private final SentimentRules rules;

    public SentimentCombiner(SentimentRules rules) {
        this.rules = rules;
    }

    /** Whether the lexicon alone decides this sentence (CoreNLP's opinion is then not used). */
    public boolean decisive(SentenceEvidence evidence) {
        if (evidence.hits() == 0) {
            return false;
        }
        if (evidence.isDeclaredNeutral()) {
            return true; // a phrase the lexicon lists as neutral on purpose ("neither good nor bad")
        }
        double score = Math.abs(rules.squash(evidence.weightedSum()));
        return score >= (evidence.domainHits() > 0 ? rules.decisive() : rules.decisiveGeneral());
    }

    /**
     * Whether CoreNLP's opinion is used for a sentence. {@code textDecided}: another sentence of the same
     * text is decided by the lexicon.
     */
    public boolean usesCoreNlp(SentenceEvidence evidence, boolean textDecided) {
        if (decisive(evidence)) {
            return false;
        }
        if (evidence.hits() > 0) {
            return true;
        }
        return switch (rules.withoutEvidence()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case WHEN_UNDECIDED -> !textDecided;
        };
    }

    /**
     * One sentence. {@code coreNlp} is CoreNLP's reading when it ran (null otherwise); it counts only when
     * {@code useCoreNlp}, so running CoreNLP on more sentences (fast path off) never changes a result. A
     * question or request without domain evidence is damped towards neutral.
     */
    public Sentiment sentence(SentenceEvidence evidence, ClassProbabilities coreNlp, boolean useCoreNlp,
            boolean request) {
        double lexicon = rules.squash(evidence.weightedSum());
        double score;
        if (coreNlp == null || !useCoreNlp) {
            score = lexicon;
        } else {
            double lexiconWeight = Math.min(1.0, evidence.strength());
            score = (rules.coreNlpWeight() * coreNlp.score() + lexiconWeight * lexicon)
                    / (rules.coreNlpWeight() + lexiconWeight);
        }
        if (request && evidence.domainHits() == 0) {
            score *= rules.requestDampening();
        }
        return sentiment(score, coreNlp);
    }

    /** What decided a sentence: the lexicon alone, CoreNLP with the lexicon, or CoreNLP alone. */
    public static String source(SentenceEvidence evidence, ClassProbabilities coreNlp, boolean useCoreNlp) {
        if (coreNlp == null || !useCoreNlp) {
            return LEXICON;
        }
        return evidence.hits() > 0 ? COMBINED : CORENLP;
    }

    /**
     * A clause's own sentiment, for the aspects in it: its lexicon evidence when it has some, otherwise
     * its sentence's sentiment.
     */
    public Sentiment clause(Clause clause, Sentiment sentence) {
        if (!clause.hasEvidence()) {
            return sentence;
        }
        return sentiment(rules.squash(clause.sum()), null);
    }

    /**
     * A whole text: its sentences weighted by how much they say (evidence, a strong score), and the star
     * rating when there is one. Probabilities are the mean of CoreNLP's over the sentences it read.
     */
    public Sentiment document(List<Sentiment> sentences, List<SentenceEvidence> evidence, Integer rating) {
        double weighted = 0;
        double weights = 0;
        List<ClassProbabilities> probabilities = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentiment s = sentences.get(i);
            double weight = 1 + evidence.get(i).strength() + Math.abs(s.score());
            weighted += weight * s.score();
            weights += weight;
            if (s.probabilities() != null) {
                probabilities.add(s.probabilities());
            }
        }
        double text = weights == 0 ? 0 : weighted / weights;
        double score = rating == null ? text
                : (1 - rules.ratingWeight()) * text + rules.ratingWeight() * ((rating - 3) / 2.0);
        return sentiment(score, probabilities.isEmpty() ? null : ClassProbabilities.mean(probabilities));
    }

    /** A text in a language without a sentiment model: only a star rating can say something. */
    public Sentiment fromRatingOnly(Integer rating) {
        return rating == null ? null : sentiment((rating - 3) / 2.0, null);
    }

    private Sentiment sentiment(double score, ClassProbabilities probabilities) {
        double clamped = Math.max(-1, Math.min(1, score));
        return new Sentiment(rules.label(clamped), clamped, probabilities);
    }
}
