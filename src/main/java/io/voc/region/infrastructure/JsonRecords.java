package io.voc.region.infrastructure;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a record's JSON object into plain maps and lists (field order kept) and writes one back, on Jackson's
 * streaming parser and generator. The values are those of Jackson's untyped binding (String, Integer, Long,
 * BigInteger, Double, Boolean, null, {@code Map}, {@code List}), but without its per-value serializer lookups:
 * the bridge does this for every record it carries, and data binding took half of its time.
 */
final class JsonRecords {
    private final JsonFactory factory;

    JsonRecords(JsonFactory factory) {
        this.factory = factory;
    }

    /**
     * A JSON object as read: its fields, and where each top-level field ({@code "name": value}) sits in the
     * bytes it came from, so that a field nothing changed is written back as it came.
     */
    record ReadObject(Map<String, Object> fields, byte[] source, List<Field> top) {
        /** Where the top-level field of this name is in {@link #top()}; -1 when none (or the name came twice). */
        int indexOf(String name, int guess) {
            if (top.size() != fields.size()) {
                return -1;
            }
            if (guess < top.size() && top.get(guess).name().equals(name)) {
                return guess;
            }
            for (int i = 0; i < top.size(); i++) {
                if (top.get(i).name().equals(name)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** A top-level field as read, and where it is in the source: from its name's opening quote to its value's end. */
    record Field(String name, Object value, int start, int end) {
    }

    /** The JSON object in these bytes; null for a JSON null; a parse error for anything else. */
    ReadObject read(byte[] json) throws IOException {
        try (JsonParser parser = factory.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.VALUE_NULL) {
                return null;
            }
            if (first != JsonToken.START_OBJECT) {
                throw new JsonParseException(parser, first == null ? "no JSON value at all"
                        : "a JSON " + describe(first) + ", not an object");
            }
            Map<String, Object> object = new LinkedHashMap<>(32);
            List<Field> top = new ArrayList<>(16);
            String name = parser.nextFieldName();
            int start = name == null ? 0 : nameStart(json, tokenStart(parser));
            while (name != null) {
                Object value = readValue(parser, parser.nextToken());
                object.put(name, value);
                String next = parser.nextFieldName();
                // the value ends before the next field's name (or the closing brace) and the comma
                int nextStart = next == null ? tokenStart(parser) : nameStart(json, tokenStart(parser));
                top.add(new Field(name, value, start, valueEnd(json, nextStart)));
                name = next;
                start = nextStart;
            }
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new JsonParseException(parser, "more after the object (" + describe(trailing) + ")");
            }
            return new ReadObject(object, json, top);
        }
    }

    /**
     * Where the parser's latest token starts: after {@code nextFieldName()}, the field's value (Jackson has
     * looked ahead to it); after the last field, the closing brace. Read from the parser's own count rather than
     * its location objects, two of which per field cost more than the rest of reading the field.
     */
    private static int tokenStart(JsonParser parser) {
        return (int) ((ParserBase) parser).getTokenCharacterOffset() - 1;
    }

    /** The opening quote of the name of the field whose value starts at valueStart: back over ':' and the name. */
    private static int nameStart(byte[] json, int valueStart) {
        int i = valueStart - 1;
        while (isSpace(json[i])) {
            i--;
        }
        i--; // the colon
        while (isSpace(json[i])) {
            i--;
        }
        i--; // the name's closing quote
        while (json[i] != '"' || isEscaped(json, i)) {
            i--;
        }
        return i;
    }

    /** Whether the character at i follows an odd number of backslashes. */
    private static boolean isEscaped(byte[] json, int i) {
        int backslashes = 0;
        while (i - 1 - backslashes >= 0 && json[i - 1 - backslashes] == '\\') {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** The end of a value whose next token (a field name after a comma, or the closing brace) starts at next. */
    private static int valueEnd(byte[] json, int next) {
        int end = next;
        while (end > 0 && isSpace(json[end - 1])) {
            end--;
        }
        if (end > 0 && json[end - 1] == ',') {
            end--;
        }
        while (end > 0 && isSpace(json[end - 1])) {
            end--;
        }
        return end;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    /**
     * The object as JSON, each top-level field the original has with an equal value copied from its bytes as it
     * came (most of a cleaned record: only what a transform changed is written anew). Fields that follow each
     * other in both are copied in one piece, and an object that only gained fields at its end (attributes a
     * transform stamped) is copied with the new fields written after it.
     */
    byte[] write(Map<String, ?> object, ReadObject original) {
        try (Output out = new Output(original.source())) {
            out.punctuation('{');
            int runFrom = -1;
            int runTo = -1;
            int runLast = -2;
            boolean first = true;
            int i = 0;
            for (Map.Entry<String, ?> field : object.entrySet()) {
                int at = original.indexOf(field.getKey(), i++);
                Field read = at < 0 ? null : original.top().get(at);
                if (read != null && Objects.equals(field.getValue(), read.value())) {
                    if (at != runLast + 1) {
                        first = copyRun(out, runFrom, runTo, first);
                        runFrom = read.start();
                    }
                    // the bytes between two fields that follow each other are their comma (and spaces)
                    runTo = read.end();
                    runLast = at;
                    continue;
                }
                first = copyRun(out, runFrom, runTo, first);
                runFrom = -1;
                runLast = -2;
                if (!first) {
                    out.punctuation(',');
                }
                first = false;
                if (read == null || !writeExtended(out, field.getValue(), read)) {
                    writeField(out, field.getKey(), field.getValue());
                }
            }
            copyRun(out, runFrom, runTo, first);
            out.punctuation('}');
            return out.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the run of unchanged fields read so far, if any; whether the object is still empty after it. */
    private static boolean copyRun(Output out, int from, int to, boolean first) throws IOException {
        if (from < 0) {
            return first;
        }
        if (!first) {
            out.punctuation(',');
        }
        out.copy(from, to);
        return false;
    }

    /**
     * Writes an object that holds everything the read one held, in the same order and equal, and more after it:
     * the read field copied up to its closing brace, then the new fields. False (nothing written) otherwise.
     */
    private static boolean writeExtended(Output out, Object now, Field read) throws IOException {
        if (!(now instanceof Map<?, ?> grown) || !(read.value() instanceof Map<?, ?> was)
                || grown.size() <= was.size()) {
            return false;
        }
        Iterator<? extends Map.Entry<?, ?>> added = grown.entrySet().iterator();
        for (Map.Entry<?, ?> old : was.entrySet()) {
            Map.Entry<?, ?> entry = added.next();
            if (!old.getKey().equals(entry.getKey()) || !Objects.equals(old.getValue(), entry.getValue())) {
                return false;
            }
        }
        out.copy(read.start(), read.end() - 1); // the field as it came, but its object's closing brace
        boolean empty = was.isEmpty();
        while (added.hasNext()) {
            Map.Entry<?, ?> entry = added.next();
            if (!empty) {
                out.punctuation(',');
            }
            empty = false;
            writeField(out, (String) entry.getKey(), entry.getValue());
        }
        out.punctuation('}');
        return true;
    }

    /** {@code "name":value}, written anew. */
    private static void writeField(Output out, String name, Object value) throws IOException {
        out.generator().writeString(name);
        out.punctuation(':');
        writeValue(out.generator(), value);
    }

    /**
     * The bytes being written: copies from the source go straight in, values written anew go through a Jackson
     * generator, made only when one is needed and flushed only before the next copy.
     */
    private final class Output implements AutoCloseable {
        private final byte[] source;
        private final ByteArrayBuilder bytes;
        private JsonGenerator generator;
        private boolean generated;

        Output(byte[] source) {
            this.source = source;
            this.bytes = new ByteArrayBuilder(source.length + 64);
        }

        JsonGenerator generator() throws IOException {
            if (generator == null) {
                generator = factory.createGenerator(bytes);
                // root-level values with nothing between them: the commas and colons are written here
                generator.setRootValueSeparator(null);
            }
            generated = true;
            return generator;
        }

        void punctuation(char c) throws IOException {
            if (generated) {
                generator.writeRaw(c);
            } else {
                bytes.append(c);
            }
        }

        void copy(int from, int to) {
            settle();
            bytes.write(source, from, to - from);
        }

        byte[] bytes() {
            settle();
            return bytes.toByteArray();
        }

        /** The generator's buffered output, in place before anything is copied after it. */
        private void settle() {
            if (generated) {
                try {
                    generator.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                generated = false;
            }
        }

        @Override
        public void close() throws IOException {
            if (generator != null) {
                generator.close();
            }
            bytes.close();
        }
    }

    private static Map<String, Object> readObject(JsonParser parser) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            object.put(name, readValue(parser, parser.nextToken()));
        }
        return object;
    }

    private static Object readValue(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> readObject(parser);
            case START_ARRAY -> readArray(parser);
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new JsonParseException(parser, "unexpected " + describe(token));
        };
    }

    private static List<Object> readArray(JsonParser parser) throws IOException {
        List<Object> array = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            array.add(readValue(parser, token));
        }
        return array;
    }

    private static void writeValue(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String s) {
            generator.writeString(s);
        } else if (value instanceof Map<?, ?> object) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> field : object.entrySet()) {
                generator.writeFieldName((String) field.getKey());
                writeValue(generator, field.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof List<?> array) {
            generator.writeStartArray();
            for (Object element : array) {
                writeValue(generator, element);
            }
            generator.writeEndArray();
        } else if (value instanceof Boolean b) {
            generator.writeBoolean(b);
        } else if (value instanceof Integer i) {
            generator.writeNumber(i);
        } else if (value instanceof Long l) {
            generator.writeNumber(l);
        } else if (value instanceof Double d) {
            generator.writeNumber(d);
        } else if (value instanceof BigInteger big) {
            generator.writeNumber(big);
        } else if (value instanceof BigDecimal decimal) {
            generator.writeNumber(decimal);
        } else if (value instanceof Number number) {
            generator.writeNumber(number.toString());
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case START_OBJECT -> "object";
            default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
        };
    }
}
