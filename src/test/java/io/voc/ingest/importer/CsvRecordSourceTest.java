package io.voc.ingest.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** CSV files become bulk API records: columns to fields, the rest to attributes, with the file's line numbers. */
class CsvRecordSourceTest {

    @Test
    void columnsNamedLikeFieldsMapByThemselvesInAnyCaseOrSnakeCase() throws Exception {
        List<SourceRecord> records = read("""
                Product,CHANNEL,source_id,text,rating,locale,Region,app_version,platform,user_id,created_at,App-Version2
                aurora,google_play,gp-1,Crashes on start,2,en-US,us,5.3.0,android,u-7,2026-11-20T10:15:00Z,x
                """);
        ObjectNode json = records.get(0).json();
        assertEquals("aurora", json.get("product").asText());
        assertEquals("google_play", json.get("channel").asText());
        assertEquals("gp-1", json.get("sourceId").asText());
        assertEquals("Crashes on start", json.get("text").asText());
        assertTrue(json.get("rating").isInt());
        assertEquals(2, json.get("rating").asInt());
        assertEquals("en-US", json.get("locale").asText());
        assertEquals("us", json.get("region").asText());
        assertEquals("5.3.0", json.get("appVersion").asText());
        assertEquals("android", json.get("platform").asText());
        assertEquals("u-7", json.get("userId").asText());
        assertEquals("2026-11-20T10:15:00Z", json.get("createdAt").asText());
        // not a field name: an attribute, under its header
        assertEquals("x", json.get("attributes").get("App-Version2").asText());
        assertEquals(12, json.size());
    }

    @Test
    void mapOverridesNamesAndAnExplicitMappingWinsOverAColumnCalledLikeTheField() throws Exception {
        ImportOptions options = options("--map", "Review Text=text", "--map", "stars=rating", "--map", "ID=sourceId");
        CsvRecordSource source = source("""
                id,Review Text,stars,text,channel
                r-1,"Love it, really",5,internal note,app_store
                """, options);
        SourceRecord record = next(source);
        ObjectNode json = record.json();
        assertEquals("Love it, really", json.get("text").asText());
        assertEquals(5, json.get("rating").asInt());
        assertEquals("r-1", json.get("sourceId").asText(), "--map matches a column ignoring case when unique");
        // the column literally called "text" lost to --map and became an ordinary attribute
        assertEquals("internal note", json.get("attributes").get("text").asText());
        assertEquals(List.of("column 'text' is not used as text: --map takes text from 'Review Text'"),
                source.mapping().notes());
        assertEquals("id -> sourceId, Review Text -> text, stars -> rating, text -> attributes.text, channel -> channel",
                source.mapping().describe());
    }

    @Test
    void otherColumnsBecomeAttributesWithNamesThePlatformTakes() throws Exception {
        String longName = "a".repeat(70);
        List<SourceRecord> records = read("text,Device Model,OS / Version,评分,os_version," + longName + ",empty\n"
                + "hello,Pixel 8,Android 15,好,dup," + "v" + ",\n");
        ObjectNode attributes = (ObjectNode) records.get(0).json().get("attributes");
        assertEquals("Pixel 8", attributes.get("Device_Model").asText());
        assertEquals("Android 15", attributes.get("OS_Version").asText());
        assertEquals("好", attributes.get("column_4").asText(), "nothing usable in the name: named by position");
        assertEquals("dup", attributes.get("os_version").asText());
        assertEquals("v", attributes.get("a".repeat(64)).asText(), "cut to 64 characters");
        assertFalse(attributes.has("empty"), "empty cells are left out");
        assertEquals(5, attributes.size());

        List<SourceRecord> without = read("text,Device Model\nhello,Pixel 8\n", options("--no-attributes"));
        assertFalse(without.get(0).json().has("attributes"));
        assertEquals("hello", without.get(0).json().get("text").asText());
    }

    @Test
    void attributeNamesThatCollideAfterCleaningStayApart() throws Exception {
        ObjectNode attributes = (ObjectNode) read("text,a b,a/b\nx,1,2\n").get(0).json().get("attributes");
        assertEquals(Map.of("a_b", "1", "a_b_3", "2"),
                Map.of("a_b", attributes.get("a_b").asText(), "a_b_3", attributes.get("a_b_3").asText()));
    }

