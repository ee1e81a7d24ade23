package io.voc.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.voc.ingest.demo.DemoProfiles;
import io.voc.ingest.demo.DemoProfiles.Group;
import io.voc.ingest.demo.DemoSpec;
import io.voc.nlp.application.NlpEngine;
import io.voc.persona.application.CollectActivity;
import io.voc.persona.model.Persona;
import io.voc.persona.model.PersonaSet;
import io.voc.persona.model.UserActivity;
import io.voc.support.EnrichedDemoData;
import io.voc.support.TestStack;
import io.voc.warehouse.model.UserProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On the demo data, analysed by the real NLP engine and read back from Elasticsearch, the personas found are the
 * groups the demo planted (DemoProfiles): each group is (nearly) all in one persona, which is (nearly) only that
 * group, and is named after what sets it apart. The same seed gives the same personas; other seeds find the same
 * groups.
 */
@QuarkusTest
@TestProfile(EnrichedDemoData.Profile.class)
@QuarkusTestResource(TestStack.class)
class PersonaRecoveryTest {
    private static final DemoSpec SPEC = DemoSpec.standard(EnrichedDemoData.LAST_DAY);

    @Inject
    NlpEngine nlp;
    @Inject
    CollectActivity collect;

    private List<UserActivity> users;
    private final Map<String, UserProfile> profiles = new HashMap<>();
    private final Map<String, Group> planted = new HashMap<>();

    @BeforeEach
    void demoData() throws Exception {
        EnrichedDemoData.ensureLoaded(nlp);
        users = collect.between(SPEC.firstDay().atStartOfDay(ZoneOffset.UTC).toInstant(),
                SPEC.lastDay().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), (read, total) -> { });
        for (DemoProfiles.DemoProfile p : DemoProfiles.generate(SPEC)) {
            profiles.put(p.userId(), new UserProfile(p.userId(), p.country(), p.ageBand(), p.deviceTier(),
                    p.tenureDays(), p.membership(), p.activityLevel()));
            planted.put(p.userId(), p.group());
        }
    }

    @Test
    void thePlantedGroupsAreFoundAsPersonasAndTheSameSeedGivesTheSamePersonas() {
        PersonaSet first = PersonaSet.build(users, profiles, 4, 10, 7, Instant.now());
        assertFound(first, Group.NEW_ANDROID_LOGIN, "New", "login");
        assertFound(first, Group.PAYING_PRICE_ANGRY, "Premium", "high-end");
        assertFound(first, Group.LOYAL_TRAVELLERS, "Plus", "praise");

        PersonaSet again = PersonaSet.build(users, profiles, 4, 10, 7, Instant.now());
        assertEquals(first.personas(), again.personas());
        assertEquals(first.personaOfUser(), again.personaOfUser());

        PersonaSet otherSeed = PersonaSet.build(users, profiles, 4, 10, 8, Instant.now());
        assertFound(otherSeed, Group.NEW_ANDROID_LOGIN, "New", "login");
        assertFound(otherSeed, Group.PAYING_PRICE_ANGRY, "Premium", "high-end");
        assertFound(otherSeed, Group.LOYAL_TRAVELLERS, "Plus", "praise");
    }

    /** Nine in ten of the group in one persona, which is at least 85 % that group and named after it. */
    private void assertFound(PersonaSet set, Group group, String... inName) {
        long size = planted.values().stream().filter(group::equals).count();
        Map<String, List<String>> members = set.usersByPersona();
        Persona best = null;
        long bestIn = 0;
        for (Persona p : set.personas()) {
            long in = members.get(p.key()).stream().filter(u -> planted.get(u) == group).count();
            if (in > bestIn) {
                bestIn = in;
                best = p;
            }
        }
        String found = group + " in " + best + ": " + bestIn + " of " + size;
        assertTrue(bestIn >= 0.9 * size, "recall: " + found);
        assertTrue(bestIn >= 0.85 * best.users(), "purity: " + found);
        for (String word : inName) {
            assertTrue(best.name().contains(word), "name: " + found);
        }
    }
}
