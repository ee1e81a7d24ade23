package io.voc.nlp.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one tokenised text into an {@link Analysis}: sentiment per sentence and overall, aspects with
 * the sentiment of their clause, topics, intent and keyphrases. Language-specific work (tokens, parts of
 * speech, CoreNLP's sentence model) happens before, in the infrastructure; the rules here are the same
 * for every language and all of their knowledge comes from {@link LanguageKnowledge}.
 */
public final class TextAnalyzer {
    private static final int MAX_KEYPHRASES = 10;
    private static final int MAX_ASPECT_WORDS = 3;

    /** CoreNLP's sentence model, asked only about the sentences the lexicon cannot decide. */
    public interface SentenceClassifier {
        /** One result per sentence, in order. */
        List<ClassProbabilities> classify(List<Sentence> sentences);
    }

    private final LanguageKnowledge knowledge;
    private final LexiconScorer scorer;
    private final SentimentCombiner combiner;
    private final Taxonomy taxonomy;
    private final String version;

    public TextAnalyzer(LanguageKnowledge knowledge, Taxonomy taxonomy, String version) {
        this.knowledge = knowledge;
        this.scorer = new LexiconScorer(knowledge.sentiment());
        this.combiner = new SentimentCombiner(knowledge.sentiment());
        this.taxonomy = taxonomy;
        this.version = version;
    }

    public String language() {
        return knowledge.language();
    }

    /**
     * @param classifier CoreNLP's sentence model, or null where the language has none (lexicon only)
     * @param fastPath   skip the classifier where the domain lexicon is decisive
     */
    public Analysis analyze(String product, Integer rating, List<Sentence> sentences, SentenceClassifier classifier,
            boolean fastPath) {
        List<List<Token>> tokens = sentences.stream().map(Sentence::tokens).toList();
        if (!knowledge.measuresSentiment()) {
            Sentiment rated = combiner.fromRatingOnly(rating);
            return new Analysis(knowledge.language(), rated, List.of(), List.of(), taxonomy.topics(product, tokens),
                    knowledge.intents().intent(tokens, rated), keyphrases(sentences.stream().map(Sentence::keywords).toList()), version);
        }
        List<SentenceEvidence> evidence = sentences.stream().map(s -> scorer.score(s.tokens())).toList();
        boolean textDecided = evidence.stream().anyMatch(combiner::decisive);
        List<Boolean> useCoreNlp = evidence.stream().map(e -> classifier != null && combiner.usesCoreNlp(e, textDecided))
                .toList();
        List<ClassProbabilities> probabilities = classify(sentences, useCoreNlp, classifier, fastPath);
        List<Sentiment> sentiments = new ArrayList<>();
        List<SentenceAnalysis> analysed = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Sentiment sentiment = combiner.sentence(evidence.get(i), probabilities.get(i), useCoreNlp.get(i),
                    knowledge.intents().isRequest(s.tokens()));
            sentiments.add(sentiment);
            analysed.add(new SentenceAnalysis(s.text(), s.begin(), s.end(), sentiment,
                    SentimentCombiner.source(evidence.get(i), probabilities.get(i), useCoreNlp.get(i))));
        }
        Sentiment overall = sentences.isEmpty() ? combiner.fromRatingOnly(rating)
                : combiner.document(sentiments, evidence, rating);
        return new Analysis(knowledge.language(), overall, analysed, aspects(sentences, evidence, sentiments),
                taxonomy.topics(product, tokens), knowledge.intents().intent(tokens, overall),
                keyphrases(sentences.stream().map(Sentence::keywords).toList()), version);
    }

    /** CoreNLP's reading of the sentences whose result uses it - of all of them without the fast path. */
    private List<ClassProbabilities> classify(List<Sentence> sentences, List<Boolean> useCoreNlp,
            SentenceClassifier classifier, boolean fastPath) {
        List<ClassProbabilities> result = new ArrayList<>(Collections.nCopies(sentences.size(), null));
        if (classifier == null) {
            return result;
        }
        List<Integer> asked = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (!fastPath || useCoreNlp.get(i)) {
                asked.add(i);
            }
        }
        if (!asked.isEmpty()) {
            List<ClassProbabilities> answers = classifier.classify(asked.stream().map(sentences::get).toList());
            for (int k = 0; k < asked.size(); k++) {
                result.set(asked.get(k), answers.get(k));
            }
        }
        return result;
    }

    /**
     * Known aspect phrases first, then noun phrases (runs of nouns) where parts of speech are known.
     * An aspect mentioned several times gets the mean of its clauses' scores.
     */
    private List<Aspect> aspects(List<Sentence> sentences, List<SentenceEvidence> evidence, List<Sentiment> sentiments) {
        Map<String, List<Sentiment>> found = new LinkedHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<Token> tokens = sentences.get(i).tokens();
            boolean[] taken = new boolean[tokens.size()];
            for (PhraseLexicon.Match<String> m : knowledge.aspects().synonyms().matches(tokens)) {
                for (int t = m.start(); t < m.end(); t++) {
                    taken[t] = true;
                }
                found.computeIfAbsent(m.value(), k -> new ArrayList<>())
                        .add(clauseSentiment(evidence.get(i), m.start(), sentiments.get(i)));
            }
            int t = 0;
            while (t < tokens.size()) {
                if (taken[t] || !tokens.get(t).isNoun()) {
                    t++;
                    continue;
                }
                int end = t;
                while (end < tokens.size() && !taken[end] && tokens.get(end).isNoun()) {
                    end++;
                }
                List<Token> phrase = tokens.subList(Math.max(t, end - MAX_ASPECT_WORDS), end);
                String term = knowledge.aspects().canonical(phrase);
                if (isAspect(term)) {
                    found.computeIfAbsent(term, k -> new ArrayList<>())
                            .add(clauseSentiment(evidence.get(i), t, sentiments.get(i)));
                }
                t = end;
            }
        }
        List<Aspect> aspects = new ArrayList<>();
        found.forEach((term, all) -> aspects.add(new Aspect(term, mean(all))));
        return aspects;
    }

    private boolean isAspect(String term) {
        return term.length() > 1 && !knowledge.aspects().ignored().contains(term)
                && term.chars().anyMatch(Character::isLetter);
    }

    private Sentiment clauseSentiment(SentenceEvidence evidence, int token, Sentiment sentence) {
        for (Clause clause : evidence.clauses()) {
            if (clause.contains(token)) {
                return combiner.clause(clause, sentence);
            }
        }
        return sentence;
    }

    private Sentiment mean(List<Sentiment> all) {
        if (all.size() == 1) {
            return all.get(0);
        }
        double score = all.stream().mapToDouble(Sentiment::score).average().orElse(0);
        return new Sentiment(knowledge.sentiment().label(score), score, null);
    }

    /**
     * Keyphrases: noun phrases with their adjectives where parts of speech are known ("offline mode",
     * "dark theme"), else the words that are not stop words; most frequent first.
     */
    private List<String> keyphrases(List<List<Token>> sentences) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (List<Token> tokens : sentences) {
            int t = 0;
            while (t < tokens.size()) {
                Token token = tokens.get(t);
                if (token.pos() == null) {
                    if (isKeyword(token)) {
                        counts.merge(token.lemma(), 1, Integer::sum);
                    }
                    t++;
                    continue;
                }
                int end = t;
                while (end < tokens.size() && (tokens.get(end).isAdjective() || tokens.get(end).isNoun())) {
                    end++;
                }
                if (end > t && tokens.get(end - 1).isNoun()) {
                    List<Token> phrase = tokens.subList(Math.max(t, end - MAX_ASPECT_WORDS), end);
                    String text = String.join(" ", phrase.stream().map(Token::lemma).toList());
                    if (isAspect(text)) {
                        counts.merge(text, 1, Integer::sum);
                    }
                }
                t = Math.max(end, t + 1);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(MAX_KEYPHRASES)
                .map(Map.Entry::getKey)
                .toList();
    }

    private boolean isKeyword(Token token) {
        return token.lemma().codePointCount(0, token.lemma().length()) > 1
                && !knowledge.stopwords().contains(token.lemma())
                && token.lemma().codePoints().anyMatch(Character::isLetter);
    }
}
