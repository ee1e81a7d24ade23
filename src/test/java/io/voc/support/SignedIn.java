package io.voc.support;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.voc.account.application.PasswordHasher;
import io.voc.account.application.Users;
import io.voc.account.model.Role;
import io.voc.account.model.User;
import io.voc.account.model.Username;
import io.voc.feedback.model.ProductScope;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests made as somebody. Tests act as {@value #ADMIN}, an admin created on first use (the test
 * database outlives runs when the test servers are kept up, so its password is fixed here rather than
 * taken from the bootstrap); other users are created per test with unique names. No test sends a wrong
 * password for {@value #ADMIN}: five would lock it for every test.
 */
public final class SignedIn {
    public static final String ADMIN = "test-admin";
    public static final String ADMIN_PASSWORD = "test-admin-password-2026";
    public static final String PASSWORD = "correct horse battery staple";
    private static volatile boolean adminExists;
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private SignedIn() {
    }

    /** A request with the first admin's credentials (HTTP Basic, as a script would send them). */
    public static RequestSpecification asAdmin() {
        ensureAdmin();
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }

    /** Creates {@value #ADMIN} unless it exists; needs a running test app (its beans). */
    public static void ensureAdmin() {
        if (!adminExists) {
            Users users = Arc.container().instance(Users.class).get();
            PasswordHasher hasher = Arc.container().instance(PasswordHasher.class).get();
            users.addIfAbsent(User.create(new Username(ADMIN), "Test admin", Role.ADMIN, ProductScope.allProducts(),
                    hasher.hash(ADMIN_PASSWORD), Instant.now()));
            adminExists = true;
        }
    }

    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, PASSWORD);
    }

    /**
     * Creates {@value #ADMIN} straight in the test database, for tests that run the packaged app as a
     * process of its own (no beans to call). Call it once the app has migrated the schema.
     */
    public static void ensureAdminInDatabase() throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + PackagedApp.env("VOC_DB_PORT", "15432") + "/"
                + PackagedApp.env("VOC_DB_NAME", "voc_test");
        try (Connection db = DriverManager.getConnection(url, PackagedApp.env("VOC_DB_USER", "voc"),
                PackagedApp.env("VOC_DB_PASSWORD", "voc"));
                PreparedStatement insert = db.prepareStatement("insert into voc_user (id, username, display_name, role,"
                        + " all_products, password_hash, created_at, updated_at)"
                        + " values (?, ?, 'Test admin', 'ADMIN', true, ?, now(), now()) on conflict (username) do nothing")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, ADMIN);
            insert.setString(3, BcryptUtil.bcryptHash(ADMIN_PASSWORD));
            insert.executeUpdate();
        }
    }

    /** The Authorization header of {@value #ADMIN}, for plain HTTP clients. */
    public static String adminAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString(
                (ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** A new user with {@link #PASSWORD}; the name starts with {@code prefix} and is unique. */
    public static String newUser(Users users, PasswordHasher hasher, String prefix, Role role, ProductScope products) {
        String name = (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
        users.addIfAbsent(User.create(new Username(name), prefix, role, products, hasher.hash(PASSWORD), Instant.now()));
        return name;
    }

    /** A browser's sign-in through the form: the session cookie and the CSRF token its pages carry. */
    public record Browser(String sessionCookie, String csrfToken) {
        public RequestSpecification request() {
            return given().redirects().follow(false).cookie("voc_session", sessionCookie);
        }
    }

    /**
     * What a browser does on the sign-in page: loads the form (its token cookie and hidden field), then
     * posts it. The answer is returned as it comes (redirects not followed).
     */
    public static Response postSignInForm(String username, String password, String next) {
        Response form = given().get("/login");
        return given().redirects().follow(false)
                .cookie("voc_signin", form.cookie("voc_signin"))
                .formParams(Map.of("username", username, "password", password, "_csrf", csrfField(form.asString()),
                        "next", next))
                .post("/login");
    }

    public static Browser signInWithForm(String username, String password) {
        ensureAdmin();
        Response signedIn = postSignInForm(username, password, "/");
        if (signedIn.statusCode() != 303 || signedIn.cookie("voc_session") == null) {
            throw new AssertionError("sign-in as " + username + " failed: " + signedIn.statusCode() + " "
                    + signedIn.asString());
        }
        String session = signedIn.cookie("voc_session");
        String csrf = csrfField(given().cookie("voc_session", session).get("/").asString());
        return new Browser(session, csrf);
    }

    /** The value of the hidden {@code _csrf} field in a page. */
    public static String csrfField(String html) {
        Matcher m = CSRF_FIELD.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no _csrf field in the page:\n" + html);
        }
        return m.group(1);
    }
}
