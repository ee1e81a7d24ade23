package io.voc.nlp.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voc.nlp.application.TextToAnalyze;
import io.voc.nlp.model.Analysis;
import io.voc.nlp.model.Aspect;
import io.voc.nlp.model.ClassProbabilities;
import io.voc.nlp.model.Intent;
import io.voc.nlp.model.SentenceAnalysis;
import io.voc.nlp.model.SentimentCombiner;
import io.voc.nlp.model.SentimentLabel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * English analysis as a user sees it, on real sentences, through {@link NlpModels} (CoreNLP plus VOC's
 * app-feedback knowledge) - the same code the enrichment stage runs. Plain JUnit: no Quarkus, no servers;
 * the models are loaded once for the class (about 7 s).
 */
class EnglishAnalysisTest {
    private static NlpModels models;

    @BeforeAll
    static void loadModels() {
        models = NlpModels.load(Optional.empty());
    }

    private static Analysis analyze(String text) {
        return models.analyze(TextToAnalyze.of(text), true);
    }

    private static SentimentLabel label(String text) {
        return analyze(text).sentiment().label();
    }

    // --- sentiment

    @Test
    void theIssuesOwnExamples() {
        assertEquals(SentimentLabel.NEGATIVE, label("The app keeps crashing"));
        assertEquals(SentimentLabel.NEGATIVE, label("I get logged out every few minutes"));
        assertEquals(SentimentLabel.NEGATIVE, label("I was charged twice this month"));
        assertEquals(SentimentLabel.POSITIVE, label("Support fixed it in an hour"));
    }

    @Test
    void whatFollowsButDecidesAndEachAspectKeepsItsOwnSentiment() {
        Analysis a = analyze("Great camera but the app keeps crashing");
        assertEquals(SentimentLabel.NEGATIVE, a.sentiment().label());
        assertEquals(SentimentLabel.POSITIVE, aspect(a, "camera").sentiment().label());
        assertEquals(SentimentLabel.NEGATIVE, aspect(a, "app").sentiment().label());
    }

    @Test
    void negation() {
        assertNotEquals(SentimentLabel.NEGATIVE, label("not bad at all"));
        assertTrue(analyze("not bad at all").sentiment().score() > 0, "not bad is mildly positive");
        assertEquals(SentimentLabel.NEGATIVE, label("doesn't work"));
        assertEquals(SentimentLabel.POSITIVE, label("no complaints"));
    }

    // --- topics

    @Test
    void topicsFromTheDefaultTaxonomy() {
        assertTrue(analyze("I was charged twice for my subscription").topics().contains("billing"));
        assertTrue(analyze("The app crashes when I open settings").topics().contains("stability"));
    }

    @Test
    void aProductsOwnTopicsApplyToThatProductOnly() {
        String text = "offline downloads disappear";
        Analysis forProduct = models.analyze(new TextToAnalyze(text, "aurora-music", null, null), true);
        assertTrue(forProduct.topics().contains("offline"), forProduct.topics().toString());
        assertFalse(analyze(text).topics().contains("offline"), analyze(text).topics().toString());
        Analysis otherProduct = models.analyze(new TextToAnalyze(text, "pocketbank", null, null), true);
        assertFalse(otherProduct.topics().contains("offline"), otherProduct.topics().toString());
    }

    // --- intent

    @Test
    void intent() {
        assertEquals(Intent.FEATURE_REQUEST, analyze("Please add a dark mode").intent());
        assertEquals(Intent.QUESTION, analyze("How do I export my playlists?").intent());
        assertEquals(Intent.BUG_REPORT, analyze("The app crashes when I open settings").intent());
        assertEquals(Intent.COMPLAINT, analyze("I was charged twice").intent());
        assertEquals(Intent.PRAISE, analyze("Love it, best app ever").intent());
    }

