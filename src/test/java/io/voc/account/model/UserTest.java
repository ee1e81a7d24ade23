package io.voc.account.model;

import io.voc.feedback.model.ProductScope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voc.feedback.model.ProductKey;
import io.voc.platform.model.InvalidInputException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserTest {
    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);

    @Test
    void usernamesAreLowerCaseSlugsOf3To64Characters() {
        assertEquals("jane.doe_2-x", new Username("jane.doe_2-x").value());
        assertEquals("abc", new Username("abc").value());
        new Username("a".repeat(64));
        for (String bad : new String[] {"ab", "a".repeat(65), "Jane", "jane doe", "jane@x", "jäne"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Username(bad), bad);
            assertEquals("username", e.field());
            assertTrue(e.getMessage().contains("3-64 characters"), e.getMessage());
        }
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> new Username(" "));
        assertEquals("username is required", missing.getMessage());
        assertEquals("username", missing.field());
    }

    @Test
    void passwordsHaveAtLeast12CharactersAndAreNotTheUsername() {
        Username jane = new Username("jane.doe.1234");
        PasswordPolicy.check("correct horse", jane);
        PasswordPolicy.check("ääääääääääää", jane); // 12 characters, 24 bytes

        assertPasswordRefused("short pass1", jane, "at least 12 characters");
        assertPasswordRefused("", jane, "password is required");
        assertPasswordRefused(null, jane, "password is required");
        assertPasswordRefused("jane.doe.1234", jane, "must not be the username");
        assertPasswordRefused("JANE.DOE.1234", jane, "must not be the username");
        assertPasswordRefused("x".repeat(73), jane, "at most 72 bytes");
    }

    private static void assertPasswordRefused(String password, Username user, String reason) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PasswordPolicy.check(password, user));
        assertEquals("password", e.field());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        if (password != null && !password.isEmpty()) {
            assertFalse(e.getMessage().contains(password), "the message repeats the password");
        }
    }

    @Test
    void eachRoleIncludesTheOnesBelowIt() {
        assertTrue(Role.ADMIN.includes(Role.ANALYST));
        assertTrue(Role.ADMIN.includes(Role.VIEWER));
        assertTrue(Role.ANALYST.includes(Role.VIEWER));
        assertTrue(Role.VIEWER.includes(Role.VIEWER));
        assertFalse(Role.VIEWER.includes(Role.ANALYST));
        assertFalse(Role.ANALYST.includes(Role.ADMIN));
    }

    @Test
    void aGrantCoversAllProductsOrJustItsOwn() {
        ProductKey music = new ProductKey("aurora-music");
        ProductKey maps = new ProductKey("terra-maps");
        assertTrue(ProductScope.allProducts().covers(maps));
        ProductScope one = ProductScope.only(Set.of(music));
        assertTrue(one.covers(music));
        assertFalse(one.covers(maps));
        assertFalse(ProductScope.only(Set.of()).covers(music));
        assertEquals(ProductScope.only(Set.of(music, maps)), ProductScope.only(Set.of(maps, music)));
    }

    @Test
    void theLastActiveAdminCannotBeDemotedOrDisabled() {
        User admin = user("root.admin", Role.ADMIN);

        assertThrows(LastAdminException.class, () -> admin.changeRole(Role.ANALYST, 1, T1));
        LastAdminException e = assertThrows(LastAdminException.class, () -> admin.disable(1, T1));
        assertTrue(e.getMessage().contains("last active admin"), e.getMessage());
        assertEquals(Role.ADMIN, admin.role());
        assertFalse(admin.disabled());
        assertEquals(T0, admin.updatedAt());

        // with a second active admin both are allowed
        admin.changeRole(Role.ANALYST, 2, T1);
        assertEquals(Role.ANALYST, admin.role());
        assertEquals(T1, admin.updatedAt());
        User other = user("second.admin", Role.ADMIN);
        other.disable(2, T1);
        assertTrue(other.disabled());
        assertFalse(other.isActiveAdmin());
    }

    @Test
    void nonAdminsAndPromotionsAreNotLimitedByTheAdminCount() {
        User viewer = user("viewer.one", Role.VIEWER);
        viewer.changeRole(Role.ANALYST, 0, T1);
        viewer.disable(0, T1);
        assertTrue(viewer.disabled());

        User analyst = user("analyst.one", Role.ANALYST);
        analyst.changeRole(Role.ADMIN, 0, T1);
        assertTrue(analyst.isActiveAdmin());
        analyst.changeRole(Role.ADMIN, 1, T1); // no change: allowed
    }

    @Test
    void mayNeedsTheRoleTheProductAndAnActiveUser() {
        ProductKey music = new ProductKey("aurora-music");
        ProductKey maps = new ProductKey("terra-maps");
        User analyst = user("analyst.two", Role.ANALYST);
        analyst.grant(ProductScope.only(Set.of(music)), T1);
        assertTrue(analyst.may(Role.VIEWER, music));
        assertTrue(analyst.may(Role.ANALYST, music));
        assertFalse(analyst.may(Role.ADMIN, music));
        assertFalse(analyst.may(Role.VIEWER, maps));
        analyst.disable(0, T1);
        assertFalse(analyst.may(Role.VIEWER, music));
    }

    @Test
    void displayNamesAreRequiredAndShort() {
        InvalidInputException blank = assertThrows(InvalidInputException.class,
                () -> User.create(new Username("abc"), " ", Role.VIEWER, ProductScope.allProducts(), "$2a$x", T0));
        assertEquals("displayName", blank.field());
        InvalidInputException tooLong = assertThrows(InvalidInputException.class,
                () -> user("abc", Role.VIEWER).rename("x".repeat(101), T1));
        assertEquals("displayName", tooLong.field());
    }

    private static User user(String name, Role role) {
        return User.create(new Username(name), "Someone", role, ProductScope.allProducts(), "$2a$12$hash", T0);
    }
}
