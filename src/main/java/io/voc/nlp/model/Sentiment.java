package io.voc.nlp.model;

/**
 * A sentiment: label, score in [-1, 1] (negative to positive) and, when CoreNLP's model ran on the
 * text, its five class probabilities (null when the domain lexicon alone decided - the fast path).
 */
public record Sentiment(SentimentLabel label, double score, ClassProbabilities probabilities) {
    public Sentiment {
        if (label == null) {
            throw new IllegalArgumentException("a sentiment needs a label");
        }
        if (Double.isNaN(score) || score < -1 || score > 1) {
            throw new IllegalArgumentException("sentiment score must lie in [-1, 1] (got " + score + ")");
        }
    }

    public static Sentiment neutral() {
        return new Sentiment(SentimentLabel.NEUTRAL, 0, null);
    }
}
