package io.voc.esplugin;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * {@code stemmer} with the English variants only (we index English and Chinese text). The language
 * names and the Lucene class behind each follow analysis-common, so {@code "language": "english"}
 * stems exactly as in production. Any other language fails loudly at index creation instead of
 * silently analysing differently from production.
 */
public class StemmerTokenFilterFactory extends AbstractTokenFilterFactory {

    private final UnaryOperator<TokenStream> stemmer;

    public StemmerTokenFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name, settings);
        // analysis-common accepts both "language" and the older alias "name"; default is porter.
        String language = settings.get("language", settings.get("name", "porter"));
        this.stemmer = forLanguage(language.toLowerCase(Locale.ROOT), name);
    }

    private static UnaryOperator<TokenStream> forLanguage(String language, String filterName) {
        return switch (language) {
            case "english", "porter" -> PorterStemFilter::new;
            case "light_english", "kstem" -> KStemFilter::new;
            case "minimal_english" -> EnglishMinimalStemFilter::new;
            case "possessive_english" -> EnglishPossessiveFilter::new;
            default -> throw new IllegalArgumentException(
                "stemmer [" + filterName + "]: language [" + language + "] is not supported by the voc-analysis plugin"
                    + " (supported: english, porter, light_english, kstem, minimal_english, possessive_english)"
            );
        };
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return stemmer.apply(tokenStream);
    }
}