    @Test
    void emptyCellsAreLeftOutAndDefaultsFillOnlyWhatIsMissing() throws Exception {
        List<SourceRecord> records = read("""
                product,channel,text,rating,locale
                ,,no product or channel,,
                other,in_app,has both,  ,
                """, options("--product", "Aurora", "--channel", "google-play"));
        ObjectNode first = records.get(0).json();
        assertEquals("aurora", first.get("product").asText(), "--product is checked and normalised like the API does");
        assertEquals("google_play", first.get("channel").asText());
        assertFalse(first.has("rating"));
        assertFalse(first.has("locale"));
        ObjectNode second = records.get(1).json();
        assertEquals("other", second.get("product").asText());
        assertEquals("in_app", second.get("channel").asText());
        assertFalse(second.has("rating"), "a blank cell counts as empty");
    }

    @Test
    void ratingIsANumberOnlyWhenItIsAnInteger() throws Exception {
        List<SourceRecord> records = read("text,rating\na, 4 \nb,4.0\nc,five\nd,-1\ne,99999999999\n");
        assertTrue(records.get(0).json().get("rating").isInt());
        assertEquals(4, records.get(0).json().get("rating").asInt());
        // the platform refuses these with its own reason, which ends up in the rejects file
        assertEquals("4.0", records.get(1).json().get("rating").textValue());
        assertEquals("five", records.get(2).json().get("rating").textValue());
        assertEquals(-1, records.get(3).json().get("rating").intValue());
        assertEquals("99999999999", records.get(4).json().get("rating").textValue());
    }

    @Test
    void aRecordsLineIsWhereItStartsEvenAfterMultiLineFieldsAndBlankLines() throws Exception {
        for (String eol : List.of("\n", "\r\n", "\r")) {
            String csv = String.join(eol, "source_id,text", // 1
                    "a,\"first line", //                       2
                    "second line\"", //                        3
                    "b,plain", //                              4
                    "", //                                     5 blank: skipped
                    "c,\"x", //                                6
                    "", //                                     7 (inside the quotes)
                    "\"\"y\"\"\"", //                          8
                    "d,last") + eol; //                        9
            List<SourceRecord> records = read(csv);
            assertEquals(List.of(2L, 4L, 6L, 9L), records.stream().map(SourceRecord::line).toList(), "eol " + eol.length());
            assertEquals("first line" + eol + "second line", records.get(0).json().get("text").asText());
            assertEquals("x" + eol + eol + "\"y\"", records.get(2).json().get("text").asText());
            // the original text, exactly as in the file, without the line break that ends it
            assertEquals("a,\"first line" + eol + "second line\"", records.get(0).original());
            assertEquals("c,\"x" + eol + eol + "\"\"y\"\"\"", records.get(2).original());
            assertEquals("d,last", records.get(3).original());
        }
    }

