package io.voc.nlp.model;

import java.util.Locale;

/** The three labels VOC reports; CoreNLP's five classes fold into them. */
public enum SentimentLabel {
    NEGATIVE, NEUTRAL, POSITIVE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads "negative"/"neutral"/"positive" and the evaluation files' 0/1 (0 negative, 1 positive). */
    public static SentimentLabel parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "negative", "neg", "0" -> NEGATIVE;
            case "neutral", "neu" -> NEUTRAL;
            case "positive", "pos", "1" -> POSITIVE;
            default -> throw new IllegalArgumentException(
                    "unknown sentiment label '" + value + "' (use negative, neutral, positive, 0 or 1)");
        };
    }
}
