package io.voc.ingest.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voc.ingest.application.FeedbackSubmission;
import io.voc.ingest.demo.DemoProfiles.DemoProfile;
import io.voc.ingest.demo.DemoProfiles.Group;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo warehouse's user profiles: one per author of the demo feedback, the same for the same spec, and with
 * the planted groups large and distinct enough for the personas job to find.
 */
class DemoProfilesTest {
    private static final DemoSpec SPEC = DemoSpec.standard(LocalDate.of(2026, 11, 24));

    @Test
    void everyAuthorHasOneProfileAndTheSameSpecGivesTheSameProfiles() {
        List<DemoProfile> profiles = DemoProfiles.generate(SPEC);
        Set<String> authors = DemoFeedbackGenerator.generate(SPEC).stream().map(FeedbackSubmission::userId)
                .collect(Collectors.toSet());
        assertEquals(authors, profiles.stream().map(DemoProfile::userId).collect(Collectors.toSet()));
        assertEquals(authors.size(), profiles.size(), "one profile per user");
        assertEquals(profiles, DemoProfiles.generate(SPEC));
    }

    @Test
    void thePlantedGroupsAreLargeAndWhoTheyAreGoesWithWhatTheyWrite() {
        Map<Group, List<DemoProfile>> byGroup = DemoProfiles.generate(SPEC).stream()
                .collect(Collectors.groupingBy(DemoProfile::group));
        for (Group group : List.of(Group.NEW_ANDROID_LOGIN, Group.PAYING_PRICE_ANGRY, Group.LOYAL_TRAVELLERS)) {
            assertTrue(byGroup.get(group).size() >= 100, group + ": " + byGroup.get(group).size() + " users");
        }
        assertTrue(byGroup.get(Group.NEW_ANDROID_LOGIN).stream().allMatch(p -> p.tenureDays() <= 30
                && p.membership().equals("free")));
        assertTrue(byGroup.get(Group.PAYING_PRICE_ANGRY).stream().allMatch(p -> p.tenureDays() >= 700
                && p.membership().equals("premium")));
        assertTrue(byGroup.get(Group.LOYAL_TRAVELLERS).stream().allMatch(p -> p.tenureDays() >= 1000
                && (p.ageBand().equals("45-54") || p.ageBand().equals("55+"))));
        // the others are drawn regardless of what they write: every plan and tenure occurs among them
        Map<String, Long> plans = byGroup.get(Group.NONE).stream()
                .collect(Collectors.groupingBy(DemoProfile::membership, Collectors.counting()));
        assertEquals(Set.of("free", "premium"), plans.keySet());
        assertTrue(share(byGroup.get(Group.NONE), p -> p.ageBand().equals("55+")) > 0.002, "some older typical users");
    }

    private static double share(List<DemoProfile> profiles, Function<DemoProfile, Boolean> test) {
        return profiles.stream().filter(test::apply).count() / (double) profiles.size();
    }
}
