package io.voc.experiment.model;

/**
 * What was decided when an experiment was concluded: ship a variant (the control included: keep what
 * was), or no decision because the data does not say ({@code INCONCLUSIVE}).
 */
public record Decision(Kind kind, String variant) {
    public enum Kind { SHIP, INCONCLUSIVE }

    public Decision {
        if (kind == null) {
            throw new InvalidExperimentException("decision", "decision is required: ship (with a variant) or "
                    + "inconclusive");
        }
        if (kind == Kind.SHIP && (variant == null || variant.isBlank())) {
            throw new InvalidExperimentException("decision.variant", "shipping needs the variant to ship");
        }
        if (kind == Kind.INCONCLUSIVE && variant != null) {
            throw new InvalidExperimentException("decision.variant", "an inconclusive decision ships no variant");
        }
    }

    public static Decision ship(String variant) {
        return new Decision(Kind.SHIP, variant);
    }

    public static Decision inconclusive() {
        return new Decision(Kind.INCONCLUSIVE, null);
    }
}
