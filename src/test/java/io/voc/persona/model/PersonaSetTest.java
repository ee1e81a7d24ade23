package io.voc.persona.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voc.warehouse.model.UserProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Personas on small made-up populations whose groups are known. */
class PersonaSetTest {
    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");

    @Test
    void clearGroupsBecomePersonasNamedAfterWhatSetsThemApart() {
        List<UserActivity> users = new ArrayList<>();
        Map<String, UserProfile> profiles = new HashMap<>();
        for (int i = 0; i < 60; i++) {
            users.add(user("new" + i, "account", "login", -0.7, "android"));
            profiles.put("new" + i, new UserProfile("new" + i, "DE", "18-24", "low", 5 + i % 20, "free", "low"));
            users.add(user("pay" + i, "billing", "price", -0.5, "ios"));
            profiles.put("pay" + i, new UserProfile("pay" + i, "US", "35-44", "high", 900 + i, "premium", "high"));
            users.add(user("fan" + i, "support", null, 0.8, "web"));
            profiles.put("fan" + i, new UserProfile("fan" + i, "FR", "55+", "mid", 2000 + i, "free", "medium"));
        }
        PersonaSet set = PersonaSet.build(users, profiles, 2, 5, 1, NOW);

        assertEquals(3, set.k(), "three groups, chosen by silhouette: " + set.silhouetteByK());
        Map<String, Set<String>> groupsOf = new HashMap<>();
        set.personaOfUser().forEach((user, persona) ->
                groupsOf.computeIfAbsent(persona, p -> new java.util.TreeSet<>()).add(user.replaceAll("\\d", "")));
        assertTrue(groupsOf.values().stream().allMatch(g -> g.size() == 1), "each persona is one group: " + groupsOf);
        Map<String, String> nameOfGroup = set.personas().stream().collect(Collectors.toMap(
                p -> groupsOf.get(p.key()).iterator().next(), Persona::name));
        // named by two traits of who they are and two of what they write
        assertTrue(nameOfGroup.get("new").matches("Aged 18-24 · low-end devices · .*login complaints.*"), nameOfGroup.toString());
        assertTrue(nameOfGroup.get("pay").matches("Aged 35-44 · high-end devices · .*price complaints.*"), nameOfGroup.toString());
        assertTrue(nameOfGroup.get("fan").matches("Aged 55\\+ · mid-end devices · .*praises.*"), nameOfGroup.toString());
        Persona fans = set.personas().stream().filter(p -> p.name().equals(nameOfGroup.get("fan"))).findFirst().orElseThrow();
        assertEquals(60, fans.users());
        assertEquals(0.8, fans.meanSentiment(), 1e-9);
        assertEquals(List.of(), fans.topComplaints());
    }

    @Test
    void theSameUsersInAnotherOrderGiveTheSamePersonas() {
        List<UserActivity> users = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            users.add(user("a" + i, "account", "login", -0.6 + i * 0.001, "android"));
            users.add(user("b" + i, "billing", "price", 0.5, "ios"));
        }
        PersonaSet forward = PersonaSet.build(users, Map.of(), 2, 4, 3, NOW);
        List<UserActivity> reversed = new ArrayList<>(users);
        java.util.Collections.reverse(reversed);
        PersonaSet backward = PersonaSet.build(reversed, Map.of(), 2, 4, 3, NOW);
        assertEquals(forward.personas(), backward.personas());
        assertEquals(forward.personaOfUser(), backward.personaOfUser());
    }

    @Test
    void tooFewUsersForThePersonasAskedForIsRefused() {
        List<UserActivity> users = List.of(user("a", "account", "login", 0.1, "ios"), user("b", "billing", null, 0.2, "ios"));
        assertThrows(IllegalArgumentException.class, () -> PersonaSet.build(users, Map.of(), 2, 4, 1, NOW));
    }

    private static UserActivity user(String id, String topic, String complaint, double sentiment, String platform) {
        UserActivity user = new UserActivity(id);
        user.add(List.of(topic), complaint == null ? List.of() : List.of(complaint), sentiment,
                complaint == null ? "praise" : "complaint", platform);
        return user;
    }
}
