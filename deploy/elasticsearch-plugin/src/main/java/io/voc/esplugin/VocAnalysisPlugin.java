package io.voc.esplugin;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.SetOnce;
import org.elasticsearch.cluster.metadata.IndexNameExpressionResolver;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.io.stream.NamedWriteableRegistry;
import org.elasticsearch.common.settings.ClusterSettings;
import org.elasticsearch.common.settings.IndexScopedSettings;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.settings.SettingsFilter;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.RestController;
import org.elasticsearch.rest.RestHandler;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Entry point named in plugin-descriptor.properties.
 *
 * <p>Why it exists: the Elasticsearch 8.19 distribution we can get from Maven Central (the
 * "integ-test-zip") leaves out the {@code analysis-common} and {@code rest-root} modules. Our
 * index mappings use analyzers from the former and the Java client's {@code info()}/{@code ping()}
 * need the latter, so this plugin registers the same names with the same Lucene classes that a
 * full production node would use. It is meant ONLY for that test distribution: on a full node the
 * names below already exist and Elasticsearch would refuse to start with duplicates.
 */
public class VocAnalysisPlugin extends Plugin implements AnalysisPlugin, ActionPlugin {

    /**
     * Set in {@link #createComponents}; the root REST handler reads node and cluster identity from
     * it. A lazy holder, because Elasticsearch does not promise that components are created before
     * REST handlers are asked for.
     */
    private final SetOnce<ClusterService> clusterService = new SetOnce<>();

    @Override
    public Collection<?> createComponents(PluginServices services) {
        clusterService.set(services.clusterService());
        return List.of();
    }

    /** Analyzers usable by name in mappings ({@code "analyzer": "english"}) and in {@code _analyze}. */
    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(
            "english", EnglishAnalyzerProvider::new,
            "cjk", CjkAnalyzerProvider::new,
            "smartcn", SmartChineseAnalyzerProvider::new
        );
    }

    /** Token filters for custom analyzers; names and options follow analysis-common. */
    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
            "porter_stem", PorterStemTokenFilterFactory::new,
            "stemmer", StemmerTokenFilterFactory::new,
            "cjk_bigram", CjkBigramTokenFilterFactory::new,
            "cjk_width", CjkWidthTokenFilterFactory::new,
            "asciifolding", AsciiFoldingTokenFilterFactory::new
        );
    }

    /** The tokenizer of the official analysis-smartcn plugin, for custom Chinese analyzers. */
    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of("smartcn_tokenizer", SmartChineseTokenizerFactory::new);
    }

    /** Adds {@code GET /} and {@code HEAD /}, which live in the missing rest-root module. */
    @Override
    public Collection<RestHandler> getRestHandlers(
        Settings settings,
        NamedWriteableRegistry namedWriteableRegistry,
        RestController restController,
        ClusterSettings clusterSettings,
        IndexScopedSettings indexScopedSettings,
        SettingsFilter settingsFilter,
        IndexNameExpressionResolver indexNameExpressionResolver,
        Supplier<DiscoveryNodes> nodesInCluster,
        Predicate<NodeFeature> clusterSupportsFeature
    ) {
        return List.of(new RestRootAction(clusterService::get));
    }
}
