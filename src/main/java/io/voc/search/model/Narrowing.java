package io.voc.search.model;

import io.voc.feedback.model.Channel;
import io.voc.feedback.model.InvalidFeedbackException;
import io.voc.nlp.model.SentimentLabel;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Exact values a filter narrows feedback down to, each optional: where it came from ({@code channel},
 * {@code region}, {@code locale}, {@code platform}, {@code appVersion}) and what its analysis found
 * ({@code sentiment}, {@code topic}, {@code aspect}, {@code keyphrase} of the NLP stage). Part of a
 * {@link FeedbackFilter}, so search, export and the dashboard's statistics apply them the same way (the
 * translation is {@code FeedbackQueries}). Immutable; values are checked and normalised when set.
 */
public final class Narrowing {
    public static final Narrowing NONE = new Narrowing(new EnumMap<>(Field.class));
    private static final int MAX_LENGTH = 100;

    /** The fields by their request parameter names, in the order links and notices list them. */
    public enum Field {
        CHANNEL("channel"), REGION("region"), LOCALE("locale"), PLATFORM("platform"), APP_VERSION("appVersion"),
        SENTIMENT("sentiment"), TOPIC("topic"), ASPECT("aspect"), KEYPHRASE("keyphrase"), PERSONA("persona");

        private final String parameter;

        Field(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    private final EnumMap<Field, String> values;

    private Narrowing(EnumMap<Field, String> values) {
        this.values = values;
    }

    /** Reads every field from request parameters (a parameter name to its value, null when absent). */
    public static Narrowing fromParameters(Function<String, String> parameter) {
        Narrowing narrowing = NONE;
        for (Field field : Field.values()) {
            narrowing = narrowing.with(field, parameter.apply(field.parameter()));
        }
        return narrowing;
    }

    /** The same narrowing with one field set (or cleared by a blank value); a 400 naming it when invalid. */
    public Narrowing with(Field field, String value) {
        EnumMap<Field, String> changed = new EnumMap<>(values);
        String clean = clean(field, value);
        if (clean == null) {
            changed.remove(field);
        } else {
            changed.put(field, clean);
        }
        return new Narrowing(changed);
    }

    /** The same narrowing without one field. */
    public Narrowing without(Field field) {
        return with(field, null);
    }

    /** The value of one field, null when not narrowed by it. */
    public String value(Field field) {
        return values.get(field);
    }

    /** The fields set, by request parameter name, in the order of {@link Field}. */
    public Map<String, String> parameters() {
        Map<String, String> set = new LinkedHashMap<>();
        values.forEach((field, value) -> set.put(field.parameter(), value));
        return Collections.unmodifiableMap(set);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * Regions, platforms and locales are matched as stored: regions and platforms are slugs (lower-case), so
     * EU and eu mean the same; channels and sentiments must be ones VOC knows, so a typo is an error, not an
     * empty result.
     */
    private static String clean(Field field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_LENGTH) {
            throw new InvalidQueryException(field.parameter(),
                    field.parameter() + " must be at most " + MAX_LENGTH + " characters");
        }
        return switch (field) {
            case REGION, PLATFORM -> v.toLowerCase(Locale.ROOT);
            case CHANNEL -> channel(v);
            case SENTIMENT -> sentiment(v);
            default -> v;
        };
    }

    private static String channel(String value) {
        try {
            return Channel.parse(value).wireName();
        } catch (InvalidFeedbackException e) {
            throw new InvalidQueryException("channel", e.getMessage());
        }
    }

    private static String sentiment(String value) {
        for (SentimentLabel label : SentimentLabel.values()) {
            if (label.wireName().equalsIgnoreCase(value)) {
                return label.wireName();
            }
        }
        throw new InvalidQueryException("sentiment",
                "sentiment '" + value + "' is unknown; one of negative, neutral, positive");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Narrowing n && values.equals(n.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Narrowing" + values;
    }
}
