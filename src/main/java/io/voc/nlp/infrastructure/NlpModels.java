package io.voc.nlp.infrastructure;

import io.voc.nlp.application.TextToAnalyze;
import io.voc.nlp.model.Analysis;
import io.voc.nlp.model.ClassProbabilities;
import io.voc.nlp.model.Intent;
import io.voc.nlp.model.LanguageKnowledge;
import io.voc.nlp.model.PhraseLexicon;
import io.voc.nlp.model.Sentence;
import io.voc.nlp.model.SentenceAnalysis;
import io.voc.nlp.model.Sentiment;
import io.voc.nlp.model.SentimentCombiner;
import io.voc.nlp.model.SentimentLabel;
import io.voc.nlp.model.Taxonomy;
import io.voc.nlp.model.TextAnalyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every model and knowledge file VOC's NLP uses, loaded once and shared by all threads (all of it is
 * immutable or thread-safe). Plain Java, so that the evaluation and benchmark commands use exactly what
 * the app uses.
 */
public final class NlpModels {
    /** Bump when the analysis code changes what it produces; knowledge changes are fingerprinted. */
    static final int MODEL_REVISION = 1;

    private final CoreNlpEnglish english;
    private final TextAnalyzer englishAnalyzer;
    private final ChineseTokenizer chinese;
    private final TextAnalyzer chineseAnalyzer;
    private final OtherLanguages others = new OtherLanguages();
    /** Languages without sentiment knowledge: keyphrases, topics, and a sentiment from ratings only. */
    private final Map<String, TextAnalyzer> otherAnalyzers = new ConcurrentHashMap<>();
    private final Taxonomy taxonomy;
    private final LinguaLanguageDetector languages;
    private final String version;

    private NlpModels(CoreNlpEnglish english, LanguageKnowledge en, ChineseTokenizer chinese, LanguageKnowledge zh,
            Taxonomy taxonomy, LinguaLanguageDetector languages, String version) {
        this.english = english;
        this.englishAnalyzer = new TextAnalyzer(en, taxonomy, version);
        this.chinese = chinese;
        this.chineseAnalyzer = new TextAnalyzer(zh, taxonomy, version);
        this.taxonomy = taxonomy;
        this.languages = languages;
        this.version = version;
    }

    /** Loads everything (about 6 s); {@code dataDir} holds knowledge files that replace built-in ones. */
    public static NlpModels load(Optional<Path> dataDir) {
        NlpDataFiles files = new NlpDataFiles(dataDir);
        LanguageKnowledgeLoader loader = new LanguageKnowledgeLoader(files);
        CoreNlpEnglish english = new CoreNlpEnglish();
        LanguageKnowledge en = loader.load("en", english::keys, vader(files, loader));
        // per character: phrase matching becomes substring matching, robust to segmentation (see the class)
        ChineseTokenizer chinese = ChineseTokenizer.load(files, ChineseTokenizer.Matching.CHARACTERS);
        LanguageKnowledge zh = loader.load("zh", chinese::keys, new PhraseLexicon<>(List.of()));
        Taxonomy taxonomy = loader.taxonomy(Map.of("taxonomy.tsv", english::keys, "taxonomy-zh.tsv", chinese::keys));
        String version = MODEL_REVISION + "." + files.fingerprint();
        LinguaLanguageDetector languages = new LinguaLanguageDetector(loader.words("en/function-words.txt"),
                word -> en.sentiment().general().startsAPhrase(word) || en.sentiment().domain().startsAPhrase(word));
        return new NlpModels(english, en, chinese, zh, taxonomy, languages, version);
    }

    public String version() {
        return version;
    }

    public Analysis analyze(TextToAnalyze input, boolean fastPath) {
        String language = languages.detect(input.text(), input.locale());
        return switch (language) {
            case "en" -> {
                CoreNlpEnglish.Tagged tagged = english.tag(input.text());
                yield englishAnalyzer.analyze(input.product(), input.rating(), tagged.sentences(), tagged.classifier(),
                        fastPath);
            }
            case "zh" -> chineseAnalyzer.analyze(input.product(), input.rating(), chinese.sentences(input.text()), null,
                    fastPath);
            default -> otherAnalyzers
                    .computeIfAbsent(language, lang -> new TextAnalyzer(OtherLanguages.knowledge(lang), taxonomy, version))
                    .analyze(input.product(), input.rating(), others.sentences(input.text()), null, fastPath);
        };
    }

    /**
     * CoreNLP's sentence model alone, as a baseline: each sentence's label is CoreNLP's most likely class
     * (five folded into three), the text's is the most likely class of its sentences' mean probabilities.
     */
    public Analysis analyzeWithCoreNlpOnly(TextToAnalyze input) {
        CoreNlpEnglish.Tagged tagged = english.tag(input.text());
        var probabilities = tagged.classifier().classify(tagged.sentences());
        List<SentenceAnalysis> sentences = new ArrayList<>();
        List<ClassProbabilities> read = new ArrayList<>();
        for (int i = 0; i < tagged.sentences().size(); i++) {
            ClassProbabilities p = probabilities.get(i);
            Sentence s = tagged.sentences().get(i);
            if (p != null) {
                read.add(p);
                sentences.add(new SentenceAnalysis(s.text(), s.begin(), s.end(), coreNlpSentiment(p),
                        SentimentCombiner.CORENLP));
            }
        }
        Sentiment overall = read.isEmpty() ? Sentiment.neutral() : coreNlpSentiment(ClassProbabilities.mean(read));
        return new Analysis("en", overall, sentences, List.of(), List.of(), Intent.OTHER, List.of(),
                "corenlp-only");
    }

    /** CoreNLP's own reading: its most likely class, classes 0-1 negative, 2 neutral, 3-4 positive. */
    private static Sentiment coreNlpSentiment(ClassProbabilities p) {
        double[] v = p.values();
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        SentimentLabel label = best < 2 ? SentimentLabel.NEGATIVE : best == 2 ? SentimentLabel.NEUTRAL : SentimentLabel.POSITIVE;
        return new Sentiment(label, p.score(), p);
    }

    /** VADER's lexicon (word, mean rating in [-4, 4], ...), scaled to [-1, 1], minus words that mislead here. */
    private static PhraseLexicon<Double> vader(NlpDataFiles files, LanguageKnowledgeLoader loader) {
        Set<String> ignored = loader.words("en/general-lexicon-ignore.txt");
        List<PhraseLexicon.Entry<Double>> entries = new ArrayList<>();
        for (String[] row : files.rows("en/vader_sentiment_lexicon.txt", 2)) {
            String word = row[0].toLowerCase(Locale.ROOT);
            if (!ignored.contains(word) && !word.contains(" ")) {
                entries.add(new PhraseLexicon.Entry<>(List.of(word), Double.parseDouble(row[1]) / 4.0));
            }
        }
        return new PhraseLexicon<>(entries);
    }
}
