package io.voc.persona.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.voc.persona.application.PersonaMarks;
import io.voc.persona.application.PersonasUnavailableException;
import io.voc.search.infrastructure.FeedbackIndexNames;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Personas marked on feedback documents: the documents of the given authors that do not carry the persona yet are
 * searched a page at a time and given it by partial updates in bulk (no update-by-query: it needs the reindex
 * and painless modules, which not every Elasticsearch has). Each page is refreshed before the next search, so
 * the search never finds a document twice and stops when none is left. Clearing sets {@code persona} to null,
 * which Elasticsearch treats as absent.
 */
@ApplicationScoped
class ElasticsearchPersonaMarks implements PersonaMarks {
    private static final int PAGE = 2_000;
    private static final int RETRY_ON_CONFLICT = 3;

    private final ElasticsearchClient client;
    private final FeedbackIndexNames names;

    ElasticsearchPersonaMarks(ElasticsearchClient client, FeedbackIndexNames names) {
        this.client = client;
        this.names = names;
    }

    @Override
    public void mark(String personaName, Collection<String> userIds) {
        Query unmarked = Query.of(q -> q.bool(b -> b
                .filter(f -> f.terms(t -> t.field("userId")
                        .terms(v -> v.value(userIds.stream().map(FieldValue::of).toList()))))
                .mustNot(n -> n.term(t -> t.field("persona").value(personaName)))));
        Map<String, Object> persona = new HashMap<>();
        persona.put("persona", personaName);
        updateAll(unmarked, persona, "marking " + personaName);
    }

    @Override
    public void clearOthers(Collection<String> currentNames) {
        Query stale = Query.of(q -> q.bool(b -> b.filter(f -> f.exists(e -> e.field("persona")))
                .mustNot(n -> n.terms(t -> t.field("persona")
                        .terms(v -> v.value(currentNames.stream().map(FieldValue::of).toList()))))));
        Map<String, Object> none = new HashMap<>();
        none.put("persona", null);
        updateAll(stale, none, "clearing older personas");
    }

    private void updateAll(Query matching, Map<String, Object> partial, String what) {
        try {
            long left = Long.MAX_VALUE;
            while (true) {
                SearchResponse<Void> page = client.search(s -> s.index(names.readAlias()).query(matching).size(PAGE)
                        .source(src -> src.fetch(false)).trackTotalHits(t -> t.enabled(true)), Void.class);
                List<Hit<Void>> hits = page.hits().hits();
                long total = page.hits().total() == null ? hits.size() : page.hits().total().value();
                if (hits.isEmpty()) {
                    return;
                }
                if (total >= left) { // the last page changed nothing: stop rather than loop
                    throw new PersonasUnavailableException("Elasticsearch: " + what + " makes no progress ("
                            + total + " documents left)", null);
                }
                left = total;
                BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
                for (Hit<Void> hit : hits) {
                    bulk.operations(op -> op.update(u -> u.index(hit.index()).id(hit.id())
                            .retryOnConflict(RETRY_ON_CONFLICT).action(a -> a.doc(partial))));
                }
                BulkResponse response = client.bulk(bulk.build());
                if (response.errors() && response.items().stream().allMatch(i -> i.error() != null)) {
                    throw new PersonasUnavailableException("Elasticsearch: " + what + " failed: "
                            + response.items().get(0).error().reason(), null);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PersonasUnavailableException p) {
                throw p;
            }
            throw new PersonasUnavailableException("Elasticsearch: " + what + " failed: " + e.getMessage(), e);
        }
    }
}
