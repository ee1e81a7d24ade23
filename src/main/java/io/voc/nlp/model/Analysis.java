package io.voc.nlp.model;

import java.util.List;

/**
 * Everything VOC's NLP says about one text. {@code sentiment} is null for a text in a language VOC
 * measures no sentiment in (neither English nor Chinese) that came without a star rating.
 */
public record Analysis(
        String language,
        Sentiment sentiment,
        List<SentenceAnalysis> sentences,
        List<Aspect> aspects,
        List<String> topics,
        Intent intent,
        List<String> keyphrases,
        String nlpVersion) {

    public Analysis {
        sentences = List.copyOf(sentences);
        aspects = List.copyOf(aspects);
        topics = List.copyOf(topics);
        keyphrases = List.copyOf(keyphrases);
    }
}
