package io.voc.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import io.voc.account.application.BrowserSessions;
import io.voc.account.application.Caller;
import io.voc.account.application.SignIn;
import io.voc.account.application.SignInRefusedException;
import io.voc.platform.VocConfig;
import io.voc.platform.model.DependencyUnavailableException;
import io.voc.web.security.CallerIdentity;
import io.voc.web.security.CsrfProtection;
import io.voc.web.security.VocAuthenticationMechanism;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Sign-in and sign-out for browsers. The form itself is protected against login CSRF (a site signing
 * a victim into the attacker's account) by a double-submit token: a random value in a cookie that
 * must come back in the form.
 */
@Path("/")
@PermitAll
public class SignInPage {
    private static final Logger LOG = Logger.getLogger(SignInPage.class);
    static final String FORM_COOKIE = "voc_signin";

    private final Pages pages;
    private final SignIn signIn;
    private final BrowserSessions sessions;
    private final SecurityIdentity identity;
    private final boolean secureCookies;

    SignInPage(Pages pages, SignIn signIn, BrowserSessions sessions, SecurityIdentity identity, VocConfig config) {
        this.pages = pages;
        this.signIn = signIn;
        this.sessions = sessions;
        this.identity = identity;
        this.secureCookies = config.auth().secureCookies();
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public Response form(@QueryParam("next") String next, @QueryParam("signedOut") String signedOut,
            RoutingContext routing) {
        if (CallerIdentity.caller(identity).isPresent()) {
            return Response.seeOther(URI.create(safeNext(next))).build();
        }
        return page(200, next, "", signedOut != null ? "You are signed out." : null, null, routing);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam("next") String next, @FormParam(CsrfProtection.FORM_FIELD) String formToken,
            @CookieParam(FORM_COOKIE) String cookieToken, RoutingContext routing) {
        if (formToken == null || cookieToken == null || !MessageDigest.isEqual(
                formToken.getBytes(StandardCharsets.UTF_8), cookieToken.getBytes(StandardCharsets.UTF_8))) {
            return page(403, next, username, null, "The sign-in form expired. Please try again.", routing);
        }
        try {
            Caller caller = signIn.withPassword(username, password, Caller.Via.SESSION);
            BrowserSessions.NewSession session = sessions.start(caller, routing.request().getHeader("User-Agent"));
            return Response.seeOther(URI.create(safeNext(next)))
                    .cookie(cookie(VocAuthenticationMechanism.SESSION_COOKIE, session.cookieValue(),
                            (int) session.maxAge().toSeconds(), routing))
                    .cookie(cookie(FORM_COOKIE, "", 0, routing))
                    .build();
        } catch (SignInRefusedException e) {
            int status = e.retryAfter().isPresent() ? 429 : 401;
            return page(status, next, username, null, e.getMessage(), routing);
        } catch (DependencyUnavailableException e) {
            LOG.warn(e.getMessage());
            return page(503, next, username, null, "Sign-in is not possible right now: " + e.userMessage() + ".",
                    routing);
        }
    }

    @POST
    @Path("logout")
    @Produces(MediaType.TEXT_HTML)
    public Response signOut(@CookieParam(VocAuthenticationMechanism.SESSION_COOKIE) String sessionCookie,
            RoutingContext routing) {
        try {
            sessions.end(sessionCookie);
        } catch (DependencyUnavailableException e) {
            LOG.warn(e.getMessage()); // the cookie is cleared anyway; the session expires on its own
        }
        return Response.seeOther(URI.create("/login?signedOut"))
                .cookie(cookie(VocAuthenticationMechanism.SESSION_COOKIE, "", 0, routing))
                .build();
    }

    private Response page(int status, String next, String username, String notice, String problem,
            RoutingContext routing) {
        String formToken = BrowserSessions.randomToken();
        Map<String, Object> model = new HashMap<>();
        model.put("next", safeNext(next));
        model.put("username", username == null ? "" : username);
        model.put("notice", notice);
        model.put("problem", problem);
        model.put("formToken", formToken);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(pages.render("signin", model))
                .cookie(cookie(FORM_COOKIE, formToken, 3600, routing))
                .build();
    }

    private NewCookie cookie(String name, String value, int maxAge, RoutingContext routing) {
        return new NewCookie.Builder(name).value(value).path("/").maxAge(maxAge).httpOnly(true)
                .secure(secureCookies || routing.request().isSSL())
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }

    /** Only a path on this site: "next" must not send a user who just signed in to someone else's page. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return next;
    }
}
