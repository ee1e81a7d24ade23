package io.voc.ingest.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;

/**
 * JSON Lines: one feedback object per line, the same JSON as the bulk API takes. A line that is not a
 * JSON object is rejected here, with the parser's reason, and never sent; blank lines are skipped
 * (but counted, so line numbers match the file).
 */
final class JsonLinesRecordSource implements RecordSource {
    private static final ObjectReader READER = new ObjectMapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final RecordSource.Input input;
    private final ColumnMapping mapping;
    private final char[] buffer = new char[16_384];
    private int at;
    private int end;
    private boolean lastWasCr;
    private long line;

    JsonLinesRecordSource(InputStream in, ColumnMapping mapping) {
        this.input = new RecordSource.Input(in, false);
        this.mapping = mapping;
    }

    static JsonLinesRecordSource open(ImportOptions options) throws IOException {
        return new JsonLinesRecordSource(java.nio.file.Files.newInputStream(options.file()),
                ColumnMapping.forJsonLines(options));
    }

    @Override
    public SourceRecord next() throws IOException {
        for (String text = readLine(); text != null; text = readLine()) {
            if (!text.isBlank()) {
                return parse(line, text);
            }
        }
        return null;
    }

    private SourceRecord parse(long number, String text) {
        JsonNode node;
        try {
            node = READER.readTree(text);
        } catch (JsonProcessingException e) {
            return SourceRecord.rejected(number, text, "malformed_json: " + e.getOriginalMessage(), null);
        }
        if (!(node instanceof ObjectNode object)) {
            return SourceRecord.rejected(number, text,
                    "malformed_json: the line is a JSON " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                            + ", not an object {...}",
                    null);
        }
        // Re-serialised when sent: one compact line, whatever whitespace the file used.
        return SourceRecord.of(number, text, mapping.fromJson(object));
    }

    /**
     * The next line without its terminator, or null at the end. LF, CRLF and a lone CR end a line - the
     * same rule as for CSV, so line numbers agree with editors.
     */
    private String readLine() throws IOException {
        StringBuilder text = null;
        while (true) {
            if (at == end) {
                end = input.read(buffer, 0, buffer.length);
                at = 0;
                if (end <= 0) {
                    end = 0;
                    if (text == null) {
                        return null;
                    }
                    line++;
                    return text.toString();
                }
            }
            if (text == null) {
                if (lastWasCr && buffer[at] == '\n') { // the LF of a CRLF whose CR ended the previous line
                    lastWasCr = false;
                    at++;
                    continue;
                }
                text = new StringBuilder();
            }
            int start = at;
            while (at < end && buffer[at] != '\n' && buffer[at] != '\r') {
                at++;
            }
            text.append(buffer, start, at - start);
            if (at < end) {
                lastWasCr = buffer[at] == '\r';
                at++;
                line++;
                return text.toString();
            }
        }
    }

    @Override
    public long bytesRead() {
        return input.bytesRead();
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
