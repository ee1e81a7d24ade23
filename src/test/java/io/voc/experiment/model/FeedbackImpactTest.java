package io.voc.experiment.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The feedback of exposed users, read per variant: only what they said after their first exposure counts, and
 * an aspect that many more of a variant's users complain about stands out; one complained about alike does not.
 */
class FeedbackImpactTest {
    private static final Instant EXPOSED = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant AFTER = EXPOSED.plusSeconds(3_600);
    private static final Instant BEFORE = EXPOSED.minusSeconds(3_600);
    private static final List<String> VARIANTS = List.of("control", "b");

    @Test
    void aVariantThatMakesUsersComplainAboutAdsShowsIt() {
        List<FirstExposure> exposures = new ArrayList<>();
        List<UserFeedback> feedback = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            exposures.add(new FirstExposure("c" + i, "control", EXPOSED));
            exposures.add(new FirstExposure("b" + i, "b", EXPOSED));
        }
        // ads: 3 control users complain, 30 of b's; login: 6 and 7 - alike
        for (int i = 0; i < 3; i++) {
            feedback.add(negative("c" + i, AFTER, "ads"));
        }
        for (int i = 0; i < 30; i++) {
            feedback.add(negative("b" + i, AFTER, "ads"));
        }
        for (int i = 100; i < 106; i++) {
            feedback.add(negative("c" + i, AFTER, "login"));
        }
        for (int i = 100; i < 107; i++) {
            feedback.add(negative("b" + i, AFTER, "login"));
        }
        for (int i = 150; i < 170; i++) {
            feedback.add(new UserFeedback("c" + i, AFTER, "positive", 0.6, List.of()));
            feedback.add(new UserFeedback("b" + i, AFTER, "positive", 0.6, List.of()));
        }
        // not counted: said before exposure, or by a user never exposed
        feedback.add(negative("c10", BEFORE, "ads"));
        feedback.add(negative("stranger", AFTER, "ads"));

        FeedbackImpact impact = FeedbackImpact.of(VARIANTS, exposures, feedback);
        FeedbackImpact.VariantFeedback control = impact.variants().get(0);
        FeedbackImpact.VariantFeedback b = impact.variants().get(1);
        assertEquals(200, control.exposedUsers());
        assertEquals(3 + 6 + 20, control.feedback(), "the feedback before exposure and the stranger's are left out");
        assertEquals(145.0, control.perThousandUsers(), 1e-9);
        assertEquals(30 + 7 + 20, b.feedback());
        assertEquals(37 / 57.0, b.shareNegative(), 1e-12);
        assertEquals((37 * -0.7 + 20 * 0.6) / 57, b.meanSentiment(), 1e-12);

        FeedbackImpact.AspectDifference ads = impact.aspects().get(0);
        assertEquals("ads", ads.aspect());
        assertEquals("b", ads.variant());
        assertEquals(3, ads.controlUsers());
        assertEquals(30, ads.variantUsers());
        assertEquals(150.0, ads.variantPerThousand(), 1e-9);
        assertTrue(ads.significant(), "30 of 200 against 3 of 200: p = " + ads.adjustedPValue());
        FeedbackImpact.AspectDifference login = impact.aspects().stream().filter(a -> a.aspect().equals("login"))
                .findFirst().orElseThrow();
        assertFalse(login.significant(), "7 of 200 against 6 of 200 is no difference");
    }

    @Test
    void feedbackMetricsArePerUserSums() {
        List<FirstExposure> exposures = List.of(new FirstExposure("u1", "control", EXPOSED),
                new FirstExposure("u2", "control", EXPOSED), new FirstExposure("u3", "b", EXPOSED));
        List<UserFeedback> feedback = List.of(negative("u1", AFTER, "ads"), negative("u1", AFTER, "ads"),
                new UserFeedback("u3", AFTER, null, null, List.of()));
        Map<String, ArmSums> perUser = FeedbackImpact.sums(FeedbackImpact.PER_USER, VARIANTS, exposures, feedback);
        assertEquals(new ArmSums(2, 2, 4), perUser.get("control"), "u1 gave 2, u2 none: sum 2, squares 4");
        assertEquals(new ArmSums(1, 1, 1), perUser.get("b"));
        Map<String, ArmSums> negative = FeedbackImpact.sums(FeedbackImpact.NEGATIVE_USERS, VARIANTS, exposures, feedback);
        assertEquals(new ArmSums(2, 1, 1), negative.get("control"));
        assertEquals(new ArmSums(1, 0, 0), negative.get("b"), "not analysed yet: not negative");
        Map<String, ArmSums> sentiment = FeedbackImpact.sums(FeedbackImpact.MEAN_SENTIMENT, VARIANTS, exposures,
                feedback);
        assertEquals(1, sentiment.get("control").n(), "only users with analysed feedback have a mean sentiment");
        assertEquals(-0.7, sentiment.get("control").sum(), 1e-12);
        assertEquals(0, sentiment.get("b").n());
    }

    private static UserFeedback negative(String user, Instant at, String aspect) {
        return new UserFeedback(user, at, "negative", -0.7,
                List.of(new UserFeedback.AspectMention(aspect, "negative")));
    }
}
