package io.voc.nlp.infrastructure;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Language detection with Lingua, limited to the languages app feedback comes in (fewer candidates:
 * less memory, fewer confusions). Short texts ("ok", "meh") are often ambiguous: when Lingua is not
 * confident, the feedback's locale decides, and English is the last resort.
 */
final class LinguaLanguageDetector {
    private static final double CONFIDENT = 0.5;
    private static final Language[] CANDIDATES = {
        Language.ENGLISH, Language.CHINESE, Language.GERMAN, Language.FRENCH, Language.SPANISH,
        Language.PORTUGUESE, Language.ITALIAN, Language.DUTCH, Language.RUSSIAN, Language.JAPANESE,
        Language.KOREAN, Language.TURKISH, Language.POLISH, Language.SWEDISH, Language.INDONESIAN,
        Language.VIETNAMESE, Language.THAI, Language.ARABIC, Language.HINDI,
    };

    private final LanguageDetector detector = LanguageDetectorBuilder.fromLanguages(CANDIDATES).build();

    /** ISO 639-1 code ("en", "zh"). */
    String detect(String text, String localeHint) {
        SortedMap<Language, Double> confidence = detector.computeLanguageConfidenceValues(text);
        if (!confidence.isEmpty()) {
            Map.Entry<Language, Double> best = confidence.entrySet().stream()
                    .max(Map.Entry.comparingByValue()).orElseThrow();
            if (best.getValue() >= CONFIDENT || localeHint == null || localeHint.isBlank()) {
                return code(best.getKey());
            }
        }
        if (localeHint != null && !localeHint.isBlank()) {
            return Locale.forLanguageTag(localeHint.replace('_', '-')).getLanguage();
        }
        return "en";
    }

    private static String code(Language language) {
        return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }
}
