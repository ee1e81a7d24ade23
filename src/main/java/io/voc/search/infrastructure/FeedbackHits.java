package io.voc.search.infrastructure;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.voc.feedback.application.FeedbackJson;
import io.voc.search.model.FoundFeedback;
import java.util.List;
import java.util.Objects;

/** Search hits back to feedback with their analysis, the same way for search and export. */
final class FeedbackHits {
    private FeedbackHits() {
    }

    static List<FoundFeedback> found(SearchResponse<FeedbackJson> response) {
        return response.hits().hits().stream()
                .map(Hit::source)
                .filter(Objects::nonNull)
                .map(json -> new FoundFeedback(json.toFeedback(), json.nlp() == null ? null : json.nlp().toAnalysis()))
                .toList();
    }
}
