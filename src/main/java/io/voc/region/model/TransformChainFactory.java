package io.voc.region.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Builds a region's {@link TransformChain} from its configuration: an ordered list of {@link TransformSpec}s.
 * Every spec is checked before any record flows; a mistake is an {@link InvalidTransformException} naming the
 * position and the parameter ({@code transforms[1].matches}) and what is wrong with it. Parameters no type knows
 * are mistakes too - a misspelt {@code feilds} would otherwise quietly leave attributes unscrubbed.
 *
 * <p>The properties form of each type, shown for region {@code sg} (the prefix is
 * {@code voc.regions.}<i>region</i>{@code .transforms[}<i>i</i>{@code ].}). Every type also takes
 * {@code name}: what metrics, drops and rejects are counted under (1-64 of a-z, 0-9, '_', '-'); by default the
 * type, or <i>type</i>{@code -}<i>i</i> when an earlier transform already has that name.
 *
 * <pre>
 * # scrub-pii: replace e-mails, national IDs, cards, phones (and own patterns) by [EMAIL], [NATIONAL_ID],
 * # [CARD], [PHONE], [TYPE] in text and further fields (comma-separated paths; "attributes" = every attribute)
 * voc.regions.sg.transforms[0].type=scrub-pii
 * voc.regions.sg.transforms[0].fields=text,attributes.note
 * voc.regions.sg.transforms[0].extra[0].type=ORDER_ID
 * voc.regions.sg.transforms[0].extra[0].regex=SG-ORD-\\d{6,}
 *
 * # stamp-region: attributes.sourceRegion = sg (overwriting another value); optionally region = sg when absent
 * voc.regions.sg.transforms[1].type=stamp-region
 * voc.regions.sg.transforms[1].default-region=sg
 *
 * # map-schema: one group per schema version N other than 1: rename old=new, default field=value, remove a,b
 * voc.regions.sg.transforms[2].type=map-schema
 * voc.regions.sg.transforms[2].v2.rename.body=text
 * voc.regions.sg.transforms[2].v2.rename.stars=rating
 * voc.regions.sg.transforms[2].v2.default.channel=in_app
 * voc.regions.sg.transforms[2].v2.remove=deviceModel,legacyId
 *
 * # drop: one field and exactly one of equals (exact value) or matches (regex, found anywhere)
 * voc.regions.sg.transforms[3].type=drop
 * voc.regions.sg.transforms[3].name=test-traffic
 * voc.regions.sg.transforms[3].field=channel
 * voc.regions.sg.transforms[3].equals=test
 * voc.regions.sg.transforms[4].type=drop
 * voc.regions.sg.transforms[4].name=blank-text
 * voc.regions.sg.transforms[4].field=text
 * voc.regions.sg.transforms[4].matches=^\\s*$
 * </pre>
 */
public final class TransformChainFactory {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern PII_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");
    private static final Pattern EXTRA = Pattern.compile("extra\\[(\\d{1,3})\\]\\.(type|regex)");
    private static final Pattern VERSIONED = Pattern.compile("v(\\d{1,6})\\.(?:(remove)|(rename|default)\\.(.+))");

    private TransformChainFactory() {
    }

    /** The types this factory builds, for messages. */
    public static final List<String> TYPES = List.of(PiiScrubbing.TYPE, RegionStamping.TYPE, SchemaMapping.TYPE,
            DropRule.TYPE);