    @Test
    void requestsAndQuestionsAreNeitherPraiseNorComplaint() {
        assertEquals(SentimentLabel.NEUTRAL, label("Please add a dark mode"));
        assertEquals(SentimentLabel.NEUTRAL, label("How do I export my playlists?"));
    }

    // --- languages

    @Test
    void chineseIsAnalysedWithItsOwnKnowledge() {
        Analysis a = analyze("这个应用总是闪退，客服也不回复");
        assertEquals("zh", a.language());
        assertNotNull(a.sentiment());
        assertEquals(SentimentLabel.NEGATIVE, a.sentiment().label());
        assertFalse(a.keyphrases().isEmpty());
        assertTrue(a.keyphrases().contains("应用"), a.keyphrases().toString());
    }

    @Test
    void germanGetsASentimentFromItsRatingOnlyAndKeyphrasesWithoutStopWords() {
        String text = "Die App stürzt ständig ab, seit dem letzten Update";
        Analysis unrated = analyze(text);
        assertEquals("de", unrated.language());
        assertNull(unrated.sentiment(), "no sentiment knowledge for German: no guess without a rating");

        Analysis rated = models.analyze(new TextToAnalyze(text, null, 1, null), true);
        assertEquals("de", rated.language());
        assertEquals(SentimentLabel.NEGATIVE, rated.sentiment().label());

        assertTrue(rated.keyphrases().containsAll(List.of("app", "stürzt", "update")), rated.keyphrases().toString());
        Set<String> stop = OtherLanguages.stopwords("de");
        assertTrue(stop.containsAll(List.of("die", "dem")));
        assertFalse(rated.keyphrases().stream().anyMatch(stop::contains), rated.keyphrases().toString());
        assertFalse(rated.keyphrases().contains("die"));
        assertFalse(rated.keyphrases().contains("dem"));
    }

    // --- CoreNLP and the fast path

    @Test
    void aSentenceWithoutLexiconEvidenceIsReadByCoreNlp() {
        Analysis a = analyze("The tracking map shows the street corner.");
        assertEquals(1, a.sentences().size());
        SentenceAnalysis s = a.sentences().get(0);
        assertEquals(SentimentCombiner.CORENLP, s.source());
        assertSumsToOne(s.sentiment().probabilities());
        assertSumsToOne(a.sentiment().probabilities());
    }

    @Test
    void aSentenceTheDomainLexiconDecidesSkipsCoreNlpOnTheFastPath() {
        Analysis fast = models.analyze(TextToAnalyze.of("It keeps crashing."), true);
        SentenceAnalysis s = fast.sentences().get(0);
        assertEquals(SentimentCombiner.LEXICON, s.source());
        assertEquals(SentimentLabel.NEGATIVE, s.sentiment().label());
        assertNull(s.sentiment().probabilities());
        assertNull(fast.sentiment().probabilities());

        Analysis slow = models.analyze(TextToAnalyze.of("It keeps crashing."), false);
        assertEquals(SentimentCombiner.LEXICON, slow.sentences().get(0).source(), "the lexicon still decides");
        assertSumsToOne(slow.sentences().get(0).sentiment().probabilities());
    }

