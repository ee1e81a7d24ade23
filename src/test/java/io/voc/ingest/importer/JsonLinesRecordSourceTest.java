package io.voc.ingest.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** JSON Lines are sent as they are; a line that is not a JSON object is a reject with its line number. */
class JsonLinesRecordSourceTest {

    @Test
    void linesThatAreNotJsonObjectsAreRejectedWithTheirLineAndNeverSent() throws Exception {
        List<SourceRecord> records = read(String.join("\n",
                "{\"product\":\"aurora\",\"channel\":\"in_app\",\"text\":\"fine\"}", // 1
                "", //                                                                  2 blank: skipped
                "{\"product\":\"aurora\",\"text\":\"cut off", //                         3
                "[1,2]", //                                                             4
                "{\"text\":\"a\"} trailing", //                                         5
                "   ", //                                                               6 blank
                "{ \"text\" : \"spaced\" }") + "\n"); //                                7

        assertEquals(List.of(1L, 3L, 4L, 5L, 7L), records.stream().map(SourceRecord::line).toList());
        assertTrue(records.get(0).sendable());
        assertEquals("fine", records.get(0).json().get("text").asText());

        SourceRecord cut = records.get(1);
        assertFalse(cut.sendable());
        assertTrue(cut.problem().startsWith("malformed_json: "), cut.problem());
        assertEquals("{\"product\":\"aurora\",\"text\":\"cut off", cut.original());
        assertEquals("malformed_json: the line is a JSON array, not an object {...}", records.get(2).problem());
        assertTrue(records.get(3).problem().startsWith("malformed_json: "), "trailing tokens are not one object");
        assertEquals("{ \"text\" : \"spaced\" }", records.get(4).original());
        assertEquals("spaced", records.get(4).json().get("text").asText());
    }

    @Test
    void lineNumbersFollowCrLfAndLoneCrAndAByteOrderMarkIsSkipped() throws Exception {
        byte[] text = "\uFEFF{\"text\":\"a\"}\r\n\r\n{\"text\":\"b\"}\r{\"text\":\"c\"}".getBytes(StandardCharsets.UTF_8);
        List<SourceRecord> records = drain(new JsonLinesRecordSource(new ByteArrayInputStream(text),
                ColumnMapping.forJsonLines(options())));
        assertEquals(List.of(1L, 3L, 4L), records.stream().map(SourceRecord::line).toList());
        assertEquals(List.of("a", "b", "c"), records.stream().map(r -> r.json().get("text").asText()).toList());
    }

    @Test
    void mapRenamesKeysAndDefaultsFillMissingProductAndChannel() throws Exception {
        List<SourceRecord> records = read("""
                {"body":"Crashes","stars":2,"channel":"survey"}
                {"body":"Slow","product":"other","channel":null}
                """, options("--map", "body=text", "--map", "stars=rating", "--product", "aurora", "--channel", "in_app"));
        assertEquals("{\"channel\":\"survey\",\"text\":\"Crashes\",\"rating\":2,\"product\":\"aurora\"}",
                records.get(0).json().toString());
        assertEquals("{\"product\":\"other\",\"channel\":\"in_app\",\"text\":\"Slow\"}", records.get(1).json().toString());
    }

    @Test
    void unknownKeysAreLeftForThePlatformToName() throws Exception {
        // JSON Lines are the API's own format: a misspelt key is the platform's "unknown_field" reject,
        // not silently turned into an attribute.
        SourceRecord record = read("{\"txt\":\"typo\"}\n", options()).get(0);
        assertTrue(record.sendable());
        assertEquals("typo", record.json().get("txt").asText());
    }

    private static ImportOptions options(String... args) throws ImportOptions.UsageException {
        return ImportOptions.parse(Stream.concat(Stream.of("feedback.jsonl"), Stream.of(args)).toList(), Map.of());
    }

    private static List<SourceRecord> read(String text) throws Exception {
        return read(text, options());
    }

    private static List<SourceRecord> read(String text, ImportOptions options) throws Exception {
        return drain(new JsonLinesRecordSource(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                ColumnMapping.forJsonLines(options)));
    }

    private static List<SourceRecord> drain(RecordSource source) throws IOException {
        List<SourceRecord> records = new ArrayList<>();
        for (SourceRecord r = source.next(); r != null; r = source.next()) {
            records.add(r);
        }
        assertNull(source.next());
        return records;
    }
}
