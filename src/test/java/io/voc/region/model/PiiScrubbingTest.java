package io.voc.region.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * PII scrubbing: e-mails, phones, cards (Luhn only), national IDs and a region's own patterns become
 * placeholders in English, Chinese and mixed feedback, each counted by type - while versions, dates, ratings and
 * short order numbers stay as the customer wrote them.
 */
class PiiScrubbingTest {
    private final PiiScrubbing scrubbing = PiiScrubbing.ofText();

    @Test
    void anEnglishFeedbackLosesItsEmailAndPhone() {
        assertScrubbed("Please email me at jane.doe+voc@example.co.uk or call +65 9123 4567 about the refund.",
                "Please email me at [EMAIL] or call [PHONE] about the refund.", Map.of("EMAIL", 1, "PHONE", 1));
    }

    @Test
    void chineseTextWrittenRightAgainstThePiiIsScrubbedToo() {
        assertScrubbed("客服一直不回复，请拨打13800138000或发邮件到zhang.wei@example.cn联系我。",
                "客服一直不回复，请拨打[PHONE]或发邮件到[EMAIL]联系我。", Map.of("EMAIL", 1, "PHONE", 1));
    }

    @Test
    void mixedChineseAndEnglishWithACardAndAPhone() {
        assertScrubbed("付款失败 payment failed with card 4111 1111 1111 1111，我的电话是 +86 138-0013-8000 谢谢",
                "付款失败 payment failed with card [CARD]，我的电话是 [PHONE] 谢谢", Map.of("CARD", 1, "PHONE", 1));
    }

    @Test
    void severalItemsOfTheSameKindAreEachCounted() {
        assertScrubbed("Tried a@x.io, then b@y.org; called (555) 123-4567 and 555.987.6543 twice, nobody answered.",
                "Tried [EMAIL], then [EMAIL]; called [PHONE] and [PHONE] twice, nobody answered.",
                Map.of("EMAIL", 2, "PHONE", 2));
    }

    @Test
    void cardsPassingLuhnAreCardsInEveryWayTheyAreWrittenNeverPhones() {
        assertScrubbed("Charged twice on 4111-1111-1111-1111 and on 5500000000000004, refund to 3782 822463 10005",
                "Charged twice on [CARD] and on [CARD], refund to [CARD]", Map.of("CARD", 3));
    }

    @Test
    void aSixteenDigitNumberFailingLuhnIsLeftAlone() {
        // one digit off the Visa test number: not a card, and 16 digits are more than any phone number (E.164: 15)
        assertUnchanged("Ticket reference 4111 1111 1111 1112 still open");
        assertUnchanged("Ticket reference 4111111111111112 still open");
    }

    @Test
    void aFifteenDigitNumberFailingLuhnIsAPhoneWhenShapedLikeOne() {
        assertScrubbed("call 4111 1111 1111 112", "call [PHONE]", Map.of("PHONE", 1));
    }

    @Test
    void theRatingAfterACardNumberStays() {
        assertScrubbed("paid with 4111 1111 1111 1111 5 stars for the fast refund",
                "paid with [CARD] 5 stars for the fast refund", Map.of("CARD", 1));
    }

    @Test
    void versionsDatesRatingsAndShortNumbersAreNotPii() {
        assertUnchanged("Updated to 2.3.1 on 2026-11-26 and it still crashes. 5 stars before, now 1 star.");
        assertUnchanged("Order 1234567 took 3-5 days; paid $1,299.00 for 2 items at 10:30.");
        assertUnchanged("Using it since 2019-2024, build 10.15.7, crash at 2026-11-26 10:30 and on 26.11.2026.");
        assertUnchanged("Release 20261126 broke login; the server 192.168.100.200 answers with 12.345.678 errors.");
        assertUnchanged("Order #12345678 and SKU12345678 never arrived, see /orders/12345678");
        assertUnchanged("版本2.3.1更新后闪退，评分5星变1星，订单号1234567");
    }

    @Test
    void nationalPhoneFormsAreRecognised() {
        assertScrubbed("UK office 020 7946 0958, SG mobile 9123 4567, US +1 (555) 123-4567, FR +33 1 23 45 67 89",
                "UK office [PHONE], SG mobile [PHONE], US [PHONE], FR [PHONE]", Map.of("PHONE", 4));
    }

    @Test
    void nationalIdsOfTheUsSingaporeTheUkAndChinaAreScrubbedAsIdsNotPhones() {
        assertScrubbed("SSN 123-45-6789, NRIC S1234567D, fin g7654321x, NI AB 12 34 56 C or AB123456C",
                "SSN [NATIONAL_ID], NRIC [NATIONAL_ID], fin [NATIONAL_ID], NI [NATIONAL_ID] or [NATIONAL_ID]",
                Map.of("NATIONAL_ID", 5));
        assertScrubbed("实名认证失败，身份证号11010519491231002X明明是对的", "实名认证失败，身份证号[NATIONAL_ID]明明是对的",
                Map.of("NATIONAL_ID", 1));
    }

