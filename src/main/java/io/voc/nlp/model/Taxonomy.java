package io.voc.nlp.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Topics per product: topic -> phrases (lemmas, any language). A product's own topics are used on top
 * of the default ones.
 */
public final class Taxonomy {
    private final PhraseLexicon<String> defaults;
    private final Map<String, PhraseLexicon<String>> byProduct;

    public Taxonomy(PhraseLexicon<String> defaults, Map<String, PhraseLexicon<String>> byProduct) {
        this.defaults = defaults;
        this.byProduct = Map.copyOf(byProduct);
    }

    /** Topics found in these sentences, in order of first mention. */
    public List<String> topics(String product, List<List<Token>> sentences) {
        Set<String> found = new LinkedHashSet<>();
        PhraseLexicon<String> own = product == null ? null : byProduct.get(product);
        for (List<Token> tokens : sentences) {
            defaults.matches(tokens).forEach(m -> found.add(m.value()));
            if (own != null) {
                own.matches(tokens).forEach(m -> found.add(m.value()));
            }
        }
        return List.copyOf(found);
    }
}