    @Test
    void theLastRecordNeedsNoLineBreak() throws Exception {
        List<SourceRecord> records = read("text\none\n\"two\nlines\"");
        assertEquals(List.of(2L, 3L), records.stream().map(SourceRecord::line).toList());
        assertEquals("\"two\nlines\"", records.get(1).original());
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnsName() throws Exception {
        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
        byte[] csv = "text,channel\nhello,survey\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + csv.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(csv, 0, file, bom.length, csv.length);
        CsvRecordSource source = new CsvRecordSource(new ByteArrayInputStream(file));
        assertEquals(List.of("text", "channel"), source.header());
        source.useMapping(ColumnMapping.forCsvHeader(source.header(), options()));
        SourceRecord record = next(source);
        assertEquals("hello", record.json().get("text").asText());
        assertEquals(2, record.line());
        assertEquals(file.length, source.bytesRead());
    }

    @Test
    void recordsWithMoreOrFewerCellsThanColumnsAreRejectedNotGuessed() throws Exception {
        List<SourceRecord> records = read("text,rating\nfine,5\nBad, really bad,1\nalone\n");
        assertTrue(records.get(0).sendable());
        SourceRecord more = records.get(1);
        assertFalse(more.sendable());
        assertEquals(3, more.line());
        assertEquals("csv_columns: the record has 3 cells but the header has 2 columns (an unquoted comma or line break?)",
                more.problem());
        assertEquals("Bad, really bad,1", more.original());
        assertEquals(4, records.get(2).line());
        assertTrue(records.get(2).problem().startsWith("csv_columns: the record has 1 cells"));
    }

    @Test
    void aColumnMappedToAttributesMustHoldAJsonObject() throws Exception {
        List<SourceRecord> records = read("text,attributes,device\n"
                + "a,\"{\"\"os\"\":\"\"ios\"\"}\",iPhone\n"
                + "b,not json,x\n");
        ObjectNode attributes = (ObjectNode) records.get(0).json().get("attributes");
        assertEquals("ios", attributes.get("os").asText());
        assertEquals("iPhone", attributes.get("device").asText());
        assertEquals("attributes", records.get(1).field());
        assertTrue(records.get(1).problem().startsWith("invalid_field: column 'attributes' maps to attributes"));
    }

    @Test
    void brokenQuotingStopsWithTheLineAfterHandingOutTheRecordsBeforeIt() throws Exception {
        CsvRecordSource source = source("text,rating\nok,1\n\"broken\"x,2\nnever,3\n", options());
        assertEquals("ok", next(source).json().get("text").asText());
        IOException e = assertThrows(IOException.class, source::next);
        assertTrue(e.getMessage().startsWith("invalid CSV at line 3: "), e.getMessage());
    }

    @Test
    void bytesThatAreNotUtf8StopTheImportWithTheLine() throws Exception {
        byte[] latin1 = "text\nfine\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        CsvRecordSource source = new CsvRecordSource(new ByteArrayInputStream(latin1));
        source.useMapping(ColumnMapping.forCsvHeader(source.header(), options()));
        IOException e = assertThrows(IOException.class, () -> drain(source));
        assertTrue(e.getMessage().startsWith("line 3: the file is not UTF-8 text"), e.getMessage());
    }

    @Test
    void aFileWithoutHeaderRowIsRefused() {
        IOException e = assertThrows(IOException.class, () -> new CsvRecordSource(new ByteArrayInputStream(new byte[0])));
        assertTrue(e.getMessage().contains("header row"), e.getMessage());
    }

    @Test
    void mappingMistakesAreUsageErrors() throws Exception {
        CsvRecordSource source = new CsvRecordSource(bytes("Review Text,stars\nx,1\n"));
        ImportOptions.UsageException missing = assertThrows(ImportOptions.UsageException.class,
                () -> ColumnMapping.forCsvHeader(source.header(), options("--map", "Review=text")));
        assertEquals("--map names column 'Review', which the header does not have; columns: Review Text, stars",
                missing.getMessage());

        CsvRecordSource twice = new CsvRecordSource(bytes("source_id,sourceId,text\n1,2,x\n"));
        ImportOptions.UsageException ambiguous = assertThrows(ImportOptions.UsageException.class,
                () -> ColumnMapping.forCsvHeader(twice.header(), options()));
        assertTrue(ambiguous.getMessage().startsWith("columns 'source_id' and 'sourceId' both name the field sourceId"),
                ambiguous.getMessage());
        // ... and --map settles it
        ColumnMapping settled = ColumnMapping.forCsvHeader(twice.header(), options("--map", "sourceId=sourceId"));
        assertEquals("source_id -> attributes.source_id, sourceId -> sourceId, text -> text", settled.describe());
    }

    static ImportOptions options(String... args) throws ImportOptions.UsageException {
        return ImportOptions.parse(Stream.concat(Stream.of("feedback.csv"), Stream.of(args)).toList(), Map.of());
    }

    private static List<SourceRecord> read(String csv) throws Exception {
        return read(csv, options());
    }

    private static List<SourceRecord> read(String csv, ImportOptions options) throws Exception {
        return drain(source(csv, options));
    }

    private static CsvRecordSource source(String csv, ImportOptions options) throws Exception {
        CsvRecordSource source = new CsvRecordSource(bytes(csv));
        source.useMapping(ColumnMapping.forCsvHeader(source.header(), options));
        return source;
    }

    private static List<SourceRecord> drain(RecordSource source) throws IOException {
        List<SourceRecord> records = new ArrayList<>();
        for (SourceRecord r = source.next(); r != null; r = source.next()) {
            records.add(r);
        }
        assertNull(source.next(), "the end stays the end");
        return records;
    }

    private static SourceRecord next(RecordSource source) throws IOException {
        SourceRecord record = source.next();
        assertTrue(record != null);
        return record;
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