    @Test
    void extraPatternsRunBeforeTheBuiltInRulesAndCountUnderTheirOwnType() {
        PiiScrubbing withLoyalty = new PiiScrubbing("scrub-pii", List.of(),
                List.of(new PatternDetector("LOYALTY_ID", Pattern.compile("\\b88[0-9]{6}\\b"))));
        PiiScrubbing.Counted scrubbed = withLoyalty.scrubText("points missing on card 88001234, call 91234567");
        assertEquals("points missing on card [LOYALTY_ID], call [PHONE]", scrubbed.value());
        assertEquals(Map.of("LOYALTY_ID", 1, "PHONE", 1), scrubbed.changes().byKind());
        // without the extra pattern the loyalty number would have been taken for a phone number
        assertEquals("points missing on card [PHONE], call [PHONE]",
                scrubbing.scrubText("points missing on card 88001234, call 91234567").value());
    }

    @Test
    void configuredFieldsAreScrubbedAndOtherFieldsAreNot() {
        PiiScrubbing textAndNote = new PiiScrubbing("scrub-pii", List.of(FieldPath.parse("attributes.note")),
                List.of());
        RawFeedback record = feedback("App keeps logging me out",
                Map.of("note", "customer asked to call back on 9123 4567", "agent", "li.na@support.example.com"));

        TransformOutcome.Kept kept = (TransformOutcome.Kept) textAndNote.apply(record);

        assertEquals("customer asked to call back on [PHONE]", kept.record().attribute("note"));
        assertEquals("li.na@support.example.com", kept.record().attribute("agent"), "not a configured field");
        assertEquals("App keeps logging me out", kept.record().text("text"));
        assertEquals(Map.of("PHONE", 1), kept.changes().byKind());
    }

    @Test
    void allAttributesAreScrubbedWhenTheWholeObjectIsConfiguredAndTextIsAlwaysScrubbed() {
        PiiScrubbing attributes = new PiiScrubbing("scrub-pii", List.of(FieldPath.parse("attributes")), List.of());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("note", "call 9123 4567");
        values.put("agent", "li.na@support.example.com");
        values.put("orderCount", 12345678);
        RawFeedback record = feedback("refund to 4111 1111 1111 1111 please", values);

        TransformOutcome.Kept kept = (TransformOutcome.Kept) attributes.apply(record);

        assertEquals("refund to [CARD] please", kept.record().text("text"));
        assertEquals("call [PHONE]", kept.record().attribute("note"));
        assertEquals("[EMAIL]", kept.record().attribute("agent"));
        assertEquals(12345678, kept.record().attribute("orderCount"), "numbers are not scrubbed");
        assertEquals(Map.of("CARD", 1, "PHONE", 1, "EMAIL", 1), kept.changes().byKind());
    }

    @Test
    void scrubbingAScrubbedRecordChangesNothing() {
        RawFeedback once = ((TransformOutcome.Kept) scrubbing.apply(feedback(
                "mail me: a@x.io, card 4111111111111111, tel 13800138000, SSN 123-45-6789", Map.of()))).record();
        TransformOutcome.Kept twice = (TransformOutcome.Kept) scrubbing.apply(once);
        assertEquals(once, twice.record());
        assertTrue(twice.changes().isEmpty());
    }

    @Test
    void aRecordWithoutTextPassesUnchanged() {
        RawFeedback record = RawFeedback.of(Map.of("product", "shop", "rating", 5));
        TransformOutcome.Kept kept = (TransformOutcome.Kept) scrubbing.apply(record);
        assertEquals(record, kept.record());
        assertTrue(kept.changes().isEmpty());
    }

    private void assertScrubbed(String text, String expected, Map<String, Integer> counts) {
        TransformOutcome.Kept kept = (TransformOutcome.Kept) scrubbing.apply(feedback(text, Map.of()));
        assertEquals(expected, kept.record().text("text"));
        assertEquals(counts, kept.changes().byKind());
    }

    private void assertUnchanged(String text) {
        assertScrubbed(text, text, Map.of());
    }

    private static RawFeedback feedback(String text, Map<String, Object> attributes) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("schemaVersion", 1);
        fields.put("product", "shop");
        fields.put("channel", "in_app");
        fields.put("text", text);
        fields.put("rating", 2);
        if (!attributes.isEmpty()) {
            fields.put("attributes", attributes);
        }
        return RawFeedback.of(fields);
    }
}
