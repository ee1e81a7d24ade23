package io.voc.query.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.voc.query.model.QueryAggregation;
import io.voc.query.model.QueryResult;
import io.voc.search.application.ExportFile;
import io.voc.search.application.SpreadsheetCsv;
import io.voc.search.model.ExportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * An aggregation's buckets as a file, one bucket a row. JSON Lines: each bucket as the run API shows it
 * ({@code key}, {@code start}, {@code count}, {@code value}; absent parts left out). CSV: only the columns the
 * aggregation has, named for a spreadsheet - the grouping ({@code appVersion}), {@code start}, {@code count},
 * and the metric ({@code share_negative}) unless it is the count itself.
 */
final class BucketsExport implements ExportFile {
    private final ExportFormat format;
    private final QueryResult.Buckets result;
    private final ObjectMapper json;

    BucketsExport(ExportFormat format, QueryResult.Buckets result, ObjectMapper json) {
        this.format = format;
        this.result = result;
        this.json = json;
    }

    @Override
    public ExportFormat format() {
        return format;
    }

    /** The buckets: the file's rows. */
    @Override
    public long total() {
        return result.buckets().size();
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        if (format == ExportFormat.CSV) {
            writeCsv(out);
        } else {
            writeJsonLines(out);
        }
        out.flush();
    }

    private void writeJsonLines(OutputStream out) throws IOException {
        for (QueryResult.Bucket bucket : result.buckets()) {
            ObjectNode line = json.createObjectNode();
            if (bucket.key() != null) {
                line.put("key", bucket.key());
            }
            if (bucket.start() != null) {
                line.put("start", bucket.start().toString());
            }
            line.put("count", bucket.count());
            if (bucket.value() != null) {
                line.putPOJO("value", bucket.value());
            }
            out.write(json.writeValueAsBytes(line));
            out.write('\n');
        }
    }

    private void writeCsv(OutputStream out) throws IOException {
        QueryAggregation aggregation = result.aggregation();
        boolean grouped = aggregation.groupBy() != null;
        boolean series = aggregation.interval() != null;
        boolean measured = aggregation.metric() != QueryAggregation.Metric.COUNT;
        List<String> header = new ArrayList<>();
        if (grouped) {
            header.add(aggregation.groupBy().parameter());
        }
        if (series) {
            header.add("start");
        }
        header.add("count");
        if (measured) {
            header.add(aggregation.metric().wireName());
        }
        SpreadsheetCsv csv = new SpreadsheetCsv(out, header);
        for (QueryResult.Bucket bucket : result.buckets()) {
            List<String> cells = new ArrayList<>();
            if (grouped) {
                cells.add(bucket.key());
            }
            if (series) {
                cells.add(bucket.start().toString());
            }
            cells.add(Long.toString(bucket.count()));
            if (measured) {
                cells.add(bucket.value() == null ? null : bucket.value().toString());
            }
            csv.row(cells);
        }
        csv.flush();
    }

    /** Nothing is held open: the buckets were read when the export was opened. */
    @Override
    public void close() {
    }
}
