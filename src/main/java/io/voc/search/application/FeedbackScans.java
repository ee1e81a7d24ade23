package io.voc.search.application;

import io.voc.search.model.FeedbackFilter;
import io.voc.search.model.FoundFeedback;
import java.util.List;

/**
 * Reads every feedback that matches a filter, newest first, page by page from one consistent view of the
 * store: feedback stored meanwhile neither shifts nor repeats the pages. For exports.
 */
public interface FeedbackScans {

    /**
     * Opens a view and reads its first page, so that an unreachable store shows before anything is sent.
     *
     * @throws StoreUnavailableException when the store cannot be read now
     */
    Scan open(FeedbackFilter filter, int pageSize);

    /** An open view; close it (also after a failure) to free the store's resources at once. */
    interface Scan extends AutoCloseable {
        /** How many feedback matched when the view was opened. */
        long total();

        /**
         * The next page, empty after the last one.
         *
         * @throws StoreUnavailableException when the store cannot be read now (the scan cannot go on)
         */
        List<FoundFeedback> nextPage();

        /** Frees the view; never fails (the store lets a forgotten view expire by itself). */
        @Override
        void close();
    }
}
