package io.voc.region.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voc.platform.model.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The factory: the properties form documented on {@link TransformChainFactory} builds a working chain, and every
 * mistake in it is refused naming the position and the parameter to fix.
 */
class TransformChainFactoryTest {
    /** The example of TransformChainFactory's Javadoc, as a properties file holds it. */
    private static final String DOCUMENTED = """
            voc.regions.sg.transforms[0].type=scrub-pii
            voc.regions.sg.transforms[0].fields=text,attributes.note
            voc.regions.sg.transforms[0].extra[0].type=ORDER_ID
            voc.regions.sg.transforms[0].extra[0].regex=SG-ORD-\\\\d{6,}
            voc.regions.sg.transforms[1].type=stamp-region
            voc.regions.sg.transforms[1].default-region=sg
            voc.regions.sg.transforms[2].type=map-schema
            voc.regions.sg.transforms[2].v2.rename.body=text
            voc.regions.sg.transforms[2].v2.rename.stars=rating
            voc.regions.sg.transforms[2].v2.default.channel=in_app
            voc.regions.sg.transforms[2].v2.remove=deviceModel,legacyId
            voc.regions.sg.transforms[3].type=drop
            voc.regions.sg.transforms[3].name=test-traffic
            voc.regions.sg.transforms[3].field=channel
            voc.regions.sg.transforms[3].equals=test
            voc.regions.sg.transforms[4].type=drop
            voc.regions.sg.transforms[4].name=blank-text
            voc.regions.sg.transforms[4].field=text
            voc.regions.sg.transforms[4].matches=^\\\\s*$
            """;

    @Test
    void theDocumentedPropertiesBuildAWorkingChain() {
        TransformChain chain = TransformChainFactory.chain("sg", specs(DOCUMENTED, "sg"));
        assertEquals(List.of("scrub-pii", "stamp-region", "map-schema", "test-traffic", "blank-text"), chain.names());

        Map<String, Object> record = new LinkedHashMap<>();
        record.put("text", "Order SG-ORD-1234567 never came, call 9123 4567");
        record.put("channel", "in_app");
        record.put("attributes", Map.of("note", "wrote from ops@shop.example"));
        ChainOutcome outcome = chain.apply(RawFeedback.of(record));

        RawFeedback home = outcome.record().orElseThrow();
        assertEquals("Order [ORDER_ID] never came, call [PHONE]", home.text("text"));
        assertEquals("wrote from [EMAIL]", home.attribute("note"));
        assertEquals("sg", home.attribute("sourceRegion"));
        assertEquals(Map.of("EMAIL", 1, "ORDER_ID", 1, "PHONE", 1), outcome.changes().get("scrub-pii").byKind());

        assertEquals("test-traffic", chain.apply(RawFeedback.of(Map.of("channel", "test", "text", "x"))).decidedBy());
        assertEquals("blank-text", chain.apply(RawFeedback.of(Map.of("channel", "in_app", "text", " "))).decidedBy());
        RawFeedback v2 = chain.apply(RawFeedback.of(Map.of("schemaVersion", 2, "body", "ok", "stars", 4)))
                .record().orElseThrow();
        assertEquals("ok", v2.text("text"));
        assertEquals(4, v2.value("rating"));
        assertEquals("in_app", v2.value("channel"));
    }

    @Test
    void unnamedTransformsOfTheSameTypeAreNamedByPosition() {
        TransformChain chain = TransformChainFactory.chain("SG", List.of(
                drop("channel").with("equals", "test"),
                TransformSpec.of("scrub-pii"),
                drop("text").with("matches", "^$")));
        assertEquals(List.of("drop", "scrub-pii", "drop-2"), chain.names());
        assertEquals("sg", chain.region());
    }

    @Test
    void anUnknownTypeIsRefusedListingTheKnownOnes() {
        assertRefused(List.of(TransformSpec.of("scrub-pii"), TransformSpec.of("mask-pii")), "transforms[1].type",
                "transforms[1].type: unknown transform type 'mask-pii'; one of scrub-pii, stamp-region, map-schema, "
                        + "drop");
    }

    @Test
    void aBadRegexIsRefusedWithWhatIsWrong() {
        assertRefused(List.of(drop("text").with("matches", "(refund")), "transforms[0].matches",
                "transforms[0].matches: /(refund/ is not a valid regex: Unclosed group at index 7");
    }

