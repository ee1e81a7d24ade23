package io.voc.nlp.application;

import java.util.List;

/**
 * The feedback documents a re-enrichment job visits, in ascending id order (ids are unique), so that
 * "after this id" is a position any new scan can resume from.
 *
 * @throws io.voc.search.application.StoreUnavailableException from every method when the store is away
 */
public interface DocumentsToReenrich {

    /**
     * Which documents: of one product or all ({@code product} null), and only those whose analysis is not
     * at {@code outdatedAgainst} (null: every document).
     */
    record Selection(String product, String outdatedAgainst) {
    }

    /**
     * Names the documents of this installation (the read alias). A job records it, so that only instances
     * over the same documents work it.
     */
    String location();

    long count(Selection selection);

    /** A consistent view of the selected documents (a point in time); close it when done. */
    Scan open(Selection selection);

    interface Scan extends AutoCloseable {
        /** Up to {@code size} documents with ids after {@code afterId} (null: from the first), in id order. */
        List<StoredDocument> next(String afterId, int size);

        @Override
        void close();
    }
}
