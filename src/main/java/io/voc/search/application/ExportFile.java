package io.voc.search.application;

import io.voc.search.model.ExportFormat;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An export opened and ready to stream: the store was asked already (so an unreachable store was an error
 * before any byte), the file is written while it is read. Feedback of a search and a saved query's rows or
 * buckets are all sent the same way.
 */
public interface ExportFile extends AutoCloseable {

    ExportFormat format();

    /**
     * What the download announces ({@code X-Total-Count}); the file may hold fewer when it has a limit. Negative
     * when it is not known before the file is written.
     */
    long total();

    /** Writes the whole file, then frees what the store holds for it - also when writing fails. */
    void writeTo(OutputStream out) throws IOException;

    /** For an export that will not be written after all. */
    @Override
    void close();
}
