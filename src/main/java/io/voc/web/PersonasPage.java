package io.voc.web;

import io.voc.persona.application.ManagePersonas;
import io.voc.persona.application.StoredPersonas;
import io.voc.persona.model.Persona;
import io.voc.platform.model.DependencyUnavailableException;
import io.voc.search.application.OverviewFeedback;
import io.voc.search.application.SearchFeedback;
import io.voc.search.model.FeedbackFilter;
import io.voc.search.model.FeedbackQuery;
import io.voc.search.model.FeedbackSort;
import io.voc.search.model.Narrowing;
import io.voc.search.model.Overview;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The personas, for product managers: each with its size, mood, what it complains about, how much it wrote week
 * by week over the window it was built from, a few of its words, and a link to all its feedback in the Explorer.
 */
@RolesAllowed(Access.READ)
@Path("/personas")
public class PersonasPage {
    private static final Logger LOG = Logger.getLogger(PersonasPage.class);
    static final int EXAMPLES = 3;

    private final Pages pages;
    private final ManagePersonas personas;
    private final OverviewFeedback overviews;
    private final SearchFeedback search;
    private final CurrentCaller caller;

    PersonasPage(Pages pages, ManagePersonas personas, OverviewFeedback overviews, SearchFeedback search,
            CurrentCaller caller) {
        this.pages = pages;
        this.personas = personas;
        this.overviews = overviews;
        this.search = search;
        this.caller = caller;
    }

    /** One persona as the page shows it. */
    public record Card(Persona persona, double share, List<Overview.Point> trend, long maxWeek, List<String> examples,
            String explorer) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String personas() {
        Map<String, Object> model = new HashMap<>();
        try {
            Optional<StoredPersonas> latest = personas.latest();
            latest.ifPresent(version -> {
                model.put("version", version);
                model.put("cards", cards(version));
                model.put("from", ExplorerLink.from(version.from()));
                model.put("to", ExplorerLink.to(version.to()));
            });
        } catch (DependencyUnavailableException e) {
            LOG.warn(e.getMessage());
            model.put("problem", "Personas are unavailable right now (PostgreSQL or Elasticsearch cannot be reached). "
                    + "Try again shortly.");
        }
        return pages.render("personas", model);
    }

    private List<Card> cards(StoredPersonas version) {
        List<Card> cards = new ArrayList<>();
        for (Persona p : version.personas()) {
            Narrowing narrowing = Narrowing.NONE.with(Narrowing.Field.PERSONA, p.name());
            FeedbackFilter filter = new FeedbackFilter(null, null, version.from(), version.to(), caller.products(),
                    narrowing);
            Overview overview = overviews.overview(null, ExplorerLink.from(version.from()),
                    ExplorerLink.to(version.to()), narrowing, caller.products());
            List<String> examples = search.search(new FeedbackQuery(filter, 1, EXAMPLES, FeedbackSort.NEWEST)).items()
                    .stream().map(f -> f.feedback().text().value()).toList();
            long maxWeek = overview.series().stream().mapToLong(Overview.Point::count).max().orElse(0);
            cards.add(new Card(p, version.users() == 0 ? 0 : (double) p.users() / version.users(), overview.series(),
                    maxWeek, examples, ExplorerLink.of(filter).href()));
        }
        return cards;
    }
}
