package io.voc.ingest.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: sensible defaults, and a clear message for every mistake. */
class ImportOptionsTest {

    @Test
    void defaultsComeFromTheFileNameAndTheEnvironment() throws Exception {
        ImportOptions o = ImportOptions.parse(List.of("data/reviews.CSV"), Map.of("VOC_HTTP_PORT", "8181"));
        assertEquals(Path.of("data/reviews.CSV"), o.file());
        assertEquals(ImportOptions.Format.CSV, o.format());
        assertEquals(URI.create("http://localhost:8181"), o.url());
        assertEquals(URI.create("http://localhost:8181/api/v1/feedback/bulk"), o.bulkEndpoint());
        assertEquals(Path.of("data/reviews.CSV.rejects.csv"), o.rejects());
        assertTrue(o.attributes());
        assertNull(o.product());
        assertEquals(ImportOptions.Format.JSONL, parse("x.ndjson").format());
        assertEquals(ImportOptions.Format.JSONL, parse("x.jsonl").format());
        assertEquals(URI.create("http://localhost:8080"), parse("x.jsonl").url());
    }

    @Test
    void everyOptionInBothSpellings() throws Exception {
        ImportOptions o = parse("export.txt", "--format=csv", "--map", "Review Text=text", "--map=stars=RATING",
                "--map", "a=b=source_id", "--product", "Aurora-Music", "--channel=app_store", "--url",
                "https://voc.example.com/base/", "--rejects", "out.csv", "--no-attributes");
        assertEquals(ImportOptions.Format.CSV, o.format());
        assertEquals(Map.of("Review Text", "text", "stars", "rating", "a=b", "sourceId"), o.mappings());
        assertEquals("aurora-music", o.product());
        assertEquals("app_store", o.channel());
        assertEquals(URI.create("https://voc.example.com/base/api/v1/feedback/bulk"), o.bulkEndpoint());
        assertEquals(Path.of("out.csv"), o.rejects());
        assertFalse(o.attributes());
    }

    @Test
    void theLastUrlWinsSoAUserUrlOverridesTheLaunchersDefault() throws Exception {
        assertEquals(URI.create("http://other:9000"),
                parse("--url", "http://localhost:8080", "f.csv", "--url", "http://other:9000").url());
    }

    @Test
    void helpWinsOverEverythingElse() throws Exception {
        assertTrue(parse("--bogus", "--help").help());
        assertTrue(parse("-h").help());
    }

    @Test
    void mistakesAreExplained() {
        assertError("FILE is missing");
        assertError("one FILE at a time (got 'a.csv' and 'b.csv')", "a.csv", "b.csv");
        assertError("unknown option '--produt'", "a.csv", "--produt", "x");
        assertError("--product needs a value", "a.csv", "--product");
        assertError("--no-attributes takes no value", "a.csv", "--no-attributes=yes");
        assertError("--format is csv or jsonl (got 'xlsx')", "a.csv", "--format", "xlsx");
        assertError("cannot tell the format of 'a.txt' from its name (.csv, .jsonl, .ndjson); add --format csv or "
                + "--format jsonl", "a.txt");
        assertError("--map takes COLUMN=FIELD, e.g. --map \"Review Text=text\" (got 'text')", "a.csv", "--map", "text");
        assertError("--map Review=txt: 'txt' is not a field; fields: product, channel, sourceId, text, rating, locale, "
                + "region, appVersion, platform, userId, createdAt, attributes", "a.csv", "--map", "Review=txt");
        assertError("--map gives field text twice: from 'a' and from 'b'", "a.csv", "--map", "a=text", "--map",
                "b=text");
        assertError("--map gives column 'a' twice", "a.csv", "--map", "a=text", "--map", "a=rating");
        assertError("--channel: channel 'fax' is unknown; one of app_store, google_play, in_app, support, survey, "
                + "social, other", "a.csv", "--channel", "fax");
        assertError("--product: product must be 1-64 characters of a-z, 0-9 and '-', starting with a letter or digit "
                + "(got 'my app')", "a.csv", "--product", "my app");
        assertError("--url needs http:// or https:// and a host, e.g. http://localhost:8080 (got 'localhost:8080')",
                "a.csv", "--url", "localhost:8080");
        assertError("--rejects must not be the input file itself (it is rewritten)", "a.csv", "--rejects", "./a.csv");
    }

    @Test
    void exitStatusIs2ForBadUsage1ForAMissingFileAnd0ForHelp(@TempDir Path dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);

        assertEquals(2, ImportCommand.run(new String[] { "a.csv", "--format", "xml" }, Map.of(), o, e));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("voc import: --format is csv or jsonl (got 'xml')\n"
                + "Usage: ./voc import FILE [options]"));

        err.reset();
        String missing = dir.resolve("missing.csv").toString();
        assertEquals(1, ImportCommand.run(new String[] { missing }, Map.of(), o, e));
        assertEquals("voc import: " + missing + ": no such file\n", err.toString(StandardCharsets.UTF_8));

        assertEquals(0, ImportCommand.run(new String[] { "--help" }, Map.of(), o, e));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: ./voc import FILE [options]"));
    }

    private static ImportOptions parse(String... args) throws ImportOptions.UsageException {
        return ImportOptions.parse(List.of(args), Map.of());
    }

    private static void assertError(String message, String... args) {
        ImportOptions.UsageException e = assertThrows(ImportOptions.UsageException.class, () -> parse(args));
        assertEquals(message, e.getMessage());
    }
}
