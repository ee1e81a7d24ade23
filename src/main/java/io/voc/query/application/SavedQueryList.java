package io.voc.query.application;

import java.util.List;

/** One page of saved queries, most recently changed first; {@code hasMore}: a next page has some. */
public record SavedQueryList(List<SavedQueryView> items, int page, boolean hasMore) {
}
