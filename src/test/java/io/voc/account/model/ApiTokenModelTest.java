package io.voc.account.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.platform.model.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokenModelTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final ProductKey A = new ProductKey("alpha");
    private static final ProductKey B = new ProductKey("beta");

    private static User user(String name, Role role, ProductScope grant) {
        return User.create(new Username(name), name, role, grant, "$2a$12$hash", NOW);
    }

    @Test
    void expiresAndIsRevoked() {
        User owner = user("owner", Role.ANALYST, ProductScope.allProducts());
        ApiToken token = ApiToken.issue(owner, owner, "cron", Set.of(Scope.READ), null, NOW.plus(Duration.ofDays(1)), NOW);
        assertTrue(token.usableAt(NOW.plus(Duration.ofHours(23))));
        assertFalse(token.usableAt(NOW.plus(Duration.ofDays(1))));
        token.revoke(NOW.plusSeconds(1));
        assertFalse(token.usableAt(NOW.plusSeconds(2)));
    }

    @Test
    void neverDoesMoreThanItsOwnerMayToday() {
        User owner = user("owner", Role.ADMIN, ProductScope.only(Set.of(A, B)));
        ApiToken token = ApiToken.issue(owner, owner, "ops", Set.of(Scope.READ, Scope.ADMIN),
                ProductScope.only(Set.of(A, B)), null, NOW);
        owner.changeRole(Role.VIEWER, 2, NOW);
        owner.grant(ProductScope.only(Set.of(A)), NOW);
        assertEquals(Set.of(Scope.READ), token.scopesFor(owner));
        assertEquals(ProductScope.only(Set.of(A)), token.productsFor(owner));
        owner.disable(2, NOW);
        assertTrue(token.scopesFor(owner).isEmpty());
    }

    @Test
    void isRefusedBeyondTheOwnersRoleOrProducts() {
        User viewer = user("viewer", Role.VIEWER, ProductScope.only(Set.of(A)));
        User admin = user("admin", Role.ADMIN, ProductScope.allProducts());
        assertEquals("scopes", assertThrows(InvalidInputException.class, () -> ApiToken.issue(viewer, viewer, "x",
                Set.of(Scope.INGEST), null, null, NOW)).field());
        assertEquals("products", assertThrows(InvalidInputException.class, () -> ApiToken.issue(viewer, admin, "x",
                Set.of(Scope.READ), ProductScope.only(Set.of(B)), null, NOW)).field());
        assertThrows(NotAllowedException.class, () -> ApiToken.issue(admin, viewer, "x", Set.of(Scope.READ), null,
                null, NOW));
        // no products given: those of the owner
        assertEquals(ProductScope.only(Set.of(A)),
                ApiToken.issue(viewer, admin, "x", Set.of(Scope.READ), null, null, NOW).products());
    }
}
