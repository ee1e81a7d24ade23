package io.voc.nlp.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.voc.nlp.model.Analysis;
import io.voc.nlp.model.Aspect;
import io.voc.nlp.model.ClassProbabilities;
import io.voc.nlp.model.Intent;
import io.voc.nlp.model.SentenceAnalysis;
import io.voc.nlp.model.Sentiment;
import io.voc.nlp.model.SentimentLabel;
import java.time.Instant;
import java.util.List;

/**
 * The published JSON shape of an analysis: the results of {@code POST /api/v1/nlp/analyze} and the
 * {@code nlp} object of every enriched feedback document in Elasticsearch. Add fields, never rename them.
 * {@code nlpVersion} tells which model and knowledge produced it; {@code enrichedAt} is set on documents.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnalysisJson(
        String language,
        SentimentJson sentiment,
        List<SentenceJson> sentences,
        List<AspectJson> aspects,
        List<String> topics,
        String intent,
        List<String> keyphrases,
        String nlpVersion,
        String enrichedAt) {

    /** label negative/neutral/positive, score in [-1, 1], CoreNLP's five class probabilities when it read the text. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SentimentJson(String label, double score, ProbabilitiesJson probabilities) {
        static SentimentJson of(Sentiment s) {
            return s == null ? null : new SentimentJson(s.label().wireName(), round(s.score()),
                    ProbabilitiesJson.of(s.probabilities()));
        }

        Sentiment toSentiment() {
            return new Sentiment(SentimentLabel.parse(label), score, probabilities == null ? null
                    : ClassProbabilities.mean(List.of(probabilities.toProbabilities())));
        }
    }

    public record ProbabilitiesJson(double veryNegative, double negative, double neutral, double positive,
            double veryPositive) {
        static ProbabilitiesJson of(ClassProbabilities p) {
            return p == null ? null : new ProbabilitiesJson(round(p.veryNegative()), round(p.negative()),
                    round(p.neutral()), round(p.positive()), round(p.veryPositive()));
        }

        /** Rounded values may miss 1 by a little: the mean of one normalises them. */
        ClassProbabilities toProbabilities() {
            double sum = veryNegative + negative + neutral + positive + veryPositive;
            return new ClassProbabilities(veryNegative / sum, negative / sum, neutral / sum, positive / sum,
                    veryPositive / sum);
        }
    }

    /** A sentence with its character offsets in the text and what decided its sentiment. */
    public record SentenceJson(String text, int begin, int end, SentimentJson sentiment, String source) {
        static SentenceJson of(SentenceAnalysis s) {
            return new SentenceJson(s.text(), s.begin(), s.end(), SentimentJson.of(s.sentiment()), s.source());
        }
    }

    public record AspectJson(String term, SentimentJson sentiment) {
        static AspectJson of(Aspect a) {
            return new AspectJson(a.term(), SentimentJson.of(a.sentiment()));
        }
    }

    public static AnalysisJson of(Analysis a) {
        return of(a, null);
    }

    /** The document form: stamped with the time of enrichment. */
    public static AnalysisJson of(Analysis a, Instant enrichedAt) {
        return new AnalysisJson(a.language(), SentimentJson.of(a.sentiment()),
                a.sentences().stream().map(SentenceJson::of).toList(),
                a.aspects().stream().map(AspectJson::of).toList(), a.topics(), a.intent().wireName(), a.keyphrases(),
                a.nlpVersion(), enrichedAt == null ? null : enrichedAt.toString());
    }

    /** Back to the domain form (documents and API answers were written by {@link #of}). */
    public Analysis toAnalysis() {
        return new Analysis(language, sentiment == null ? null : sentiment.toSentiment(),
                sentences == null ? List.of() : sentences.stream().map(s -> new SentenceAnalysis(s.text(), s.begin(),
                        s.end(), s.sentiment().toSentiment(), s.source())).toList(),
                aspects == null ? List.of() : aspects.stream()
                        .map(a -> new Aspect(a.term(), a.sentiment().toSentiment())).toList(),
                topics == null ? List.of() : topics, intent == null ? Intent.OTHER : Intent.parse(intent),
                keyphrases == null ? List.of() : keyphrases, nlpVersion);
    }

    /** Three decimals: enough for any chart, and documents stay small. */
    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
