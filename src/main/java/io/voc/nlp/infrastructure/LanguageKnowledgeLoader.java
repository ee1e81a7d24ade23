package io.voc.nlp.infrastructure;

import io.voc.nlp.model.AspectVocabulary;
import io.voc.nlp.model.Intent;
import io.voc.nlp.model.IntentRules;
import io.voc.nlp.model.LanguageKnowledge;
import io.voc.nlp.model.PhraseLexicon;
import io.voc.nlp.model.SentimentRules;
import io.voc.nlp.model.Taxonomy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one language's knowledge from {@code nlp/<lang>/}. Phrases are written as people write them
 * ("keeps crashing"); {@code toKeys} turns them into the keys they are matched by (lemmas for English,
 * so that "crashed" and "crashes" match too).
 */
final class LanguageKnowledgeLoader {
    private final NlpDataFiles files;

    LanguageKnowledgeLoader(NlpDataFiles files) {
        this.files = files;
    }

    /**
     * @param general the language's general word lexicon (VADER's for English), possibly empty
     */
    LanguageKnowledge load(String lang, Function<String, List<String>> toKeys, PhraseLexicon<Double> general) {
        String dir = lang + "/";
        Properties p = files.properties(dir + "rules.properties");
        SentimentRules rules = new SentimentRules(
                weights(dir + "domain-lexicon.tsv", toKeys),
                general,
                words(dir + "negators.txt"),
                Integer.parseInt(p.getProperty("negation.window", "3")),
                Double.parseDouble(p.getProperty("negation.factor", "-0.74")),
                factors(dir + "intensifiers.tsv"),
                words(dir + "adversatives.txt"),
                words(dir + "concessives.txt"),
                Double.parseDouble(p.getProperty("adversative.before", "0.5")),
                Double.parseDouble(p.getProperty("adversative.after", "1.5")),
                Double.parseDouble(p.getProperty("concessive.weight", "0.5")),
                Double.parseDouble(p.getProperty("normalisation", "0.9")),
                Double.parseDouble(p.getProperty("neutral.band", "0.15")),
                Double.parseDouble(p.getProperty("decisive", "0.3")),
                Double.parseDouble(p.getProperty("decisive.general", "0.5")),
                SentimentRules.WithoutEvidence.parse(p.getProperty("corenlp.without.evidence", "when-undecided")),
                Double.parseDouble(p.getProperty("request.dampening", "1.0")),
                Double.parseDouble(p.getProperty("corenlp.weight", "1.0")),
                Double.parseDouble(p.getProperty("rating.weight", "0.4")));
        AspectVocabulary aspects = new AspectVocabulary(
                phrases(dir + "aspects.tsv", toKeys, row -> row[1].toLowerCase(Locale.ROOT)),
                words(dir + "aspect-ignore.txt"));
        List<Intent> priority = Arrays.stream(p.getProperty("intent.priority", "feature_request,bug_report,question")
                .split(",")).map(Intent::parse).toList();
        IntentRules intents = new IntentRules(intentCues(dir + "intent-cues.tsv", toKeys), priority);
        return new LanguageKnowledge(lang, rules, aspects, intents, words(dir + "stopwords.txt"), true);
    }

    /**
     * Taxonomy files (product or {@code *} for every product, topic, phrase), each with the tokenizer of
     * its language: {@code taxonomy.tsv} English, {@code taxonomy-zh.tsv} Chinese.
     */
    Taxonomy taxonomy(Map<String, Function<String, List<String>>> toKeysByFile) {
        List<PhraseLexicon.Entry<String>> defaults = new ArrayList<>();
        Map<String, List<PhraseLexicon.Entry<String>>> byProduct = new HashMap<>();
        // in file-name order: callers pass Map.of, whose order differs per JVM, and the files' digest is the
        // NLP version, which must be the same after every restart (re-enrichment resumes by it)
        new java.util.TreeMap<>(toKeysByFile).forEach((file, toKeys) -> {
            for (String[] row : files.rows(file, 3)) {
                List<String> keys = toKeys.apply(row[2]);
                if (keys.isEmpty()) {
                    continue;
                }
                var entry = new PhraseLexicon.Entry<>(keys, row[1].toLowerCase(Locale.ROOT));
                if (row[0].equals("*")) {
                    defaults.add(entry);
                } else {
                    byProduct.computeIfAbsent(row[0], k -> new ArrayList<>()).add(entry);
                }
            }
        });
        Map<String, PhraseLexicon<String>> lexicons = new HashMap<>();
        byProduct.forEach((product, entries) -> lexicons.put(product, new PhraseLexicon<>(entries)));
        return new Taxonomy(new PhraseLexicon<>(defaults), lexicons);
    }

    Set<String> words(String path) {
        Set<String> words = new HashSet<>();
        files.lines(path).forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
        return words;
    }

    private Map<String, Double> factors(String path) {
        Map<String, Double> factors = new HashMap<>();
        for (String[] row : files.rows(path, 2)) {
            factors.put(row[0].toLowerCase(Locale.ROOT), parseNumber(path, row[1]));
        }
        return factors;
    }

    private PhraseLexicon<Double> weights(String path, Function<String, List<String>> toKeys) {
        return phrases(path, toKeys, row -> {
            double weight = parseNumber(path, row[1]);
            if (weight < -1 || weight > 1) {
                throw new IllegalStateException("nlp/" + path + ": weight of '" + row[0] + "' must lie in [-1, 1]");
            }
            return weight;
        });
    }

    private PhraseLexicon<Intent> intentCues(String path, Function<String, List<String>> toKeys) {
        List<PhraseLexicon.Entry<Intent>> entries = new ArrayList<>();
        for (String[] row : files.rows(path, 2)) {
            List<String> keys = toKeys.apply(row[1]);
            if (!keys.isEmpty()) {
                entries.add(new PhraseLexicon.Entry<>(keys, Intent.parse(row[0])));
            }
        }
        return new PhraseLexicon<>(entries);
    }

    private <V> PhraseLexicon<V> phrases(String path, Function<String, List<String>> toKeys,
            Function<String[], V> value) {
        List<PhraseLexicon.Entry<V>> entries = new ArrayList<>();
        for (String[] row : files.rows(path, 2)) {
            List<String> keys = toKeys.apply(row[0]);
            if (!keys.isEmpty()) {
                entries.add(new PhraseLexicon.Entry<>(keys, value.apply(row)));
            }
        }
        return new PhraseLexicon<>(entries);
    }

    private static double parseNumber(String path, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("nlp/" + path + ": '" + value + "' is not a number");
        }
    }

}
