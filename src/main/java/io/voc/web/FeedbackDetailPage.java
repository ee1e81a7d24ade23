package io.voc.web;

import io.voc.platform.model.InvalidInputException;
import io.voc.search.application.ReadFeedback;
import io.voc.search.application.StoreUnavailableException;
import io.voc.search.model.FoundFeedback;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * One feedback with everything VOC knows about it: where it came from, and what the NLP stage read in it -
 * the sentiment of each sentence, aspects, topics, keyphrases, intent. Its values link back to the Explorer,
 * narrowed to them.
 */
@RolesAllowed(Access.READ)
@Path("/feedback/{id}")
public class FeedbackDetailPage {
    private static final Logger LOG = Logger.getLogger(FeedbackDetailPage.class);

    private final Pages pages;
    private final ReadFeedback readFeedback;
    private final CurrentCaller caller;

    FeedbackDetailPage(Pages pages, ReadFeedback readFeedback, CurrentCaller caller) {
        this.pages = pages;
        this.readFeedback = readFeedback;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("id") String id) {
        Map<String, Object> model = new HashMap<>();
        Response.Status status = Response.Status.OK;
        try {
            Optional<FoundFeedback> found = readFeedback.byId(id, caller.products());
            if (found.isPresent()) {
                model.put("found", found.get());
                model.put("explore", ExplorerLink.ofProduct(found.get().feedback().product().value()));
            } else {
                status = Response.Status.NOT_FOUND;
                model.put("problem", "There is no feedback " + id + " among the products you may see.");
            }
        } catch (InvalidInputException e) {
            status = Response.Status.BAD_REQUEST;
            model.put("problem", e.getMessage());
        } catch (StoreUnavailableException e) {
            LOG.warn(e.getMessage());
            status = Response.Status.SERVICE_UNAVAILABLE;
            model.put("problem", "Feedback cannot be read right now (Elasticsearch cannot be reached). Try again shortly.");
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(pages.render("feedback", model)).build();
    }
}
