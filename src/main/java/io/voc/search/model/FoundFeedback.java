package io.voc.search.model;

import io.voc.feedback.model.Feedback;
import io.voc.nlp.model.Analysis;

/**
 * A feedback as search finds it: with its analysis once the NLP stage has enriched it (null before), and,
 * when words were searched for and found in it, its text with the matches marked (else null).
 */
public record FoundFeedback(Feedback feedback, Analysis analysis, HighlightedText highlight) {

    public FoundFeedback(Feedback feedback, Analysis analysis) {
        this(feedback, analysis, null);
    }
}
