package io.voc.ingest.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what a file holds into the JSON object the bulk API takes (the shape of
 * {@link io.voc.ingest.application.FeedbackSubmission}). For CSV, each column is decided once, from the
 * header: a field, an attribute, or dropped. For JSON Lines, {@code --map} renames keys. Both get the
 * {@code --product}/{@code --channel} defaults.
 */
final class ColumnMapping {
    /** The fields a file may give; schemaVersion and receivedAt are the platform's to set. */
    static final List<String> FIELDS = List.of("product", "channel", "sourceId", "text", "rating", "locale", "region",
            "appVersion", "platform", "userId", "createdAt", "attributes");

    static final int MAX_ATTRIBUTE_KEY = 64;
    private static final Pattern NOT_KEY = Pattern.compile("[^A-Za-z0-9_.-]+");
    // Only plain integers become numbers: "4.0" or "five" stay strings, and the platform says why it refuses them.
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,9}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one CSV column becomes: {@code field} or {@code attribute} is set, or neither (dropped). */
    record Column(int index, String header, String field, String attribute) {
        String describe() {
            String name = header.isEmpty() ? "(column " + (index + 1) + ")" : header;
            return name + " -> " + (field != null ? field : attribute != null ? "attributes." + attribute : "dropped");
        }
    }

    /** A cell that cannot become what its column maps to; the record is rejected with this reason. */
    static class BadValue extends Exception {
        final String field;

        BadValue(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    private final List<Column> columns;
    private final Map<String, String> keyRenames;
    private final String product;
    private final String channel;
    private final List<String> notes;

    private ColumnMapping(List<Column> columns, Map<String, String> keyRenames, String product, String channel,
            List<String> notes) {
        this.columns = columns;
        this.keyRenames = keyRenames;
        this.product = product;
        this.channel = channel;
        this.notes = notes;
    }

    /**
     * The field a header or a {@code --map} target names, if any: any case, and words may be joined by
     * '_', '-' or ' ' ("source_id", "App Version" and "USERID" all name fields).
     */
    static Optional<String> field(String name) {
        String key = name.strip().replaceAll("[_\\- ]", "").toLowerCase(Locale.ROOT);
        return FIELDS.stream().filter(f -> f.toLowerCase(Locale.ROOT).equals(key)).findFirst();
    }

    /** JSON Lines: keys are sent as they are, except those {@code --map} renames. */
    static ColumnMapping forJsonLines(ImportOptions options) {
        return new ColumnMapping(List.of(), options.mappings(), options.product(), options.channel(), List.of());
    }

    /**
     * CSV: decides every column from the header.
     *
     * @throws ImportOptions.UsageException when {@code --map} names a column the header lacks, or two columns
     *         claim one field
     */
    static ColumnMapping forCsvHeader(List<String> header, ImportOptions options) throws ImportOptions.UsageException {
        List<String> notes = new ArrayList<>();
        Map<Integer, String> fieldOf = new HashMap<>();
        Map<String, Integer> columnOf = new HashMap<>();
        for (Map.Entry<String, String> mapping : options.mappings().entrySet()) {
            int index = find(header, mapping.getKey());
            fieldOf.put(index, mapping.getValue());
            columnOf.put(mapping.getValue(), index);
        }
        Set<Integer> explicit = new HashSet<>(fieldOf.keySet());
        for (int i = 0; i < header.size(); i++) {
            Optional<String> byName = field(header.get(i));
            if (explicit.contains(i) || byName.isEmpty()) {
                continue;
            }
            Integer other = columnOf.putIfAbsent(byName.get(), i);
            if (other == null) {
                fieldOf.put(i, byName.get());
            } else if (explicit.contains(other)) {
                // An explicit --map wins over a column that merely has the field's name; that column
                // is then treated like any other unmapped one.
                notes.add("column '" + header.get(i) + "' is not used as " + byName.get() + ": --map takes "
                        + byName.get() + " from '" + header.get(other) + "'");
            } else {
                throw new ImportOptions.UsageException("columns '" + header.get(other) + "' and '" + header.get(i)
                        + "' both name the field " + byName.get() + "; choose one with --map \"COLUMN="
                        + byName.get() + "\"");
            }
        }
        List<Column> columns = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (fieldOf.containsKey(i)) {
                columns.add(new Column(i, name, fieldOf.get(i), null));
            } else if (name.isBlank()) {
                notes.add("column " + (i + 1) + " has no name in the header; its cells are dropped");
                columns.add(new Column(i, name, null, null));
            } else if (!options.attributes()) {
                columns.add(new Column(i, name, null, null));
            } else {
                columns.add(new Column(i, name, null, uniqueKey(attributeKey(name, i), keys, i)));
            }
        }
        return new ColumnMapping(columns, Map.of(), options.product(), options.channel(), notes);
    }

    /** The column {@code --map} names: exactly, or else ignoring case and surrounding spaces if that is unique. */
    private static int find(List<String> header, String column) throws ImportOptions.UsageException {
        int exact = header.indexOf(column);
        if (exact >= 0) {
            return exact;
        }
        int found = -1;
        for (int i = 0; i < header.size(); i++) {
            if (matches(header.get(i), column)) {
                if (found >= 0) {
                    throw new ImportOptions.UsageException("--map '" + column + "' matches several columns; spell it"
                            + " exactly as in the header");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new ImportOptions.UsageException("--map names column '" + column
                    + "', which the header does not have; columns: " + String.join(", ", header));
        }
        return found;
    }

    private static boolean matches(String header, String column) {
        return header.strip().equalsIgnoreCase(column.strip());
    }

    /** The platform takes attribute names of 1-64 characters of A-Za-z0-9_.- ("Device Model" -> "Device_Model"). */
    static String attributeKey(String header, int index) {
        String key = NOT_KEY.matcher(header.strip()).replaceAll("_").replaceAll("^_+|_+$", "");
        if (key.length() > MAX_ATTRIBUTE_KEY) {
            key = key.substring(0, MAX_ATTRIBUTE_KEY);
        }
        return key.isEmpty() ? "column_" + (index + 1) : key;
    }

    private static String uniqueKey(String key, Set<String> taken, int index) {
        String unique = key;
        if (taken.contains(unique)) {
            String suffix = "_" + (index + 1);
            unique = key.substring(0, Math.min(key.length(), MAX_ATTRIBUTE_KEY - suffix.length())) + suffix;
        }
        taken.add(unique);
        return unique;
    }

    /** The CSV record as the bulk API's JSON: empty cells are left out, so the platform's defaults apply. */
    ObjectNode fromCells(List<String> cells) throws BadValue {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Column column : columns) {
            String cell = column.index() < cells.size() ? cells.get(column.index()) : "";
            if (cell.isBlank()) {
                continue;
            }
            if (column.attribute() != null) {
                attributes.put(column.attribute(), cell);
            } else if ("rating".equals(column.field())) {
                String rating = cell.strip();
                if (INTEGER.matcher(rating).matches()) {
                    json.put("rating", Integer.parseInt(rating));
                } else {
                    json.put("rating", cell);
                }
            } else if ("attributes".equals(column.field())) {
                attributes.putAll(attributesCell(column, cell));
            } else if (column.field() != null) {
                json.put(column.field(), cell);
            }
        }
        if (!attributes.isEmpty()) {
            ObjectNode node = json.putObject("attributes");
            attributes.forEach(node::put);
        }
        return withDefaults(json);
    }

    /** A column holding a whole attributes object, as an export of the platform's own JSON has it. */
    private static Map<String, String> attributesCell(Column column, String cell) throws BadValue {
        try {
            JsonNode node = JSON.readTree(cell);
            if (node instanceof ObjectNode object) {
                Map<String, String> values = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    values.put(entry.getKey(), entry.getValue().isValueNode() ? entry.getValue().asText()
                            : entry.getValue().toString());
                }
                return values;
            }
        } catch (JsonProcessingException e) {
            // reported below
        }
        throw new BadValue("attributes", "column '" + column.header()
                + "' maps to attributes and must hold a JSON object such as {\"device\":\"Pixel 8\"}");
    }

    /** JSON Lines: the record with {@code --map} applied; a mapped key replaces a key already named like its field. */
    ObjectNode fromJson(ObjectNode record) {
        if (!keyRenames.isEmpty()) {
            for (Map.Entry<String, String> rename : keyRenames.entrySet()) {
                JsonNode value = record.remove(rename.getKey());
                if (value != null) {
                    record.set(rename.getValue(), value);
                }
            }
        }
        return withDefaults(record);
    }

    /** {@code --product} and {@code --channel} fill in for records that lack them; they never override. */
    private ObjectNode withDefaults(ObjectNode json) {
        if (product != null && lacks(json, "product")) {
            json.put("product", product);
        }
        if (channel != null && lacks(json, "channel")) {
            json.put("channel", channel);
        }
        return json;
    }

    private static boolean lacks(ObjectNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() || value.isTextual() && value.asText().isBlank();
    }

    List<Column> columns() {
        return columns;
    }

    /** Things worth telling the user before the import starts (columns dropped or not used as their name says). */
    List<String> notes() {
        return notes;
    }

    /** "Review Text -> text, stars -> rating, Device -> attributes.Device": shown once, so a wrong guess shows. */
    String describe() {
        return columns.stream().map(Column::describe).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