    /** The chain for one region, transforms in the order of the specs. */
    public static TransformChain chain(String region, List<TransformSpec> specs) {
        String regionName;
        try {
            regionName = RegionStamping.regionName(region, "region");
        } catch (IllegalArgumentException e) {
            throw new InvalidTransformException("region", e.getMessage());
        }
        List<RecordTransform> transforms = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            Position at = new Position(i, specs.get(i));
            String name = name(at, names);
            transforms.add(build(regionName, name, at));
        }
        return new TransformChain(regionName, transforms);
    }

    private static RecordTransform build(String region, String name, Position at) {
        return switch (at.spec.type()) {
            case PiiScrubbing.TYPE -> piiScrubbing(name, at);
            case RegionStamping.TYPE -> regionStamping(region, name, at);
            case SchemaMapping.TYPE -> schemaMapping(name, at);
            case DropRule.TYPE -> dropRule(name, at);
            default -> throw at.error("type", "unknown transform type '" + at.spec.type() + "'; one of "
                    + String.join(", ", TYPES));
        };
    }

    private static String name(Position at, Set<String> taken) {
        String given = at.spec.parameter("name");
        if (given != null) {
            String name = given.toLowerCase(Locale.ROOT);
            if (!NAME.matcher(name).matches()) {
                throw at.error("name", "a transform name is 1-64 characters of a-z, 0-9, '_' and '-' (got '" + given
                        + "')");
            }
            if (!taken.add(name)) {
                throw at.error("name", "an earlier transform is already named '" + name
                        + "'; names must be unique so their counts stay apart");
            }
            return name;
        }
        String name = taken.contains(at.spec.type()) ? at.spec.type() + "-" + at.index : at.spec.type();
        if (!taken.add(name)) {
            throw at.error("name", "the default name '" + name + "' is taken; give this transform a name");
        }
        return name;
    }

    private static PiiScrubbing piiScrubbing(String name, Position at) {
        Map<Integer, String[]> extras = new TreeMap<>();
        for (String parameter : at.spec.parameters().keySet()) {
            Matcher extra = EXTRA.matcher(parameter);
            if (extra.matches()) {
                String[] pair = extras.computeIfAbsent(Integer.parseInt(extra.group(1)), k -> new String[2]);
                pair["type".equals(extra.group(2)) ? 0 : 1] = at.spec.parameter(parameter);
            } else if (!parameter.equals("name") && !parameter.equals("fields")) {
                throw unknownParameter(at, parameter, "fields, extra[N].type, extra[N].regex");
            }
        }
        List<FieldPath> fields = new ArrayList<>();
        String list = at.spec.parameter("fields");
        if (list != null) {
            for (String path : list.split(",")) {
                if (!path.isBlank()) {
                    fields.add(fieldPath(at, "fields", path));
                }
            }
        }
        List<PiiDetector> detectors = new ArrayList<>();
        extras.forEach((index, pair) -> detectors.add(extraDetector(at, "extra[" + index + "]", pair[0], pair[1])));
        return new PiiScrubbing(name, fields, detectors);
    }

    private static PiiDetector extraDetector(Position at, String prefix, String type, String regex) {
        if (type == null) {
            throw at.error(prefix + ".type", "every extra pattern needs a placeholder type name, e.g. ORDER_ID for "
                    + "[ORDER_ID]");
        }
        if (!PII_TYPE.matcher(type).matches()) {
            throw at.error(prefix + ".type", "a placeholder type name is 1-32 characters of letters, digits and '_',"
                    + " starting with a letter (got '" + type + "')");
        }
        if (regex == null) {
            throw at.error(prefix + ".regex", "extra pattern " + type + " needs a regex");
        }
        Pattern pattern = regex(at, prefix + ".regex", regex);
        if (pattern.matcher("").matches()) {
            throw at.error(prefix + ".regex", "regex /" + regex + "/ matches empty text, so it would find "
                    + type + " everywhere");
        }
        return new PatternDetector(type.toUpperCase(Locale.ROOT), pattern);
    }

    private static RegionStamping regionStamping(String region, String name, Position at) {
        at.allowOnly("default-region");
        String defaultRegion = at.spec.parameter("default-region");
        try {
            return new RegionStamping(name, region, defaultRegion);
        } catch (IllegalArgumentException e) {
            throw at.error("default-region", e.getMessage());
        }
    }

    private static SchemaMapping schemaMapping(String name, Position at) {
        Map<Integer, List<FieldPath>> removed = new TreeMap<>();
        Map<Integer, Map<FieldPath, FieldPath>> renamed = new TreeMap<>();
        Map<Integer, Map<FieldPath, String>> defaults = new TreeMap<>();
        for (Map.Entry<String, String> parameter : at.spec.parameters().entrySet()) {
            String key = parameter.getKey();
            if (key.equals("name")) {
                continue;
            }
            Matcher versioned = VERSIONED.matcher(key);
            if (!versioned.matches()) {
                throw unknownParameter(at, key, "vN.rename.<old>, vN.default.<field>, vN.remove");
            }
            int version = Integer.parseInt(versioned.group(1));
            if (version == SchemaMapping.CURRENT_VERSION) {
                throw at.error(key, "version " + version + " is the current schema version and needs no mapping");
            }
            removed.computeIfAbsent(version, v -> new ArrayList<>());
            renamed.computeIfAbsent(version, v -> new LinkedHashMap<>());
            defaults.computeIfAbsent(version, v -> new LinkedHashMap<>());
            String value = at.spec.parameter(key);
            if (versioned.group(2) != null) {
                if (value != null) {
                    for (String path : value.split(",")) {
                        if (!path.isBlank()) {
                            removed.get(version).add(fieldPath(at, key, path));
                        }
                    }
                }
            } else if (versioned.group(3).equals("rename")) {
                if (value == null) {
                    throw at.error(key, "says what " + versioned.group(4) + " is renamed to, e.g. text");
                }
                renamed.get(version).put(fieldPath(at, key, versioned.group(4)), fieldPath(at, key, value));
            } else {
                defaults.get(version).put(fieldPath(at, key, versioned.group(4)),
                        parameter.getValue() == null ? "" : parameter.getValue());
            }
        }
        if (removed.isEmpty()) {
            throw at.error("v2.rename",
                    "map-schema needs a mapping for at least one version, e.g. v2.rename.body=text");
        }
        Map<Integer, VersionMapping> mappings = new TreeMap<>();
        for (Integer version : removed.keySet()) {
            try {
                mappings.put(version, new VersionMapping(version, removed.get(version), renamed.get(version),
                        defaults.get(version)));
            } catch (IllegalArgumentException e) {
                throw at.error("v" + version + ".rename", e.getMessage());
            }
        }
        return new SchemaMapping(name, mappings);
    }

    private static DropRule dropRule(String name, Position at) {
        at.allowOnly("field", "equals", "matches");
        String field = at.spec.parameter("field");
        if (field == null) {
            throw at.error("field", "a drop rule needs the field it looks at, e.g. channel");
        }
        FieldPath path = fieldPath(at, "field", field);
        String equals = at.spec.parameters().get("equals");
        String matches = at.spec.parameter("matches");
        if ((equals == null) == (matches == null)) {
            throw at.error(equals == null ? "equals" : "matches",
                    "a drop rule needs exactly one of equals (an exact value) or matches (a regex)");
        }
        if (equals != null) {
            return DropRule.whenEquals(name, path, equals);
        }
        return DropRule.whenMatches(name, path, regex(at, "matches", matches));
    }

    private static FieldPath fieldPath(Position at, String parameter, String path) {
        try {
            return FieldPath.parse(path);
        } catch (IllegalArgumentException e) {
            throw at.error(parameter, e.getMessage());
        }
    }

    private static Pattern regex(Position at, String parameter, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw at.error(parameter, "/" + regex + "/ is not a valid regex: " + e.getDescription() + " at index "
                    + e.getIndex());
        }
    }

    private static InvalidTransformException unknownParameter(Position at, String parameter, String known) {
        return at.error(parameter, "unknown parameter for " + at.spec.type() + "; it takes name, " + known);
    }

    /** A spec and where it sits in the list, for errors that point at the right line. */
    private record Position(int index, TransformSpec spec) {
        InvalidTransformException error(String parameter, String message) {
            String field = "transforms[" + index + "]." + parameter;
            return new InvalidTransformException(field, field + ": " + message);
        }

        void allowOnly(String... known) {
            Set<String> allowed = new HashSet<>(List.of(known));
            allowed.add("name");
            for (String parameter : spec.parameters().keySet()) {
                if (!allowed.contains(parameter)) {
                    throw unknownParameter(this, parameter, String.join(", ", known));
                }
            }
        }
    }
}
