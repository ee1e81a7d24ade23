package io.voc.experiment.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The variants and how the experiment's traffic splits between them. The first variant is the control, the
 * baseline every other is compared with. Weights are basis points adding up to {@value #TOTAL}; a bucket
 * (0 to 9999) falls into the variant whose cumulative range holds it.
 */
public record Allocation(List<Variant> variants) {
    public static final int TOTAL = 10_000;
    public static final int MAX_VARIANTS = 10;

    public Allocation {
        if (variants == null || variants.size() < 2) {
            throw new InvalidExperimentException("variants", "an experiment needs at least two variants: a control "
                    + "and one to compare with it");
        }
        if (variants.size() > MAX_VARIANTS) {
            throw new InvalidExperimentException("variants", "an experiment has at most " + MAX_VARIANTS
                    + " variants (got " + variants.size() + ")");
        }
        variants = List.copyOf(variants);
        Set<String> keys = new HashSet<>();
        int sum = 0;
        for (Variant variant : variants) {
            if (!keys.add(variant.key())) {
                throw new InvalidExperimentException("variants.key", "two variants are named '" + variant.key() + "'");
            }
            sum += variant.weight();
        }
        if (sum != TOTAL) {
            throw new InvalidExperimentException("variants.weight", "the weights must add up to " + TOTAL
                    + " basis points (100 %), they add up to " + sum);
        }
    }

    /** An even split between the variants named, the first being the control (remainders go to it). */
    public static Allocation even(String... keys) {
        int each = TOTAL / keys.length;
        List<Variant> variants = new java.util.ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            variants.add(new Variant(keys[i], null, each + (i == 0 ? TOTAL - each * keys.length : 0)));
        }
        return new Allocation(variants);
    }

    public Variant control() {
        return variants.get(0);
    }

    public Optional<Variant> variant(String key) {
        return variants.stream().filter(v -> v.key().equals(key)).findFirst();
    }

    /** The variant whose share holds {@code bucket} (0 to 9999). */
    public Variant variantFor(int bucket) {
        if (bucket < 0 || bucket >= TOTAL) {
            throw new IllegalArgumentException("a bucket is 0 to " + (TOTAL - 1) + " (got " + bucket + ")");
        }
        int upTo = 0;
        for (Variant variant : variants) {
            upTo += variant.weight();
            if (bucket < upTo) {
                return variant;
            }
        }
        throw new IllegalStateException("weights add up to " + TOTAL); // the constructor makes sure
    }
}
