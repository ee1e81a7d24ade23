package io.voc.region.infrastructure;

import io.voc.platform.model.InvalidInputException;
import io.voc.region.model.TransformSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * One source region as configuration describes it (docs/regions.md): {@code voc.regions.<name>.bootstrap}
 * (its Kafka cluster), {@code .topic} (default {@code voc.feedback.raw}), {@code .partitions} (a partition
 * set such as {@code 0-5} or {@code 0,2,4} when several instances share a region; default all),
 * {@code .kafka.*} (further client settings, e.g. security) and {@code .transforms[i].*} (the in-flight
 * transforms, in order). Adding a region is adding these properties.
 *
 * <p>Read from the raw property names rather than a typed mapping: transform parameters are open-ended
 * ({@code extra[0].regex}, {@code v2.rename.body}) and checked by the transform factory instead.
 */
record RegionSettings(String name, String bootstrap, String topic, Set<Integer> partitions,
        Map<String, String> kafka, List<TransformSpec> transforms) {
    static final String PREFIX = "voc.regions.";
    static final String DEFAULT_TOPIC = "voc.feedback.raw";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,15}");
    private static final Pattern TRANSFORM = Pattern.compile("transforms\\[(\\d{1,3})]\\.(.+)");

    /** The partition set's part of the bridge's transactional id: all, or e.g. 0-5. */
    String partitionSet() {
        if (partitions == null) {
            return "all";
        }
        StringBuilder set = new StringBuilder();
        partitions.forEach(p -> set.append(set.length() == 0 ? "" : ".").append(p));
        return set.toString();
    }

    /** Every region configured, by name; a mistake is an error naming the property. */
    static List<RegionSettings> read(Config config) {
        Map<String, Map<String, String>> byRegion = new TreeMap<>();
        for (String property : config.getPropertyNames()) {
            if (!property.startsWith(PREFIX)) {
                continue;
            }
            String rest = property.substring(PREFIX.length());
            int dot = rest.indexOf('.');
            if (dot < 0) {
                throw new InvalidInputException(property, property + ": expected " + PREFIX + "<region>.<setting>");
            }
            String region = rest.substring(0, dot);
            if (!NAME.matcher(region).matches()) {
                throw new InvalidInputException(property,
                        "region name '" + region + "' must be 1-16 of a-z, 0-9, '-', starting with a letter");
            }
            config.getOptionalValue(property, String.class).ifPresent(value ->
                    byRegion.computeIfAbsent(region, r -> new TreeMap<>()).put(rest.substring(dot + 1), value));
        }
        List<RegionSettings> regions = new ArrayList<>();
        byRegion.forEach((name, settings) -> regions.add(of(name, settings)));
        return regions;
    }

    static RegionSettings of(String name, Map<String, String> settings) {
        String bootstrap = settings.get("bootstrap");
        if (bootstrap == null || bootstrap.isBlank()) {
            throw new InvalidInputException(PREFIX + name + ".bootstrap",
                    PREFIX + name + ".bootstrap is required: the region's Kafka bootstrap servers");
        }
        Map<String, String> kafka = new LinkedHashMap<>();
        Map<Integer, Map<String, String>> transforms = new TreeMap<>();
        Set<Integer> partitions = null;
        String topic = DEFAULT_TOPIC;
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            String key = setting.getKey();
            Matcher transform = TRANSFORM.matcher(key);
            if (key.equals("bootstrap")) {
                continue;
            } else if (key.equals("topic")) {
                topic = setting.getValue().strip();
            } else if (key.equals("partitions")) {
                partitions = partitions(name, setting.getValue());
            } else if (key.startsWith("kafka.")) {
                kafka.put(key.substring("kafka.".length()), setting.getValue());
            } else if (transform.matches()) {
                transforms.computeIfAbsent(Integer.parseInt(transform.group(1)), i -> new LinkedHashMap<>())
                        .put(transform.group(2), setting.getValue());
            } else {
                throw new InvalidInputException(PREFIX + name + "." + key, PREFIX + name + "." + key
                        + " is not a region setting (bootstrap, topic, partitions, kafka.*, transforms[i].*)");
            }
        }
        List<TransformSpec> specs = new ArrayList<>();
        int expected = 0;
        for (Map.Entry<Integer, Map<String, String>> t : transforms.entrySet()) {
            if (t.getKey() != expected++) {
                throw new InvalidInputException(PREFIX + name + ".transforms[" + t.getKey() + "]",
                        "transforms of region " + name + " must be numbered 0, 1, 2... without gaps");
            }
            Map<String, String> parameters = new LinkedHashMap<>(t.getValue());
            String type = parameters.remove("type");
            if (type == null) {
                throw new InvalidInputException(PREFIX + name + ".transforms[" + t.getKey() + "].type",
                        PREFIX + name + ".transforms[" + t.getKey() + "].type is required");
            }
            specs.add(new TransformSpec(type, parameters));
        }
        return new RegionSettings(name, bootstrap.strip(), topic, partitions, Collections.unmodifiableMap(kafka),
                List.copyOf(specs));
    }

    /** "0-5", "0,2,4" or "0-2,7". */
    private static Set<Integer> partitions(String region, String value) {
        Set<Integer> set = new TreeSet<>();
        try {
            for (String part : value.split(",")) {
                String[] range = part.strip().split("-");
                int from = Integer.parseInt(range[0].strip());
                int to = range.length > 1 ? Integer.parseInt(range[1].strip()) : from;
                if (range.length > 2 || from < 0 || to < from) {
                    throw new NumberFormatException(part);
                }
                for (int p = from; p <= to; p++) {
                    set.add(p);
                }
            }
        } catch (NumberFormatException e) {
            throw new InvalidInputException(PREFIX + region + ".partitions",
                    PREFIX + region + ".partitions must look like 0-5 or 0,2,4, got '" + value + "'");
        }
        return Collections.unmodifiableSet(set);
    }
}
