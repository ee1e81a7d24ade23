package io.voc.nlp.model;

/**
 * One sentence's sentiment. {@code source} says what decided it: {@code lexicon} (domain knowledge
 * was decisive; CoreNLP skipped), {@code corenlp+lexicon}, or {@code corenlp}.
 */
public record SentenceAnalysis(String text, int begin, int end, Sentiment sentiment, String source) {
}
