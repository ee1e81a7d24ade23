package io.voc.query.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A HiveQL saved query reads the two tables and nothing else, and runs on the runner's view of them: what it may
 * read is checked when it is saved, and the scope is put in front of it when it runs.
 */
class HiveQlTest {

    @Test
    void queriesOverTheTwoTablesAreAccepted() {
        for (String ok : List.of(
                "SELECT dt, count(*) FROM feedback WHERE product = {{product}} GROUP BY dt",
                "select a, count(*) from feedback f lateral view explode(f.negative_aspects) x as a group by a",
                "SELECT p.membership, count(*) FROM feedback f JOIN user_profile p ON f.user_id = p.user_id GROUP BY p.membership;",
                "SELECT * FROM feedback f, user_profile p WHERE f.user_id = p.user_id",
                "WITH recent AS (SELECT * FROM feedback WHERE dt >= '2026-11-01') SELECT count(*) FROM recent",
                "SELECT n FROM (SELECT count(*) AS n, product FROM feedback GROUP BY product) t",
                "SELECT extract(day FROM created_at), text FROM feedback WHERE text LIKE '%; drop table x%' -- a comment; here")) {
            HiveQl.of(ok);
        }
    }

    @Test
    void otherTablesSecondStatementsAndChangesAreRefused() {
        assertRefused("SELECT * FROM voc.feedback", "reads only the tables");
        assertRefused("SELECT * FROM feedback f, secrets.users u", "reads only the tables");
        assertRefused("SELECT * FROM feedback f JOIN `other`.`t` o ON f.id = o.id", "reads only the tables");
        assertRefused("SELECT 1 FROM feedback; DROP TABLE feedback", "one statement");
        assertRefused("INSERT INTO feedback SELECT * FROM feedback", "starts with 'insert'");
        assertRefused("WITH x AS (SELECT 1) INSERT OVERWRITE TABLE feedback SELECT * FROM x", "only reads");
        assertRefused("SET hive.exec.dynamic.partition=true", "starts with 'set'");
        assertRefused("  ", "empty");
    }

    @Test
    void theRunnersScopeIsPutInFrontAndParametersGoInAsLiterals() {
        HiveQl query = HiveQl.of("SELECT dt, count(*) FROM feedback WHERE product = {{product}} GROUP BY dt;");
        assertEquals(Set.of("product"), query.parameters());
        String sql = query.scopedTo("voc", Set.of("b", "a"), Map.of("product", "a' OR '1'='1"),
                v -> "'" + v.replace("'", "\\'") + "'");
        assertEquals("WITH feedback AS (SELECT * FROM voc.feedback WHERE product IN ('a', 'b')), user_profile AS "
                + "(SELECT * FROM voc.user_profile)\nSELECT dt, count(*) FROM feedback WHERE product = "
                + "'a\\' OR \\'1\\'=\\'1' GROUP BY dt", sql);

        String withOwn = HiveQl.of("WITH r AS (SELECT * FROM feedback) SELECT count(*) FROM r")
                .scopedTo("voc", null, Map.of(), v -> v);
        assertTrue(withOwn.startsWith("WITH feedback AS (SELECT * FROM voc.feedback), user_profile AS "
                + "(SELECT * FROM voc.user_profile), r AS (SELECT * FROM feedback)"), withOwn);
        assertTrue(HiveQl.of("SELECT count(*) FROM feedback").scopedTo("voc", Set.of(), Map.of(), v -> v)
                .contains("WHERE false"), "no products: nothing");
    }

    private static void assertRefused(String hiveql, String reason) {
        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class, () -> HiveQl.of(hiveql), hiveql);
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
