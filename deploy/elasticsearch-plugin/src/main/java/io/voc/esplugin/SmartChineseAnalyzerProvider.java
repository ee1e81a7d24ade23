package io.voc.esplugin;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;

/**
 * The {@code smartcn} analyzer, as the official analysis-smartcn plugin builds it: Lucene's
 * SmartChineseAnalyzer (dictionary-based word segmentation) with its default stop set, which also
 * drops punctuation. The analyzer jar is not on the server, so it ships inside this plugin's zip.
 */
public class SmartChineseAnalyzerProvider extends AbstractIndexAnalyzerProvider<SmartChineseAnalyzer> {

    private final SmartChineseAnalyzer analyzer;

    public SmartChineseAnalyzerProvider(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name, settings);
        analyzer = new SmartChineseAnalyzer(SmartChineseAnalyzer.getDefaultStopSet());
    }

    @Override
    public SmartChineseAnalyzer get() {
        return analyzer;
    }
}
