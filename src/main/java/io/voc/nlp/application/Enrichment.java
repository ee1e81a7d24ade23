package io.voc.nlp.application;

import io.voc.feedback.model.Feedback;

/** A feedback with its analysis, on its way into the feedback's document. */
public record Enrichment(Feedback feedback, AnalysisJson nlp) {
}
