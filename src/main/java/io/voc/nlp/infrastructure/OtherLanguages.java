package io.voc.nlp.infrastructure;

import io.voc.nlp.model.AspectVocabulary;
import io.voc.nlp.model.IntentRules;
import io.voc.nlp.model.LanguageKnowledge;
import io.voc.nlp.model.PhraseLexicon;
import io.voc.nlp.model.Sentence;
import io.voc.nlp.model.SentimentRules;
import io.voc.nlp.model.Token;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Languages VOC has no sentiment model for (German, French, Spanish, Japanese...): sentences, lower-cased
 * words from Lucene's Unicode word-break rules (StandardTokenizer) and the language's stop words from
 * Lucene's analyzers, so that keyphrases are content words. Sentiment there comes from star ratings only.
 */
final class OtherLanguages implements LanguageTokenizer {
    /** A sentence ends after . ! ? (or their full-width forms) or at a line break - simple, and enough for keyphrases. */
    private static final Pattern SENTENCE = Pattern.compile("[^\\n.!?。！？]+[.!?。！？]*");

    /** ISO 639-1 code -> Lucene's stop words for it (the snowball lists for most European languages). */
    private static final Map<String, CharArraySet> STOP_SETS = Map.ofEntries(
            Map.entry("bg", BulgarianAnalyzer.getDefaultStopSet()),
            Map.entry("ca", CatalanAnalyzer.getDefaultStopSet()),
            Map.entry("cs", CzechAnalyzer.getDefaultStopSet()),
            Map.entry("da", DanishAnalyzer.getDefaultStopSet()),
            Map.entry("de", GermanAnalyzer.getDefaultStopSet()),
            Map.entry("el", GreekAnalyzer.getDefaultStopSet()),
            Map.entry("es", SpanishAnalyzer.getDefaultStopSet()),
            Map.entry("fi", FinnishAnalyzer.getDefaultStopSet()),
            Map.entry("fr", FrenchAnalyzer.getDefaultStopSet()),
            Map.entry("hu", HungarianAnalyzer.getDefaultStopSet()),
            Map.entry("id", IndonesianAnalyzer.getDefaultStopSet()),
            Map.entry("it", ItalianAnalyzer.getDefaultStopSet()),
            Map.entry("nl", DutchAnalyzer.getDefaultStopSet()),
            Map.entry("no", NorwegianAnalyzer.getDefaultStopSet()),
            Map.entry("pt", PortugueseAnalyzer.getDefaultStopSet()),
            Map.entry("ro", RomanianAnalyzer.getDefaultStopSet()),
            Map.entry("ru", RussianAnalyzer.getDefaultStopSet()),
            Map.entry("sv", SwedishAnalyzer.getDefaultStopSet()),
            Map.entry("tr", TurkishAnalyzer.getDefaultStopSet()));

    @Override
    public List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            int b = m.start();
            int e = m.end();
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > b) {
                sentences.add(new Sentence(text.substring(b, e), b, e, words(text.substring(b, e), b)));
            }
        }
        return sentences;
    }

    @Override
    public List<String> keys(String phrase) {
        return words(phrase, 0).stream().map(Token::norm).toList();
    }

    /** The language's stop words, lower case; empty for a language Lucene has no list for (ja, ko, ...). */
    static Set<String> stopwords(String lang) {
        CharArraySet set = STOP_SETS.get(lang);
        Set<String> words = new HashSet<>();
        if (set != null) {
            set.forEach(word -> words.add(new String((char[]) word)));
        }
        return Set.copyOf(words);
    }

    /** What VOC knows about such a language: its stop words, and that it cannot measure sentiment in it. */
    static LanguageKnowledge knowledge(String lang) {
        PhraseLexicon<Double> none = new PhraseLexicon<>(List.of());
        SentimentRules rules = new SentimentRules(none, none, Set.of(), 0, 0, Map.of(), Set.of(), Set.of(),
                1, 1, 1, 0.9, 0.15, 1, 1, SentimentRules.WithoutEvidence.NEVER, 1, 0, 1.0);
        return new LanguageKnowledge(lang, rules, new AspectVocabulary(new PhraseLexicon<>(List.of()), Set.of()),
                new IntentRules(new PhraseLexicon<>(List.of()), List.of()), stopwords(lang), false);
    }

    private static List<Token> words(String text, int offset) {
        List<Token> tokens = new ArrayList<>();
        try (StandardTokenizer tokenizer = new StandardTokenizer()) {
            OffsetAttribute offsets = tokenizer.addAttribute(OffsetAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String word = text.substring(offsets.startOffset(), offsets.endOffset());
                tokens.add(Token.of(word, null, null, offset + offsets.startOffset(), offset + offsets.endOffset()));
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return tokens;
    }
}
