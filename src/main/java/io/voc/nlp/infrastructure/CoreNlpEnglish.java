package io.voc.nlp.infrastructure;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import io.voc.nlp.model.ClassProbabilities;
import io.voc.nlp.model.Sentence;
import io.voc.nlp.model.TextAnalyzer.SentenceClassifier;
import io.voc.nlp.model.Token;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.ejml.simple.SimpleMatrix;

/**
 * English through Stanford CoreNLP. Two pipelines share the work: a cheap one (tokens, sentences, parts
 * of speech, lemmas: ~0.5 ms per text) runs on everything, and the expensive one (the shift-reduce
 * parser and the sentiment model: ~8 ms per sentence) only on the sentences VOC's lexicon cannot decide.
 * Both are thread-safe and shared by all threads.
 */
final class CoreNlpEnglish implements LanguageTokenizer {
    /** Longer "sentences" (lists, logs pasted into feedback) cost too much to parse and say little. */
    static final int MAX_PARSE_TOKENS = 60;

    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP sentiment;

    CoreNlpEnglish() {
        Properties light = new Properties();
        light.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        light.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=false");
        // a line break in feedback usually ends a thought even without a full stop
        light.setProperty("ssplit.newlineIsSentenceBreak", "two");
        this.tagger = new StanfordCoreNLP(light);
        Properties heavy = new Properties();
        heavy.setProperty("annotators", "parse,sentiment");
        heavy.setProperty("enforceRequirements", "false");
        heavy.setProperty("parse.model", "edu/stanford/nlp/models/srparser/englishSR.ser.gz");
        heavy.setProperty("parse.maxlen", String.valueOf(MAX_PARSE_TOKENS));
        heavy.setProperty("parse.binaryTrees", "true");
        // dependency graphs cost a third of the parse and nothing here reads them
        heavy.setProperty("parse.buildgraphs", "false");
        this.sentiment = new StanfordCoreNLP(heavy);
    }

    /** Sentences with tokens, and a classifier that knows their CoreNLP form. */
    record Tagged(List<Sentence> sentences, SentenceClassifier classifier) {
    }

    @Override
    public List<Sentence> sentences(String text) {
        return tag(text).sentences();
    }

    Tagged tag(String text) {
        Annotation document = new Annotation(text);
        tagger.annotate(document);
        List<Sentence> sentences = new ArrayList<>();
        Map<Sentence, CoreMap> coreMaps = new IdentityHashMap<>();
        for (CoreMap s : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel label : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(Token.of(label.word(), label.lemma(), label.tag(), label.beginPosition(), label.endPosition()));
            }
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            Sentence sentence = new Sentence(text.substring(begin, end), begin, end, tokens);
            sentences.add(sentence);
            coreMaps.put(sentence, s);
        }
        return new Tagged(sentences, asked -> classify(text, asked, coreMaps));
    }

    /** CoreNLP's five class probabilities for each sentence (null for one too long to parse). */
    private List<ClassProbabilities> classify(String text, List<Sentence> asked, Map<Sentence, CoreMap> coreMaps) {
        List<CoreMap> parseable = new ArrayList<>();
        for (Sentence s : asked) {
            if (s.tokens().size() <= MAX_PARSE_TOKENS) {
                parseable.add(coreMaps.get(s));
            }
        }
        if (!parseable.isEmpty()) {
            Annotation subset = new Annotation(text);
            subset.set(CoreAnnotations.SentencesAnnotation.class, parseable);
            sentiment.annotate(subset);
        }
        List<ClassProbabilities> result = new ArrayList<>();
        for (Sentence s : asked) {
            Tree tree = coreMaps.get(s).get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
            SimpleMatrix predictions = tree == null ? null : RNNCoreAnnotations.getPredictions(tree);
            result.add(predictions == null ? null : probabilities(predictions));
        }
        return result;
    }

    private static ClassProbabilities probabilities(SimpleMatrix predictions) {
        double[] p = new double[5];
        double sum = 0;
        for (int i = 0; i < 5; i++) {
            p[i] = predictions.get(i);
            sum += p[i];
        }
        for (int i = 0; i < 5; i++) {
            p[i] /= sum;
        }
        return ClassProbabilities.of(p);
    }

    @Override
    public List<String> keys(String phrase) {
        List<String> keys = new ArrayList<>();
        for (Sentence s : sentences(phrase)) {
            for (Token t : s.tokens()) {
                keys.add(t.word().equals("*") ? "*" : t.lemma());
            }
        }
        return keys;
    }
}
