package io.voc.nlp.application;

import io.voc.search.application.StoreOutcome;
import java.util.List;

/** Where analyses go: into the feedback documents of the search store (Elasticsearch). */
public interface EnrichmentStore {

    /**
     * Writes each analysis into its feedback's document, in whichever index that is. A feedback that is
     * not stored yet (the indexer is behind) is stored with its analysis; the indexer then finds it there.
     * Outcome: created = stored by this call, alreadyStored = enriched in place, refused = never storable.
     *
     * @throws io.voc.search.application.StoreUnavailableException when the store cannot take the batch now;
     *         retrying the whole batch is safe
     */
    StoreOutcome enrich(List<Enrichment> batch);

    /**
     * Replaces the analysis of documents known by index and id; returns how many were updated (a document
     * deleted meanwhile is skipped).
     *
     * @throws io.voc.search.application.StoreUnavailableException as above
     */
    int update(List<DocumentAnalysis> batch);
}
