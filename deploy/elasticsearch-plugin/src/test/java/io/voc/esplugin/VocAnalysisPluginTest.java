package io.voc.esplugin;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fast checks that need no running node. The real proof (install into Elasticsearch, _analyze,
 * create an index) is the manual procedure in README.md.
 */
class VocAnalysisPluginTest {

    private final VocAnalysisPlugin plugin = new VocAnalysisPlugin();

    @Test
    void registersTheNamesOurMappingsUse() {
        assertEquals(Set.of("english", "cjk", "smartcn"), plugin.getAnalyzers().keySet());
        assertEquals(
            Set.of("porter_stem", "stemmer", "cjk_bigram", "cjk_width", "asciifolding"),
            plugin.getTokenFilters().keySet()
        );
        assertEquals(Set.of("smartcn_tokenizer"), plugin.getTokenizers().keySet());
    }

    @Test
    void smartcnDictionaryLoadsFromThePackagedJarAndSegmentsWords() throws IOException {
        // The dictionaries are resources inside lucene-analysis-smartcn; this fails if the jar is missing.
        List<String> tokens = tokens(new SmartChineseAnalyzer(SmartChineseAnalyzer.getDefaultStopSet()), "应用一直闪退，客服态度很好");
        assertTrue(tokens.contains("应用"), tokens.toString());
        assertTrue(tokens.contains("一直"), tokens.toString());
        assertTrue(tokens.contains("态度"), tokens.toString());
        assertTrue(tokens.contains("，") == false, "punctuation is a stop word: " + tokens);
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (analyzer; TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }
}
