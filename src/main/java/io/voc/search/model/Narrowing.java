package io.voc.search.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Exact values a filter narrows feedback down to, each optional: where it came from ({@code region},
 * {@code platform}, {@code appVersion}) and what its analysis found ({@code topic}, {@code aspect},
 * {@code keyphrase} of the NLP stage). Part of a {@link FeedbackFilter}, so search, export and the
 * dashboard's statistics apply them the same way (the translation is {@code FeedbackQueries}).
 */
public record Narrowing(String region, String platform, String appVersion, String topic, String aspect,
        String keyphrase) {
    public static final Narrowing NONE = new Narrowing(null, null, null, null, null, null);
    private static final int MAX_LENGTH = 100;

    /** The fields by their request parameter names. */
    public enum Field {
        REGION("region"), PLATFORM("platform"), APP_VERSION("appVersion"), TOPIC("topic"), ASPECT("aspect"),
        KEYPHRASE("keyphrase");

        private final String parameter;

        Field(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    public Narrowing {
        // regions and platforms are stored lower-case (a slug), so EU and eu mean the same
        region = clean(Field.REGION, region, true);
        platform = clean(Field.PLATFORM, platform, true);
        appVersion = clean(Field.APP_VERSION, appVersion, false);
        topic = clean(Field.TOPIC, topic, false);
        aspect = clean(Field.ASPECT, aspect, false);
        keyphrase = clean(Field.KEYPHRASE, keyphrase, false);
    }

    /** The value of one field, null when not narrowed by it. */
    public String value(Field field) {
        return switch (field) {
            case REGION -> region;
            case PLATFORM -> platform;
            case APP_VERSION -> appVersion;
            case TOPIC -> topic;
            case ASPECT -> aspect;
            case KEYPHRASE -> keyphrase;
        };
    }

    /** The same narrowing without one field. */
    public Narrowing without(Field field) {
        return new Narrowing(field == Field.REGION ? null : region, field == Field.PLATFORM ? null : platform,
                field == Field.APP_VERSION ? null : appVersion, field == Field.TOPIC ? null : topic,
                field == Field.ASPECT ? null : aspect, field == Field.KEYPHRASE ? null : keyphrase);
    }

    /** The fields set, by request parameter name, in the order of {@link Field}. */
    public Map<String, String> parameters() {
        Map<String, String> set = new LinkedHashMap<>();
        for (Field field : Field.values()) {
            if (value(field) != null) {
                set.put(field.parameter(), value(field));
            }
        }
        return set;
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    private static String clean(Field field, String value, boolean lowerCase) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_LENGTH) {
            throw new InvalidQueryException(field.parameter(),
                    field.parameter() + " must be at most " + MAX_LENGTH + " characters");
        }
        return lowerCase ? v.toLowerCase(Locale.ROOT) : v;
    }
}
