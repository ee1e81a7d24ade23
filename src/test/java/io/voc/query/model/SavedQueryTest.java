package io.voc.query.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voc.account.model.NotAllowedException;
import io.voc.account.model.Role;
import io.voc.platform.model.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of a saved query: who sees it, who changes it, and that every real change is a version. */
class SavedQueryTest {
    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final QueryUser ALICE = new QueryUser("alice", Role.ANALYST, false);
    private static final QueryUser BOB = new QueryUser("bob", Role.ANALYST, false);
    private static final QueryUser VIV = new QueryUser("viv", Role.VIEWER, false);
    private static final QueryUser ADMIN = new QueryUser("root", Role.ADMIN, true);
    private static final String DEFINITION = "{\"filters\":{\"product\":\"pocketbank\"}}";

    private final SavedQuery query = SavedQuery.create(ALICE, "  Login crashes ", "eu android", DEFINITION,
            Visibility.PRIVATE, NOW).query();

    @Test
    void creatingIsVersionOneByTheOwner() {
        SavedQuery.Created created = SavedQuery.create(ALICE, "q", null, DEFINITION, null, NOW);
        SavedQueryChanged first = created.firstVersion();
        assertEquals(1, first.version());
        assertEquals("alice", first.by());
        assertEquals(Set.of(SavedQueryChanged.What.CREATED), first.what());
        assertEquals("Login crashes", query.name(), "names are trimmed");
        assertTrue(created.query().visibility().isPrivate());
    }

    @Test
    void anEditSaysWhatChangedAndBumpsTheVersion() {
        SavedQueryChanged change = query.edit(ALICE, new SavedQueryChanges("Login crashes 3.9", null,
                "{\"text\":\"crash\"}"), NOW.plusSeconds(60)).orElseThrow();
        assertEquals(2, change.version());
        assertEquals(Set.of(SavedQueryChanged.What.NAME, SavedQueryChanged.What.DEFINITION), change.what());
        assertEquals("eu android", change.description(), "what was not named stays");
        assertEquals(2, query.version());
        assertEquals(NOW.plusSeconds(60), query.state().updatedAt());

        SavedQueryChanged cleared = query.edit(ALICE, new SavedQueryChanges(null, "", null), NOW).orElseThrow();
        assertEquals(Set.of(SavedQueryChanged.What.DESCRIPTION), cleared.what());
        assertNull(query.state().description(), "an empty description clears it");
    }

    @Test
    void anEditThatChangesNothingMakesNoVersion() {
        assertTrue(query.edit(ALICE, new SavedQueryChanges("Login crashes", "eu android", DEFINITION), NOW).isEmpty());
        assertTrue(query.edit(ALICE, new SavedQueryChanges(null, null, null), NOW).isEmpty());
        assertTrue(query.share(ALICE, Visibility.PRIVATE, NOW).isEmpty());
        assertEquals(1, query.version());
    }

    @Test
    void onlyTheOwnerAndAdminsChangeIt() {
        query.share(ALICE, Visibility.of(List.of(), List.of("bob")), NOW);
        assertTrue(query.isVisibleTo(BOB));
        assertFalse(query.mayChange(BOB));
        assertThrows(NotAllowedException.class,
                () -> query.edit(BOB, new SavedQueryChanges("mine now", null, null), NOW));
        assertThrows(NotAllowedException.class, () -> query.share(BOB, Visibility.PRIVATE, NOW));
        assertEquals("Login crashes", query.name(), "a refused edit changes nothing");

        SavedQueryChanged byAdmin = query.edit(ADMIN, new SavedQueryChanges("renamed", null, null), NOW).orElseThrow();
        assertEquals("root", byAdmin.by());
        assertEquals("alice", query.owner(), "an admin's edit leaves the owner");
    }

    @Test
    void aPrivateQueryIsSeenByItsOwnerAndAdminsOnly() {
        assertTrue(query.isVisibleTo(ALICE));
        assertTrue(query.isVisibleTo(ADMIN));
        assertFalse(query.isVisibleTo(BOB));
        assertFalse(query.isVisibleTo(VIV));
        // a token of an admin without the admin scope acts as its owner only
        assertFalse(query.isVisibleTo(new QueryUser("root", Role.ADMIN, false)));
    }

    @Test
    void sharingWithARoleIncludesTheRolesAboveIt() {
        SavedQueryChanged shared = query.share(ALICE, Visibility.of(List.of(Role.VIEWER), List.of()), NOW)
                .orElseThrow();
        assertEquals(Set.of(SavedQueryChanged.What.SHARING), shared.what());
        assertTrue(query.isVisibleTo(VIV));
        assertTrue(query.isVisibleTo(BOB), "analysts are viewers too");

        query.share(ALICE, Visibility.of(List.of(Role.ANALYST), List.of()), NOW);
        assertTrue(query.isVisibleTo(BOB));
        assertFalse(query.isVisibleTo(VIV), "shared with analysts is not shared with viewers");

        query.share(ALICE, Visibility.PRIVATE, NOW);
        assertFalse(query.isVisibleTo(BOB), "private again");
        assertEquals(4, query.version());
    }

    @Test
    void namesAndDescriptionsHaveLimits() {
        assertField("name", () -> SavedQuery.create(ALICE, " ", null, DEFINITION, null, NOW));
        assertField("name", () -> SavedQuery.create(ALICE, "x".repeat(101), null, DEFINITION, null, NOW));
        SavedQuery.create(ALICE, "x".repeat(100), "d".repeat(2_000), DEFINITION, null, NOW);
        assertField("description", () -> SavedQuery.create(ALICE, "q", "d".repeat(2_001), DEFINITION, null, NOW));
        assertField("definition", () -> SavedQuery.create(ALICE, "q", null, "", null, NOW));
        assertField("name", () -> query.edit(ALICE, new SavedQueryChanges("", null, null), NOW));
        assertEquals(1, query.version());
    }

    @Test
    void sharedUsersMustLookLikeUsernames() {
        assertField("users", () -> Visibility.of(List.of(), List.of("Not A Name!")));
        assertEquals(Set.of("bob"), Visibility.of(List.of(), List.of(" Bob ")).users(), "as they sign in");
    }

    private static void assertField(String field, Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        assertEquals(field, e.field(), e.getMessage());
    }
}
