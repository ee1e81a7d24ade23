package io.voc.esplugin;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;

/**
 * {@code smartcn_tokenizer}: the word-segmenting tokenizer behind the smartcn analyzer, for custom
 * analyzers that want their own filter chain (same class as the official plugin uses).
 */
public class SmartChineseTokenizerFactory extends AbstractTokenizerFactory {

    public SmartChineseTokenizerFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(indexSettings, settings, name);
    }

    @Override
    public Tokenizer create() {
        return new HMMChineseTokenizer();
    }
}