    @Test
    void anExtraPatternNeedsAPlaceholderNameAndARegexThatFindsSomething() {
        assertRefused(List.of(TransformSpec.of("scrub-pii").with("extra[0].regex", "E[0-9]{6}")),
                "transforms[0].extra[0].type", "transforms[0].extra[0].type: every extra pattern needs a placeholder "
                        + "type name, e.g. ORDER_ID for [ORDER_ID]");
        assertRefused(List.of(TransformSpec.of("scrub-pii").with("extra[3].type", "EMPLOYEE ID")
                .with("extra[3].regex", "E[0-9]{6}")), "transforms[0].extra[3].type", null);
        assertRefused(List.of(TransformSpec.of("scrub-pii").with("extra[0].type", "EMPLOYEE_ID")),
                "transforms[0].extra[0].regex", "transforms[0].extra[0].regex: extra pattern EMPLOYEE_ID needs a regex");
        assertRefused(List.of(TransformSpec.of("scrub-pii").with("extra[0].type", "ANY").with("extra[0].regex", "x*")),
                "transforms[0].extra[0].regex", null);
    }

    @Test
    void aMisspeltParameterIsRefusedRatherThanIgnored() {
        assertRefused(List.of(TransformSpec.of("scrub-pii").with("feilds", "attributes")), "transforms[0].feilds",
                "transforms[0].feilds: unknown parameter for scrub-pii; it takes name, fields, extra[N].type, "
                        + "extra[N].regex");
        assertRefused(List.of(drop("channel").with("equal", "test")), "transforms[0].equal", null);
        assertRefused(List.of(TransformSpec.of("stamp-region").with("default", "sg")), "transforms[0].default", null);
        assertRefused(List.of(TransformSpec.of("map-schema").with("v2.renames.body", "text")),
                "transforms[0].v2.renames.body", null);
    }

    @Test
    void aDropRuleNeedsAFieldAndExactlyOneTest() {
        assertRefused(List.of(TransformSpec.of("drop").with("equals", "test")), "transforms[0].field", null);
        assertRefused(List.of(drop("channel")), "transforms[0].equals",
                "transforms[0].equals: a drop rule needs exactly one of equals (an exact value) or matches (a regex)");
        assertRefused(List.of(drop("channel").with("equals", "test").with("matches", "^qa")), "transforms[0].matches",
                null);
        assertRefused(List.of(drop("attributes..note").with("equals", "x")), "transforms[0].field", null);
    }

    @Test
    void aSchemaMappingNeedsAVersionOtherThanOne() {
        assertRefused(List.of(TransformSpec.of("map-schema")), "transforms[0].v2.rename", null);
        assertRefused(List.of(TransformSpec.of("map-schema").with("v1.rename.body", "text")),
                "transforms[0].v1.rename.body", "transforms[0].v1.rename.body: version 1 is the current schema "
                        + "version and needs no mapping");
        assertRefused(List.of(TransformSpec.of("map-schema").with("v2.rename.body", "text")
                .with("v2.rename.comment", "text")), "transforms[0].v2.rename",
                "transforms[0].v2.rename: version 2 renames two fields to text; one value would be lost");
    }

    @Test
    void namesAndRegionsMustBeUsableInMetrics() {
        assertRefused(List.of(drop("channel").with("equals", "test").with("name", "qa"),
                drop("text").with("matches", "^$").with("name", "qa")), "transforms[1].name", null);
        assertRefused(List.of(drop("channel").with("equals", "test").with("name", "test traffic")),
                "transforms[0].name", null);
        assertRefused(List.of(TransformSpec.of("stamp-region").with("default-region", "south east")),
                "transforms[0].default-region", null);
        InvalidTransformException e = assertThrows(InvalidTransformException.class,
                () -> TransformChainFactory.chain("south east", List.of()));
        assertEquals("region", e.field());
    }

    private static void assertRefused(List<TransformSpec> specs, String field, String message) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> TransformChainFactory.chain("sg", specs));
        assertInstanceOf(InvalidTransformException.class, e);
        assertEquals(field, e.field());
        assertTrue(e.getMessage().startsWith(field + ": "), e.getMessage());
        if (message != null) {
            assertEquals(message, e.getMessage());
        }
    }

    private static TransformSpec drop(String field) {
        return TransformSpec.of("drop").with("field", field);
    }

    /** Reads {@code voc.regions.<region>.transforms[i].<parameter>} lines the way the bridge's config would. */
    private static List<TransformSpec> specs(String properties, String region) {
        Properties loaded = new Properties();
        try {
            loaded.load(new StringReader(properties));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Pattern key = Pattern.compile(Pattern.quote("voc.regions." + region + ".transforms[") + "(\\d+)\\]\\.(.+)");
        Map<Integer, Map<String, String>> byIndex = new TreeMap<>();
        for (String name : loaded.stringPropertyNames()) {
            Matcher matcher = key.matcher(name);
            if (matcher.matches()) {
                byIndex.computeIfAbsent(Integer.parseInt(matcher.group(1)), i -> new LinkedHashMap<>())
                        .put(matcher.group(2), loaded.getProperty(name));
            }
        }
        List<TransformSpec> specs = new ArrayList<>();
        byIndex.values().forEach(parameters -> {
            Map<String, String> rest = new LinkedHashMap<>(parameters);
            String type = rest.remove("type");
            specs.add(new TransformSpec(type, rest));
        });
        return specs;
    }
}