    /**
     * The fast path only skips work: over every text of the English evaluation set, label and score are
     * the same with and without it; without it, every sentence CoreNLP can parse has probabilities.
     */
    @Test
    void theFastPathNeverChangesAResult() throws IOException {
        List<String> texts = evaluationTexts();
        List<String> differences = IntStream.range(0, texts.size()).parallel().mapToObj(i -> {
            String text = texts.get(i);
            Analysis fast = models.analyze(TextToAnalyze.of(text), true);
            Analysis slow = models.analyze(TextToAnalyze.of(text), false);
            List<String> found = new ArrayList<>();
            if ((fast.sentiment() == null) != (slow.sentiment() == null)) {
                found.add("a sentiment with one path only: " + text);
            } else if (fast.sentiment() != null && (fast.sentiment().label() != slow.sentiment().label()
                    || Math.abs(fast.sentiment().score() - slow.sentiment().score()) > 1e-9)) {
                found.add(String.format("%s %+.3f (fast) vs %s %+.3f: %s", fast.sentiment().label(),
                        fast.sentiment().score(), slow.sentiment().label(), slow.sentiment().score(), text));
            }
            if (!fast.language().equals(slow.language()) || !fast.topics().equals(slow.topics())
                    || fast.intent() != slow.intent() || !fast.keyphrases().equals(slow.keyphrases())) {
                found.add("language, topics, intent or keyphrases differ: " + text);
            }
            for (int s = 0; s < fast.sentences().size(); s++) {
                SentenceAnalysis f = fast.sentences().get(s);
                SentenceAnalysis w = slow.sentences().get(s);
                if (f.sentiment().label() != w.sentiment().label()
                        || Math.abs(f.sentiment().score() - w.sentiment().score()) > 1e-9
                        || !f.source().equals(w.source())) {
                    found.add("sentence differs: " + f + " vs " + w);
                }
            }
            if (slow.language().equals("en") && slow.sentences().stream()
                    .anyMatch(s -> s.sentiment().probabilities() == null && s.text().split("\\s+").length < 40)) {
                found.add("no probabilities without the fast path: " + text);
            }
            return found;
        }).flatMap(List::stream).toList();
        assertTrue(differences.isEmpty(), differences.size() + " differences:\n" + String.join("\n", differences));
    }

    // --- aspects

    @Test
    void aspectsAreNormalised() {
        assertTrue(terms(analyze("I can't log in")).contains("login"), terms(analyze("I can't log in")).toString());
        assertTrue(terms(analyze("Sign-in is broken")).contains("login"), terms(analyze("Sign-in is broken")).toString());
        Analysis ads = analyze("too many adverts");
        assertTrue(terms(ads).contains("ads"), terms(ads).toString());
        assertEquals(SentimentLabel.NEGATIVE, ads.sentiment().label());
        assertEquals(SentimentLabel.NEGATIVE, label("I can't log in"));
        assertEquals(SentimentLabel.NEGATIVE, label("Sign-in is broken"));
    }

    // --- version

    @Test
    void theNlpVersionIsSetAndStableForTheSameFiles() {
        String version = analyze("The app keeps crashing").nlpVersion();
        assertNotNull(version);
        assertFalse(version.isBlank());
        assertEquals(models.version(), version);
        assertTrue(version.startsWith(NlpModels.MODEL_REVISION + "."), version);
        assertEquals(version, NlpModels.load(Optional.empty()).version(), "a second load of the same files");
    }

    private static void assertSumsToOne(ClassProbabilities p) {
        assertNotNull(p, "CoreNLP's probabilities");
        double[] v = p.values();
        assertEquals(5, v.length);
        assertEquals(1.0, Arrays.stream(v).sum(), 1e-6);
    }

    private static List<String> terms(Analysis a) {
        return a.aspects().stream().map(Aspect::term).toList();
    }

    private static Aspect aspect(Analysis a, String term) {
        return a.aspects().stream().filter(x -> x.term().equals(term)).findFirst()
                .orElseThrow(() -> new AssertionError("no aspect " + term + " in " + a.aspects()));
    }

    /** The texts of src/test/resources/nlp/app-feedback-sentiment.tsv (label TAB text). */
    static List<String> evaluationTexts() throws IOException {
        try (InputStream in = EnglishAnalysisTest.class.getClassLoader()
                .getResourceAsStream("nlp/app-feedback-sentiment.tsv")) {
            List<String> texts = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            for (int i = 1; i < lines.length; i++) { // line 1 is the header
                if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
                    texts.add(lines[i].split("\t", 2)[1].strip());
                }
            }
            assertEquals(390, texts.size());
            return texts;
        }
    }
}
