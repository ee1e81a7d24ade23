package io.voc.warehouse.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a user wrote cannot end a HiveQL literal early or be rewritten by HiveServer2 on its way in (the round
 * trip through a real server: WarehouseExportTest).
 */
class HiveLiteralsTest {

    @Test
    void quotesBackslashesDollarsAndControlCharactersAreEscaped() {
        assertEquals("'it\\'s \\\\o/'", HiveLiterals.string("it's \\o/"));
        assertEquals("'\\u0024{env:HOME}'", HiveLiterals.string("${env:HOME}"));
        assertEquals("'a\\u000ab\\u0009c\\u0000'", HiveLiterals.string("a\nb\tc\0"));
        assertEquals("'中文 😀 \"q\" -- ;'", HiveLiterals.string("中文 😀 \"q\" -- ;"));
    }

    @Test
    void nullsCarryTheirTypeSoEveryRowOfValuesHasTheSameTypes() {
        assertEquals("cast(null as string)", HiveLiterals.string(null));
        assertEquals("cast(null as int)", HiveLiterals.integer(null));
        assertEquals("cast(null as double)", HiveLiterals.decimal(null));
        assertEquals("cast(null as timestamp)", HiveLiterals.timestamp(null));
    }

    @Test
    void valuesAreWrittenAsHiveReadsThem() {
        assertEquals("cast('2026-11-01 10:00:00.123' as timestamp)",
                HiveLiterals.timestamp(Instant.parse("2026-11-01T10:00:00.123Z")));
        assertEquals("-0.000010D", HiveLiterals.decimal(-0.00001), "no exponent Hive might not read");
        assertEquals("array('a', 'b\\'c')", HiveLiterals.strings(List.of("a", "b'c")));
        assertEquals("array()", HiveLiterals.strings(List.of()));
        assertEquals("map('a', '1', 'b', '2')", HiveLiterals.map(Map.of("b", "2", "a", "1")));
        // the quote is escaped: the literal does not end before the last quote
        assertEquals("'x\\'); DROP TABLE feedback; --'", HiveLiterals.string("x'); DROP TABLE feedback; --"));
    }
}
