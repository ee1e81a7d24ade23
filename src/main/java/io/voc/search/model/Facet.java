package io.voc.search.model;

/**
 * The fields the Explorer counts values of, so a user sees what is there before narrowing to it. Each but
 * the product is a {@link Narrowing} field; the product is a filter of its own (it also decides access).
 */
public enum Facet {
    PRODUCT("Product", null), CHANNEL("Channel", Narrowing.Field.CHANNEL), REGION("Region", Narrowing.Field.REGION),
    LOCALE("Locale", Narrowing.Field.LOCALE), PLATFORM("Platform", Narrowing.Field.PLATFORM),
    APP_VERSION("App version", Narrowing.Field.APP_VERSION), SENTIMENT("Sentiment", Narrowing.Field.SENTIMENT),
    TOPIC("Topic", Narrowing.Field.TOPIC), ASPECT("Aspect", Narrowing.Field.ASPECT),
    PERSONA("Persona", Narrowing.Field.PERSONA);

    private final String title;
    private final Narrowing.Field narrowingField;

    Facet(String title, Narrowing.Field narrowingField) {
        this.title = title;
        this.narrowingField = narrowingField;
    }

    public String title() {
        return title;
    }

    /** The narrowing field this facet sets; null for the product. */
    public Narrowing.Field narrowingField() {
        return narrowingField;
    }

    /** The request parameter that selects a value of this facet. */
    public String parameter() {
        return narrowingField == null ? "product" : narrowingField.parameter();
    }

    /** The value the filter has selected for this facet, null when none. */
    public String selectedIn(FeedbackFilter filter) {
        if (narrowingField == null) {
            return filter.product() == null ? null : filter.product().value();
        }
        return filter.narrowing().value(narrowingField);
    }

    /** The filter with this facet's selection removed: what its counts are taken over. */
    public FeedbackFilter clearedIn(FeedbackFilter filter) {
        return narrowingField == null ? filter.withProduct(null)
                : filter.narrowedTo(filter.narrowing().without(narrowingField));
    }
}
