package io.voc.esplugin;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;

/**
 * {@code cjk_width}: folds full-width ASCII and half-width Katakana to their normal forms.
 * Normalizing, so it is also allowed in keyword normalizers (as in analysis-common).
 */
public class CjkWidthTokenFilterFactory extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {

    public CjkWidthTokenFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name, settings);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new CJKWidthFilter(tokenStream);
    }
}
