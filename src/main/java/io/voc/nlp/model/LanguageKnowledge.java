package io.voc.nlp.model;

import java.util.Set;

/**
 * Everything VOC knows about one language, loaded from data: how lexicon hits become sentiment, what
 * the aspects are, which cues signal an intent, and which words never make a keyphrase.
 * {@code measuresSentiment} is false for a language VOC has no sentiment knowledge of: its texts get
 * a sentiment from their star rating only (none without one) rather than a guess.
 */
public record LanguageKnowledge(String language, SentimentRules sentiment, AspectVocabulary aspects,
        IntentRules intents, Set<String> stopwords, boolean measuresSentiment) {
}
