package io.voc.web;

import io.vertx.core.http.HttpServerResponse;
import io.voc.search.application.ExportFile;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;


/** An opened export as a download: streamed while it is read, as an attachment, announcing its size. */
final class ExportResponses {
    /**
     * What the export counted when it started (matches, or a query's buckets): a browser's progress bar. Left out
     * when it cannot be known before the end (a warehouse query's rows).
     */
    static final String TOTAL_HEADER = "X-Total-Count";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private ExportResponses() {
    }

    /**
     * The file {@code <name>-<yyyyMMdd-HHmmss>.<csv|jsonl>} (UTC). The store's view stays open until the file
     * is written, or expires by itself if the reader is gone before that.
     *
     * <p>A file that fails midway is cut short for every reader to notice: the connection is reset, so chunked
     * encoding's last chunk never comes. Left to itself, the error handling sometimes still ended the chunked
     * body cleanly (seen under load), and the reader got a complete-looking file that was not complete.
     */
    static Response attachment(ExportFile export, String name, HttpServerResponse http) {
        String filename = name + "-" + FILE_TIME.format(Instant.now()) + "." + export.format().extension();
        StreamingOutput body = out -> {
            try {
                export.writeTo(out);
            } catch (IOException | RuntimeException e) {
                http.reset();
                throw e;
            }
        };
        Response.ResponseBuilder response = Response.ok(body, export.format().mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
        if (export.total() >= 0) {
            response.header(TOTAL_HEADER, export.total());
        }
        return response.build();
    }
}
