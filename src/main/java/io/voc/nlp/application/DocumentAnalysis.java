package io.voc.nlp.application;

/** A new analysis for a stored document known by its index and id (re-enrichment). */
public record DocumentAnalysis(String index, String id, AnalysisJson nlp) {
}
