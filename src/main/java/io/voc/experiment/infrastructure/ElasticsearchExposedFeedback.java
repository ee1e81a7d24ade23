package io.voc.experiment.infrastructure;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.voc.experiment.application.ExposedFeedback;
import io.voc.experiment.model.UserFeedback;
import io.voc.feedback.model.ProductKey;
import io.voc.nlp.model.Analysis;
import io.voc.search.application.FeedbackScans;
import io.voc.search.infrastructure.ElasticsearchFeedbackScans;
import io.voc.search.model.FoundFeedback;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Feedback of an experiment's users from Elasticsearch: a terms filter on {@code userId} (in chunks well under
 * the index's limit of 65,536 terms), the product and the time, read through the exports' point-in-time scan
 * so that any number of pages stays consistent and bounded in memory per page.
 */
@ApplicationScoped
class ElasticsearchExposedFeedback implements ExposedFeedback {
    private static final int USERS_PER_QUERY = 10_000;
    private static final int PAGE_SIZE = 1_000;

    private final ElasticsearchFeedbackScans scans;

    ElasticsearchExposedFeedback(ElasticsearchFeedbackScans scans) {
        this.scans = scans;
    }

    @Override
    public List<UserFeedback> of(ProductKey product, Collection<String> userIds, Instant since) {
        List<String> ids = List.copyOf(userIds);
        List<UserFeedback> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += USERS_PER_QUERY) {
            List<FieldValue> chunk = ids.subList(from, Math.min(ids.size(), from + USERS_PER_QUERY)).stream()
                    .map(FieldValue::of).toList();
            Query query = Query.of(q -> q.bool(b -> b
                    .filter(f -> f.term(t -> t.field("product").value(product.value())))
                    .filter(f -> f.terms(t -> t.field("userId").terms(v -> v.value(chunk))))
                    .filter(f -> f.range(r -> r.date(d -> d.field("createdAt").gte(since.toString()))))));
            try (FeedbackScans.Scan scan = scans.open(query, PAGE_SIZE)) {
                for (List<FoundFeedback> page = scan.nextPage(); !page.isEmpty(); page = scan.nextPage()) {
                    page.forEach(f -> found.add(userFeedback(f)));
                }
            }
        }
        return found;
    }

    private static UserFeedback userFeedback(FoundFeedback found) {
        Analysis a = found.analysis();
        boolean analysed = a != null && a.sentiment() != null;
        return new UserFeedback(found.feedback().userId(), found.feedback().createdAt(),
                analysed ? a.sentiment().label().wireName() : null, analysed ? a.sentiment().score() : null,
                a == null ? List.of() : a.aspects().stream().map(x -> new UserFeedback.AspectMention(x.term(),
                        x.sentiment() == null ? null : x.sentiment().label().wireName())).toList());
    }
}
