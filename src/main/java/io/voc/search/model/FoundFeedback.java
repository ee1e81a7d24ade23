package io.voc.search.model;

import io.voc.feedback.model.Feedback;
import io.voc.nlp.model.Analysis;

/** A feedback as search finds it: with its analysis once the NLP stage has enriched it (null before). */
public record FoundFeedback(Feedback feedback, Analysis analysis) {
}
