package io.voc.nlp.model;

import java.util.Map;
import java.util.Set;

/**
 * How lexicon hits become a score - all of it data ({@code nlp/<lang>/rules.properties} and word lists),
 * so that a product team tunes it without a release.
 *
 * @param domain        app-feedback phrases ("keeps crashing", "charged twice"), weight in [-1, 1]
 * @param general       general-language words (VADER's lexicon for English), weight in [-1, 1]
 * @param negators      words that flip what follows within {@code negationWindow} tokens
 * @param negationFactor what a negated hit is multiplied by (VADER: -0.74)
 * @param intensifiers  words that scale the next hit ("very" 1.3, "slightly" 0.6)
 * @param adversatives  words after which the clause counts more ("but", "however")
 * @param concessives   words whose own clause counts less ("although", "even though")
 * @param normalisation alpha in score = s / sqrt(s*s + alpha), VADER's squashing into [-1, 1]
 * @param neutralBand   |score| below this is neutral
 * @param decisive      |score| with a domain hit from which CoreNLP's opinion is not asked (the fast path)
 * @param decisiveGeneral |score| from general words alone from which CoreNLP is not asked
 * @param withoutEvidence when CoreNLP reads a sentence in which no lexicon found anything
 * @param requestDampening factor on the score of a question or request with no domain evidence
 *                      ("can I share my plan?" is neither praise nor complaint, whatever its words)
 * @param coreNlpWeight weight of CoreNLP's score against one unit of lexicon evidence
 * @param ratingWeight  share of a star rating in a whole text's score, when it has one
 */
public record SentimentRules(
        PhraseLexicon<Double> domain,
        PhraseLexicon<Double> general,
        Set<String> negators,
        int negationWindow,
        double negationFactor,
        Map<String, Double> intensifiers,
        Set<String> adversatives,
        Set<String> concessives,
        double adversativeBefore,
        double adversativeAfter,
        double concessiveWeight,
        double normalisation,
        double neutralBand,
        double decisive,
        double decisiveGeneral,
        WithoutEvidence withoutEvidence,
        double requestDampening,
        double coreNlpWeight,
        double ratingWeight) {

    /**
     * CoreNLP on sentences without lexicon evidence: always, never, or only when no other sentence of
     * the text is decided by the lexicon (then the text's sentiment hardly depends on it).
     */
    public enum WithoutEvidence {
        ALWAYS, NEVER, WHEN_UNDECIDED;

        public static WithoutEvidence parse(String value) {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    public SentimentLabel label(double score) {
        if (score >= neutralBand) {
            return SentimentLabel.POSITIVE;
        }
        return score <= -neutralBand ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
    }

    public double squash(double sum) {
        return sum / Math.sqrt(sum * sum + normalisation);
    }
}
