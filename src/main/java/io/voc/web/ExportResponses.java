package io.voc.web;

import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import io.voc.search.application.ExportFile;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;


/** An opened export as a download: streamed while it is read, as an attachment, announcing its size. */
final class ExportResponses {
    /**
     * What the export counted when it started (matches, or a query's buckets): a browser's progress bar. Left out
     * when it cannot be known before the end (a warehouse query's rows).
     */
    static final String TOTAL_HEADER = "X-Total-Count";
    private static final int CLOSE_WAIT_SECONDS = 30;
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private ExportResponses() {
    }

    /**
     * The file {@code <name>-<yyyyMMdd-HHmmss>.<csv|jsonl>} (UTC). The store's view stays open until the file
     * is written, or expires by itself if the reader is gone before that.
     *
     * <p>A file that fails midway is cut short for every reader to notice: the connection is reset, so chunked
     * encoding's last chunk never comes.
     */
    static Response attachment(ExportFile export, String name, RoutingContext routing) {
        String filename = name + "-" + FILE_TIME.format(Instant.now()) + "." + export.format().extension();
        StreamingOutput body = out -> {
            try {
                export.writeTo(out);
            } catch (IOException | RuntimeException e) {
                routing.response().reset();
                awaitClosed(routing);
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

    /**
     * Over HTTP/1.1, a reset closes the connection once what was sent before is written; but the error handling
     * that follows ends the response, and Vert.x writes that last chunk even after a reset - if it got into the
     * connection before the close, the reader saw a complete-looking file (seen under load). So the failure waits
     * here, before it reaches the error handling, until the connection is closed; a reader who does not read for
     * {@value #CLOSE_WAIT_SECONDS} s has it closed at once, with what was not sent yet.
     */
    private static void awaitClosed(RoutingContext routing) {
        if (routing.request().version() == HttpVersion.HTTP_2
                || !(routing.request().connection() instanceof ConnectionBase connection)) {
            return; // HTTP/2 resets just the stream, which has no last chunk to fear
        }
        try {
            connection.closeFuture().toCompletionStage().toCompletableFuture().get(CLOSE_WAIT_SECONDS,
                    TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            connection.channel().close();
        } catch (ExecutionException e) {
            connection.channel().close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            connection.channel().close();
        }
    }
}
