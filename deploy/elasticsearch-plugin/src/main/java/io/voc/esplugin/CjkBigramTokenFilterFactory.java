package io.voc.esplugin;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

import java.util.List;

/**
 * {@code cjk_bigram}: forms bigrams of CJK characters, with analysis-common's settings
 * {@code ignored_scripts} (han, hiragana, katakana, hangul) and {@code output_unigrams}.
 */
public class CjkBigramTokenFilterFactory extends AbstractTokenFilterFactory {

    private final int flags;
    private final boolean outputUnigrams;

    public CjkBigramTokenFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name, settings);
        outputUnigrams = settings.getAsBoolean("output_unigrams", false);
        List<String> ignored = settings.getAsList("ignored_scripts");
        int f = 0;
        if (ignored.contains("han") == false) f |= CJKBigramFilter.HAN;
        if (ignored.contains("hiragana") == false) f |= CJKBigramFilter.HIRAGANA;
        if (ignored.contains("katakana") == false) f |= CJKBigramFilter.KATAKANA;
        if (ignored.contains("hangul") == false) f |= CJKBigramFilter.HANGUL;
        flags = f;
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new CJKBigramFilter(tokenStream, flags, outputUnigrams);
    }
}
