package io.voc.search.infrastructure;

/** How to read the status of one item of an Elasticsearch bulk response. */
public final class BulkItemStatus {
    private BulkItemStatus() {
    }

    /**
     * 4xx means this document will never be accepted as it is (mapping, size) - except a timeout (408),
     * overload (429) and a missing index (404), which an operator or time fixes.
     */
    public static boolean isPermanent(int status) {
        return status >= 400 && status < 500 && status != 404 && status != 408 && status != 429;
    }
}
