package io.voc.nlp.model;

import java.util.Set;

/**
 * Everything VOC knows about one language, loaded from data: how lexicon hits become sentiment, what
 * the aspects are, which cues signal an intent, and which words never make a keyphrase.
 */
public record LanguageKnowledge(String language, SentimentRules sentiment, AspectVocabulary aspects,
        IntentRules intents, Set<String> stopwords) {
}
