package io.voc.nlp.model;

import java.util.List;

/** Everything VOC's NLP says about one text. */
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
