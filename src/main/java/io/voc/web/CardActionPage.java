package io.voc.web;

import io.voc.account.model.NotAllowedException;
import io.voc.card.application.ActOnAlert;
import io.voc.card.application.AlertNotFoundException;
import io.voc.card.application.CardLinkRefusedException;
import io.voc.card.application.FollowCardLink;
import io.voc.card.model.Card;
import io.voc.platform.VocConfig;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Where a Teams card's buttons lead ({@code /cards/act?alert&action&expires&sig}, made by
 * SignedCardActionLinks). Signed in first (an anonymous visitor goes to sign-in and comes back), the person sees
 * the alert and confirms with a form (session and CSRF token); the action then applies as them. A link that was
 * changed gets 403, an expired one 410, each with a page that says so; nothing is applied by a GET.
 */
@RolesAllowed(Access.READ)
@Path("/cards/act")
@Produces(MediaType.TEXT_HTML)
public class CardActionPage {
    private final Pages pages;
    private final FollowCardLink links;
    private final CurrentCaller caller;
    private final String vocAddress;

    CardActionPage(Pages pages, FollowCardLink links, CurrentCaller caller, VocConfig config) {
        this.pages = pages;
        this.links = links;
        this.caller = caller;
        String address = config.cards().publicUrl();
        this.vocAddress = address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }

    @GET
    public Response confirm(@QueryParam("alert") String alert, @QueryParam("action") String action,
            @QueryParam("expires") String expires, @QueryParam("sig") String sig) {
        return guarded(() -> {
            FollowCardLink.Followed followed = links.check(alert, action, expires, sig);
            Map<String, Object> model = model(followed.alert().card(vocAddress, Instant.now()), null, null);
            model.put("confirm", followed.link().action());
            model.put("link", followed.link());
            model.put("sig", sig);
            model.put("confirmation", UUID.randomUUID().toString());
            return PageForms.html(Response.Status.OK, pages.render("card-action", model));
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apply(@FormParam("alert") String alert, @FormParam("action") String action,
            @FormParam("expires") String expires, @FormParam("sig") String sig,
            @FormParam("confirmation") String confirmation) {
        return guarded(() -> {
            ActOnAlert.Result result = links.apply(caller.get(), alert, action, expires, sig, confirmation);
            Card card = result.alert().card(vocAddress, Instant.now());
            String notice = result.changed() ? "Done: " + card.status() + "."
                    : "Nothing to change: " + card.status() + ".";
            return PageForms.html(Response.Status.OK, pages.render("card-action", model(card, notice, null)));
        });
    }

    /** The page with the reason when the link, the alert or the person's rights do not allow it. */
    private Response guarded(Supplier<Response> page) {
        try {
            return PageForms.answer(page, problem -> pages.render("card-action", model(null, null, problem)));
        } catch (CardLinkRefusedException e) {
            return problem(e.expired() ? Response.Status.GONE : Response.Status.FORBIDDEN, e.getMessage());
        } catch (AlertNotFoundException e) {
            return problem(Response.Status.NOT_FOUND, "This alert no longer exists in VOC.");
        } catch (NotAllowedException e) {
            return problem(Response.Status.FORBIDDEN, "Not allowed: " + e.getMessage() + ". Nothing was changed.");
        }
    }

    private Response problem(Response.Status status, String message) {
        return PageForms.html(status, pages.render("card-action", model(null, null, message)));
    }

    private static Map<String, Object> model(Card alert, String notice, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("alert", alert);
        model.put("notice", notice);
        model.put("problem", problem);
        return model;
    }
}
