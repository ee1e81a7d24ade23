package io.voc.nlp.application;

import io.voc.nlp.model.Analysis;
import java.util.List;

/** VOC's NLP model: language, sentiment, aspects, topics, intent and keyphrases for texts. */
public interface NlpEngine {

    /** One analysis per text, in order. Uses every NLP thread; waits until the models are loaded. */
    List<Analysis> analyze(List<TextToAnalyze> texts);

    /** CoreNLP's sentence model alone (for evaluation and benchmarks): one result per text. */
    List<Analysis> analyzeWithCoreNlpOnly(List<TextToAnalyze> texts);

    /** Changes whenever the code's model revision or any knowledge file changes. */
    String version();
}
