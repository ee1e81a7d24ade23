package io.voc.warehouse.infrastructure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Values written as HiveQL literals. Hive JDBC has no batches and no server-side parameters, so rows travel as
 * literals; the text of users must arrive unchanged and can never end a literal early. Besides quotes and
 * backslashes, {@code $} is escaped (HiveServer2 substitutes {@code ${env:...}} in statements before parsing them),
 * and control characters are written as unicode escapes. Nulls carry their type: Hive types a row of
 * {@code VALUES} from its literals, and an untyped null differs from every column type. The parameters of HiveQL
 * saved queries are written the same way.
 */
public final class HiveLiterals {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    private HiveLiterals() {
    }

    public static String string(String value) {
        if (value == null) {
            return "cast(null as string)";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '$' -> out.append("\\u0024");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('\'').toString();
    }

    /** A UTC timestamp (Hive's timestamps have no zone: the warehouse's are UTC throughout). */
    static String timestamp(Instant value) {
        return value == null ? "cast(null as timestamp)" : "cast('" + TIMESTAMP.format(value) + "' as timestamp)";
    }

    static String integer(Integer value) {
        return value == null ? "cast(null as int)" : value.toString();
    }

    static String decimal(Double value) {
        return value == null ? "cast(null as double)" : BigDecimal.valueOf(value).toPlainString() + "D";
    }

    static String strings(Collection<String> values) {
        return values.stream().map(HiveLiterals::string).collect(Collectors.joining(", ", "array(", ")"));
    }

    static String map(Map<String, String> values) {
        return values.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> string(e.getKey()) + ", " + string(e.getValue()))
                .collect(Collectors.joining(", ", "map(", ")"));
    }
}
