package io.voc.query.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.voc.account.model.Role;
import io.voc.query.application.SavedQueries;
import io.voc.query.model.QueryUser;
import io.voc.query.model.SavedQuery;
import io.voc.query.model.SavedQueryChanged;
import io.voc.query.model.SavedQueryChanges;
import io.voc.query.model.Visibility;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The store's guarantees in PostgreSQL: a change made on a version that is no longer current writes
 * nothing (the second of two tabs that loaded the same version), a taken name writes nothing, and a query
 * is read back as it was saved, with its sharing.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class PostgresSavedQueriesTest {
    private static final String DEFINITION = "{\"text\":\"refund\"}";

    @Inject
    SavedQueries store;

    @Test
    void aChangeOnAStaleVersionWritesNothing() {
        QueryUser owner = owner();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        SavedQuery.Created created = SavedQuery.create(owner, "Refunds", null, DEFINITION,
                Visibility.of(List.of(Role.ADMIN), List.of("someone")), now);
        assertTrue(store.add(created.query(), created.firstVersion()));
        UUID id = created.query().id();

        // two tabs load version 1
        SavedQuery tabA = store.find(id).orElseThrow();
        SavedQuery tabB = store.find(id).orElseThrow();
        assertEquals(created.query().state(), tabA.state(), "read back as saved");

        SavedQueryChanged a = tabA.edit(owner, new SavedQueryChanges("Refunds A", null, null), now).orElseThrow();
        assertEquals(SavedQueries.Saved.SAVED, store.save(tabA, 1, a));
        SavedQueryChanged b = tabB.edit(owner, new SavedQueryChanges("Refunds B", null, null), now).orElseThrow();
        assertEquals(SavedQueries.Saved.CHANGED_MEANWHILE, store.save(tabB, 1, b));

        assertEquals("Refunds A", store.find(id).orElseThrow().name());
        assertEquals(List.of(2, 1), store.history(id).stream().map(SavedQueryChanged::version).toList());
        assertEquals(a, store.history(id).get(0), "the version as it was made");
    }

    @Test
    void anOwnersQueriesHaveDistinctNames() {
        QueryUser owner = owner();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        SavedQuery.Created first = SavedQuery.create(owner, "Churn", null, DEFINITION, null, now);
        SavedQuery.Created same = SavedQuery.create(owner, "Churn", null, DEFINITION, null, now);
        SavedQuery.Created other = SavedQuery.create(owner, "Other", null, DEFINITION, null, now);
        assertTrue(store.add(first.query(), first.firstVersion()));
        assertFalse(store.add(same.query(), same.firstVersion()));
        assertTrue(store.find(same.query().id()).isEmpty(), "nothing of it stored");
        assertTrue(store.add(other.query(), other.firstVersion()));
        // somebody else may use the name
        SavedQuery.Created theirs = SavedQuery.create(owner(), "Churn", null, DEFINITION, null, now);
        assertTrue(store.add(theirs.query(), theirs.firstVersion()));

        SavedQuery renamed = other.query();
        SavedQueryChanged rename = renamed.edit(owner, new SavedQueryChanges("Churn", null, null), now).orElseThrow();
        assertEquals(SavedQueries.Saved.NAME_TAKEN, store.save(renamed, 1, rename));
        assertEquals("Other", store.find(renamed.id()).orElseThrow().name());
        assertEquals(1, store.history(renamed.id()).size());

        assertTrue(store.delete(first.query().id()));
        assertTrue(store.history(first.query().id()).isEmpty(), "its versions go with it");
        assertFalse(store.delete(first.query().id()));
    }

    private static QueryUser owner() {
        return new QueryUser("owner-" + UUID.randomUUID().toString().substring(0, 8), Role.ANALYST, false);
    }
}
