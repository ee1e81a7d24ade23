package io.voc.ingest.demo;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voc.feedback.model.Feedback;
import io.voc.ingest.application.FeedbackSubmission;
import io.voc.ingest.application.SubmitFeedback;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plain unit test: the generator is pure Java and needs no server. */
class DemoFeedbackGeneratorTest {
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 25);
    private static final DemoSpec SPEC = new DemoSpec(DemoSpec.DEFAULT_SEED, LAST_DAY, 60, 6000);
    private static final Pattern USER_ID = Pattern.compile("u-[0-9a-f]{6}");
    private static final Map<String, String> PREFIX = Map.of("app_store", "as-", "google_play", "gp-", "in_app",
            "ia-", "support", "tkt-", "survey", "sv-", "social", "so-");

    private static List<FeedbackSubmission> items;

    @BeforeAll
    static void generate() {
        items = DemoFeedbackGenerator.generate(SPEC);
    }

    @Test
    void theSameSpecGivesTheSameItems() {
        List<FeedbackSubmission> again = DemoFeedbackGenerator.generate(SPEC);
        assertEquals(items, again);
        assertEquals(items.toString(), again.toString());
    }

    @Test
    void anotherSeedGivesOtherItems() {
        List<FeedbackSubmission> other = DemoFeedbackGenerator
                .generate(new DemoSpec(SPEC.seed() + 1, SPEC.lastDay(), SPEC.days(), SPEC.count()));
        assertNotEquals(items, other);
        assertNotEquals(items.get(0).text(), other.get(0).text());
    }

    @Test
    void countAndDateRangeAreRespectedAndItemsAreSortedByTime() {
        assertEquals(SPEC.count(), items.size());
        Instant from = SPEC.firstDay().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant previous = from;
        Set<LocalDate> days = new HashSet<>();
        for (FeedbackSubmission s : items) {
            Instant at = OffsetDateTime.parse(s.createdAt()).toInstant();
            assertTrue(!at.isBefore(from) && at.isBefore(to), "outside the range: " + s.createdAt());
            assertTrue(!at.isBefore(previous), "not sorted at " + s.createdAt());
            previous = at;
            days.add(at.atOffset(ZoneOffset.UTC).toLocalDate());
        }
        assertEquals(SPEC.days(), days.size(), "every day has feedback");
    }

    @Test
    void weekendsAreQuieterThanWeekdays() {
        long weekend = items.stream().filter(s -> isWeekend(s.createdAt())).count();
        long weekday = items.size() - weekend;
        // 2 of 7 days; per day, weekends get clearly less than weekdays
        assertTrue(weekend / 2.0 < 0.85 * (weekday / 5.0), "weekend " + weekend + " vs weekday " + weekday);
    }

    @Test
    void everyItemPassesTheDomainValidation() {
        Instant receivedAt = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (FeedbackSubmission s : items) {
            Feedback f = assertDoesNotThrow(() -> SubmitFeedback.validate(s, receivedAt), () -> "invalid: " + s);
            assertEquals(s.locale(), f.locale(), "locale is a well-formed BCP 47 tag");
            assertEquals(s.region(), f.region());
            assertEquals(s.platform(), f.platform());
            assertEquals(FeedbackSubmission.SCHEMA_VERSION, s.schemaVersion());
            assertTrue(USER_ID.matcher(s.userId()).matches(), s.userId());
            assertTrue(s.sourceId().startsWith(PREFIX.get(s.channel())), s.channel() + " " + s.sourceId());
            Map<String, String> attributes = s.attributes();
            assertNotNull(attributes);
            assertEquals(attributes, f.attributes().values(), "attributes survive validation unchanged");
            switch (s.channel()) {
                case "app_store" -> assertEquals("ios", s.platform());
                case "google_play" -> assertEquals("android", s.platform());
                case "support" -> assertTrue(attributes.containsKey("ticketPriority"));
                default -> {
                }
            }
            if (!s.channel().equals("support")) {
                assertNotNull(s.rating(), "only tickets may lack a rating: " + s);
            }
        }
    }

    @Test
    void sourceIdsAreUniquePerProductAndChannel() {
        Set<String> keys = new HashSet<>();
        for (FeedbackSubmission s : items) {
            assertTrue(keys.add(s.product() + "|" + s.channel() + "|" + s.sourceId()), "duplicate " + s);
        }
    }

    @Test
    void aboutHalfOfTheTicketsHaveNoRating() {
        List<FeedbackSubmission> tickets = items.stream().filter(s -> s.channel().equals("support")).toList();
        double withoutRating = tickets.stream().filter(s -> s.rating() == null).count() / (double) tickets.size();
        assertTrue(withoutRating > 0.35 && withoutRating < 0.65, "share without rating " + withoutRating);
    }

    @Test
    void aboutTwelvePercentAreInSimplifiedChinese() {
        double share = items.stream().filter(s -> s.text().codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).count()
                / (double) items.size();
        assertTrue(share >= 0.08 && share <= 0.16, "Chinese share " + share);
        assertTrue(items.stream().anyMatch(s -> s.locale().equals("de-DE")));
        assertTrue(items.stream().anyMatch(s -> s.locale().equals("fr-FR")));
        assertTrue(items.stream().anyMatch(s -> s.locale().equals("es-ES")));
    }

    @Test
    void textsRarelyRepeat() {
        long distinct = items.stream().map(FeedbackSubmission::text).distinct().count();
        assertTrue(distinct > 0.9 * items.size(), distinct + " distinct of " + items.size());
    }

    /** Signal a): pocketbank 3.9.0 on Android in the EU crashes at login during the last 10 days. */
    @Test
    void theLoginCrashSpikeIsVisible() {
        Instant windowStart = LAST_DAY.minusDays(9).atStartOfDay(ZoneOffset.UTC).toInstant();
        int affected = 0;
        int affectedCrashes = 0;
        int others = 0;
        int otherCrashes = 0;
        for (FeedbackSubmission s : items) {
            if (!s.product().equals("pocketbank")) {
                continue;
            }
            boolean inSegment = s.region().equals("eu") && s.platform().equals("android")
                    && "3.9.0".equals(s.appVersion())
                    && !OffsetDateTime.parse(s.createdAt()).toInstant().isBefore(windowStart);
            if (inSegment) {
                affected++;
                affectedCrashes += isLoginCrash(s.text()) ? 1 : 0;
            } else {
                others++;
                otherCrashes += isLoginCrash(s.text()) ? 1 : 0;
            }
        }
        assertTrue(affected >= 20, "affected segment too small: " + affected);
        double affectedShare = affectedCrashes / (double) affected;
        double otherShare = otherCrashes / (double) others;
        assertTrue(affectedShare >= 4 * otherShare,
                "login-crash share " + affectedShare + " in the segment vs " + otherShare + " elsewhere");
        assertTrue(affectedShare > 0.5, "most of the segment complains: " + affectedShare);
    }

    /** Signal b): aurora-music pricing complaints per day after the price change (lastDay-30). */
    @Test
    void thePricingWaveIsVisible() {
        LocalDate change = LAST_DAY.minusDays(30);
        int before = 0;
        int after = 0;
        Set<String> languagesAfter = new HashSet<>();
        for (FeedbackSubmission s : items) {
            if (!s.product().equals("aurora-music") || !isPricingComplaint(s.text())) {
                continue;
            }
            LocalDate day = OffsetDateTime.parse(s.createdAt()).toLocalDate();
            if (day.isBefore(change)) {
                before++;
            } else {
                after++;
                languagesAfter.add(s.locale());
            }
        }
        long daysBefore = SPEC.days() - 31L;
        double perDayBefore = before / (double) daysBefore;
        double perDayAfter = after / 31.0;
        assertTrue(perDayAfter >= 4 * perDayBefore, "per day " + perDayBefore + " before, " + perDayAfter + " after");
        assertTrue(languagesAfter.containsAll(Set.of("en-US", "en-GB", "en-AU", "zh-CN")), "in all regions: "
                + languagesAfter);
    }

    @Test
    void specsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new DemoSpec(1, LAST_DAY, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new DemoSpec(1, LAST_DAY, 366, 10));
        assertThrows(IllegalArgumentException.class, () -> new DemoSpec(1, LAST_DAY, 30, 0));
        assertThrows(IllegalArgumentException.class, () -> new DemoSpec(1, LAST_DAY, 30, 200_001));
        assertThrows(NullPointerException.class, () -> new DemoSpec(1, null, 30, 10));
        assertEquals(LAST_DAY.minusDays(89), DemoSpec.standard(LAST_DAY).firstDay(), "90 days including the last");
    }

    @Test
    void tinyAndLargeSpecsWork() {
        List<FeedbackSubmission> one = DemoFeedbackGenerator.generate(new DemoSpec(7, LAST_DAY, 1, 1));
        assertEquals(1, one.size());
        assertTrue(one.get(0).createdAt().startsWith("2026-11-25T"), one.get(0).createdAt());
        List<FeedbackSubmission> large = DemoFeedbackGenerator.generate(new DemoSpec(7, LAST_DAY, 365, 200_000));
        assertEquals(200_000, large.size());
        Set<String> keys = new HashSet<>();
        for (FeedbackSubmission s : large) {
            assertTrue(keys.add(s.product() + "|" + s.channel() + "|" + s.sourceId()), "duplicate " + s);
        }
    }

    private static boolean isWeekend(String createdAt) {
        return switch (OffsetDateTime.parse(createdAt).getDayOfWeek()) {
            case SATURDAY, SUNDAY -> true;
            default -> false;
        };
    }

    /** What a keyword search on the dashboard would find: a crash and a login, in any demo language. */
    static boolean isLoginCrash(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return containsAny(t, "crash", "stürzt", "absturz", "plante", "plantage", "se cierra", "se cuelga", "闪退", "崩溃")
                && containsAny(t, "log in", "login", "logging in", "sign in", "anmeld", "connexion", "connecter",
                        "iniciar sesión", "登录");
    }

    static boolean isPricingComplaint(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return containsAny(t, "price", "pricey", "expensive", "preis", "teuer", "prix", "plus cher", "precio", "caro",
                "涨价", "价格", "贵");
    }

    private static boolean containsAny(String text, String... words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
