package io.voc.nlp.application;

import io.voc.feedback.model.FeedbackText;
import io.voc.platform.model.InvalidInputException;
import io.voc.nlp.model.Analysis;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Analyses up to 1,000 texts on request (the analyze API). */
@ApplicationScoped
public class AnalyzeTexts {
    public static final int MAX_TEXTS = 1000;

    private final NlpEngine engine;

    AnalyzeTexts(NlpEngine engine) {
        this.engine = engine;
    }

    public List<Analysis> analyze(List<String> texts, String product) {
        if (texts == null || texts.isEmpty()) {
            throw new InvalidInputException("texts", "texts must hold at least one text");
        }
        if (texts.size() > MAX_TEXTS) {
            throw new InvalidInputException("texts", "at most " + MAX_TEXTS + " texts per request (got "
                    + texts.size() + "); split them into several requests");
        }
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (text == null || text.isBlank()) {
                throw new InvalidInputException("texts[" + i + "]", "texts[" + i + "] is empty");
            }
            if (text.length() > FeedbackText.MAX_LENGTH) {
                throw new InvalidInputException("texts[" + i + "]", "texts[" + i + "] is longer than "
                        + FeedbackText.MAX_LENGTH + " characters");
            }
        }
        return engine.analyze(texts.stream().map(t -> new TextToAnalyze(t, product, null, null)).toList());
    }
}
