package io.voc.nlp.infrastructure;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Language detection with Lingua, limited to the languages app feedback comes in (fewer candidates:
 * less memory, fewer confusions). Short texts ("Top tier app.") are often ambiguous: when the runner-up
 * is nearly as likely as the best, the feedback's locale decides, and English is the last resort.
 * Most feedback is plainly English; a list of English function words recognises it without Lingua.
 */
final class LinguaLanguageDetector {
    /** Lingua gives the best language 1.0 and the others relative to it; above this, it is a toss-up. */
    private static final double AMBIGUOUS = 0.95;
    private static final Language[] CANDIDATES = {
        Language.ENGLISH, Language.CHINESE, Language.GERMAN, Language.FRENCH, Language.SPANISH,
        Language.PORTUGUESE, Language.ITALIAN, Language.DUTCH, Language.RUSSIAN, Language.JAPANESE,
        Language.KOREAN, Language.TURKISH, Language.POLISH, Language.SWEDISH, Language.INDONESIAN,
        Language.VIETNAMESE, Language.THAI, Language.ARABIC, Language.HINDI,
    };

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Pattern NOT_LATIN = Pattern.compile("[^\\p{IsLatin}\\p{IsCommon}\\p{IsInherited}]");

    private final LanguageDetector detector = LanguageDetectorBuilder.fromLanguages(CANDIDATES).build();
    /** Texts this short are too short for n-gram statistics ("meh", "love it"). */
    private static final int SHORT = 3;

    private final Set<String> englishFunctionWords;
    private final Predicate<String> englishSentimentWord;

    /**
     * @param englishSentimentWord whether a word is in VOC's English lexicons: a short text made only of
     *                             such words ("meh", "love it", "total trash") is English
     */
    LinguaLanguageDetector(Set<String> englishFunctionWords, Predicate<String> englishSentimentWord) {
        this.englishFunctionWords = englishFunctionWords;
        this.englishSentimentWord = englishSentimentWord;
    }

    /** ISO 639-1 code ("en", "zh"). */
    String detect(String text, String localeHint) {
        if (looksEnglish(text)) {
            return "en";
        }
        SortedMap<Language, Double> confidence = detector.computeLanguageConfidenceValues(text);
        List<Map.Entry<Language, Double>> ranked = confidence.entrySet().stream()
                .sorted(Map.Entry.<Language, Double>comparingByValue().reversed())
                .limit(2)
                .toList();
        boolean clear = ranked.size() == 1 || (ranked.size() == 2 && ranked.get(1).getValue() < AMBIGUOUS);
        if (clear) {
            return code(ranked.get(0).getKey());
        }
        if (localeHint != null && !localeHint.isBlank()) {
            return Locale.forLanguageTag(localeHint.replace('_', '-')).getLanguage();
        }
        return "en";
    }

    /** Latin letters only and enough English function words: the detector need not run. */
    private boolean looksEnglish(String text) {
        if (NOT_LATIN.matcher(text).find()) {
            return false;
        }
        int words = 0;
        int english = 0;
        int lexicon = 0;
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words++;
            if (englishFunctionWords.contains(m.group())) {
                english++;
            }
            if (englishFunctionWords.contains(m.group()) || englishSentimentWord.test(m.group())) {
                lexicon++;
            }
        }
        return (english >= 2 && english * 5 >= words) || (words > 0 && words <= SHORT && lexicon == words);
    }

    private static String code(Language language) {
        return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }
}
