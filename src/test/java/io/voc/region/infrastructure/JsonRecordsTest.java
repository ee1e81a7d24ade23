package io.voc.region.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The bridge reads each record's JSON and writes the cleaned one back with {@link JsonRecords}: what it reads
 * is what Jackson's data binding reads, and what it writes - fields it changed written anew, the rest copied as
 * they came - reads back as exactly the cleaned record.
 */
class JsonRecordsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() { };
    private final JsonRecords json = new JsonRecords(MAPPER.getFactory());

    @Test
    void readsWhatDataBindingReads() throws IOException {
        String record = "{\"text\":\"Zahlung fehlgeschlagen \\u00e9 \\\"quoted\\\" 付款\",\"rating\":4,"
                + "\"big\":12345678901,\"huge\":123456789012345678901234567890,\"score\":0.25,\"ok\":true,"
                + "\"none\":null,\"tags\":[\"a\",1,[],{\"deep\":[false]}],\"attributes\":{\"network\":\"x\"}}";
        JsonRecords.ReadObject read = json.read(utf8(record));
        assertEquals(MAPPER.readValue(record, OBJECT), read.fields());
        assertEquals(List.copyOf(read.fields().keySet()), List.of("text", "rating", "big", "huge", "score", "ok",
                "none", "tags", "attributes"));
        assertEquals(Long.class, read.fields().get("big").getClass());
        assertEquals(BigInteger.class, read.fields().get("huge").getClass());
    }

    @Test
    void anythingButOneObjectIsRefusedWithWhatItIs() throws IOException {
        assertNull(json.read(utf8("null")));
        assertTrue(assertThrows(IOException.class, () -> json.read(utf8("[1,2]"))).getMessage()
                .contains("a JSON array, not an object"));
        assertTrue(assertThrows(IOException.class, () -> json.read(utf8("\"text\""))).getMessage()
                .contains("a JSON string, not an object"));
        assertTrue(assertThrows(IOException.class, () -> json.read(utf8("{\"a\":1} {\"b\":2}"))).getMessage()
                .contains("more after the object"));
        assertThrows(IOException.class, () -> json.read(utf8("{\"a\":")));
        assertThrows(IOException.class, () -> json.read(utf8("")));
    }

    @Test
    void fieldsNothingChangedAreCopiedAsTheyCame() throws IOException {
        String record = "{ \"price\" : 1.50 ,\n\t\"text\": \"call me\", \"attributes\" : { \"a\" : \"b\" } }";
        JsonRecords.ReadObject read = json.read(utf8(record));
        Map<String, Object> cleaned = new LinkedHashMap<>(read.fields());
        cleaned.put("text", "call [PHONE]");
        String written = new String(json.write(cleaned, read), StandardCharsets.UTF_8);
        assertEquals("{\"price\" : 1.50,\"text\":\"call [PHONE]\",\"attributes\" : { \"a\" : \"b\" }}", written);
    }

    @Test
    void fieldsThatFollowEachOtherAreCopiedInOnePieceWithWhatWasBetweenThem() throws IOException {
        JsonRecords.ReadObject read = json.read(utf8("{\"a\" : 1 ,\n  \"b\":[ 2 ], \"c\":3}"));
        Map<String, Object> cleaned = new LinkedHashMap<>(read.fields());
        cleaned.put("c", 4);
        assertEquals("{\"a\" : 1 ,\n  \"b\":[ 2 ],\"c\":4}", written(cleaned, read));
    }

    @Test
    void anObjectThatOnlyGainedFieldsAtItsEndIsCopiedAndExtended() throws IOException {
        JsonRecords.ReadObject read = json.read(utf8(
                "{\"text\":\"hi\", \"attributes\" : { \"device\" : \"x\" }, \"none\": {} }"));
        Map<String, Object> cleaned = new LinkedHashMap<>(read.fields());
        Map<String, Object> attributes = new LinkedHashMap<>(read.fields().get("attributes") instanceof Map<?, ?> m
                ? Map.of("device", m.get("device")) : Map.of());
        attributes.put("sourceRegion", "sg");
        cleaned.put("attributes", attributes);
        cleaned.put("none", Map.of("first", 1));
        assertEquals("{\"text\":\"hi\",\"attributes\" : { \"device\" : \"x\" ,\"sourceRegion\":\"sg\"},"
                + "\"none\": {\"first\":1}}", written(cleaned, read));
    }

    @Test
    void whateverTheTransformsChangedTheWrittenRecordReadsBackAsTheCleanedOne() throws IOException {
        Random random = new Random(11);
        for (int i = 0; i < 5_000; i++) {
            Map<String, Object> original = randomObject(random, 0);
            String spaced = random.nextBoolean() ? MAPPER.writeValueAsString(original)
                    : MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(original);
            JsonRecords.ReadObject read = json.read(utf8(spaced));
            assertEquals(original, read.fields(), spaced);
            Map<String, Object> cleaned = changed(read.fields(), random);
            byte[] written = json.write(cleaned, read);
            Map<String, Object> back = MAPPER.readValue(written, OBJECT);
            assertEquals(cleaned, back, spaced + " -> " + new String(written, StandardCharsets.UTF_8));
            assertEquals(List.copyOf(cleaned.keySet()), List.copyOf(back.keySet()), "field order");
        }
    }

    @Test
    void aNameGivenTwiceIsWrittenWithTheValueThatCounts() throws IOException {
        JsonRecords.ReadObject read = json.read(utf8("{\"a\":1,\"b\":2,\"a\":3}"));
        Map<String, Object> cleaned = new LinkedHashMap<>(read.fields());
        cleaned.put("c", 4);
        assertEquals(Map.of("a", 3, "b", 2, "c", 4), MAPPER.readValue(json.write(cleaned, read), OBJECT));
    }

    /** Some top-level fields changed, removed or added, maybe moved, as transforms do. */
    private static Map<String, Object> changed(Map<String, Object> fields, Random random) {
        List<String> names = new ArrayList<>(fields.keySet());
        Map<String, Object> cleaned = new LinkedHashMap<>();
        for (String name : names) {
            int what = random.nextInt(8);
            if (what == 0) {
                continue;
            }
            cleaned.put(name, what == 1 ? randomValue(random, 1) : what == 2 ? grown(fields.get(name), random)
                    : fields.get(name));
        }
        if (random.nextInt(3) == 0 && !names.isEmpty()) {
            String moved = names.get(random.nextInt(names.size()));
            Object value = cleaned.remove(moved);
            cleaned.put(moved, value);
        }
        if (random.nextBoolean()) {
            cleaned.put("added-" + random.nextInt(3), randomValue(random, 1));
        }
        return cleaned;
    }

    /** An object with a field or two added at its end, as stamping adds one to attributes; else the value. */
    private static Object grown(Object value, Random random) {
        if (!(value instanceof Map<?, ?> object)) {
            return value;
        }
        Map<String, Object> grown = new LinkedHashMap<>();
        object.forEach((key, field) -> grown.put((String) key, field));
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            grown.put("added-" + random.nextInt(1000), randomValue(random, 2));
        }
        return grown;
    }

    private static Map<String, Object> randomObject(Random random, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        int fields = random.nextInt(depth == 0 ? 14 : 4);
        for (int i = 0; i < fields; i++) {
            object.put(randomString(random), randomValue(random, depth + 1));
        }
        return object;
    }

    private static Object randomValue(Random random, int depth) {
        return switch (random.nextInt(depth > 2 ? 6 : 8)) {
            case 0 -> randomString(random);
            case 1 -> random.nextInt(2000) - 1000;
            case 2 -> random.nextLong();
            case 3 -> random.nextDouble() * 1000;
            case 4 -> random.nextBoolean();
            case 5 -> null;
            case 6 -> randomObject(random, depth);
            default -> {
                List<Object> array = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomValue(random, depth + 1));
                }
                yield array;
            }
        };
    }

    private static String randomString(Random random) {
        String[] pieces = {"text", "a", "付款", "\"", "\\", "\n", "é", " ", ",", ":", "{", "}", "[PHONE]", "\u0001"};
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(4); i >= 0; i--) {
            s.append(pieces[random.nextInt(pieces.length)]);
        }
        return s.toString();
    }

    private String written(Map<String, Object> cleaned, JsonRecords.ReadObject read) {
        return new String(json.write(cleaned, read), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
