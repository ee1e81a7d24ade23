package io.voc.nlp.application;

/**
 * A text and what helps reading it: its product (for the product's topics), its star rating (part of
 * the overall sentiment) and the locale it came with (a hint when the language is hard to tell).
 */
public record TextToAnalyze(String text, String product, Integer rating, String locale) {

    public static TextToAnalyze of(String text) {
        return new TextToAnalyze(text, null, null, null);
    }
}
