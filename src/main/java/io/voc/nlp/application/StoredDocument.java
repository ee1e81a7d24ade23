package io.voc.nlp.application;

/** A feedback document as re-enrichment reads it: where it is, and what the model needs to read it. */
public record StoredDocument(String index, String id, String text, String product, Integer rating, String locale) {

    public TextToAnalyze toAnalyze() {
        return new TextToAnalyze(text, product, rating, locale);
    }
}
