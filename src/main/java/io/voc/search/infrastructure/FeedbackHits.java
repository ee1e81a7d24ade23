package io.voc.search.infrastructure;

import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.voc.feedback.application.FeedbackJson;
import io.voc.search.model.FoundFeedback;
import io.voc.search.model.HighlightedText;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Search hits back to feedback with their analysis (and highlight), the same way for search and export. */
public final class FeedbackHits {
    private FeedbackHits() {
    }

    public static List<FoundFeedback> found(ResponseBody<FeedbackJson> response) {
        return response.hits().hits().stream()
                .filter(hit -> hit.source() != null)
                .map(FeedbackHits::found)
                .toList();
    }

    static FoundFeedback found(Hit<FeedbackJson> hit) {
        FeedbackJson json = hit.source();
        return new FoundFeedback(json.toFeedback(), json.nlp() == null ? null : json.nlp().toAnalysis(),
                highlight(hit));
    }

    /** English matches first (stemmed: "crashes" marks "crashed"), else CJK bigram matches. */
    private static HighlightedText highlight(Hit<?> hit) {
        return Stream.of("text", "text.cjk")
                .map(field -> hit.highlight().get(field))
                .filter(Objects::nonNull)
                .filter(fragments -> !fragments.isEmpty())
                .map(fragments -> HighlightedText.parse(fragments.get(0)))
                .findFirst()
                .orElse(null);
    }
}
