package io.voc.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntFunction;
import org.awaitility.Awaitility;

/**
 * Feedback documents written straight into Elasticsearch (as an older VOC would have left them) and
 * counted there: test setup and assertions for re-enrichment, usable inside and outside a Quarkus app.
 */
public final class FeedbackDocuments {
    /** Varied, unambiguous texts: the analysis of each is easy to judge. */
    public static final List<String> TEXTS = List.of(
            "The app keeps crashing every time I open it, terrible",
            "Love the new design, it is fast and beautiful",
            "I was charged twice for premium and nobody answers my emails",
            "Login takes forever since the last update",
            "Great support team, they fixed my problem in an hour",
            "Please add a dark mode for night reading");
    /** Each text's star rating, as its author would give it: the rating is part of the text's sentiment. */
    private static final List<Integer> RATINGS = List.of(1, 5, 1, 2, 5, 4);

    private final String elasticsearch;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    public FeedbackDocuments(String elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    /** The test stack's Elasticsearch (VOC_ES_HOSTS, else 127.0.0.1:19200). */
    public static FeedbackDocuments onTestStack() {
        String hosts = System.getenv("VOC_ES_HOSTS");
        return new FeedbackDocuments("http://" + (hosts == null || hosts.isBlank() ? "127.0.0.1:19200" : hosts.split(",")[0]));
    }

    /**
     * Writes {@code count} feedback of {@code product} through the write alias, then refreshes. With
     * {@code nlpVersion} they carry an analysis of that version enriched at {@code enrichedAt}, else none.
     */
    public void write(String writeAlias, String product, int count, String nlpVersion, String enrichedAt)
            throws Exception {
        writeAll(writeAlias, count, i -> {
            ObjectNode doc = document(product, i, TEXTS.get(i % TEXTS.size()) + " (review " + i + ")")
                    .put("rating", RATINGS.get(i % TEXTS.size()));
            if (nlpVersion != null) {
                doc.putObject("nlp").put("language", "en").put("nlpVersion", nlpVersion).put("enrichedAt", enrichedAt)
                        .putObject("sentiment").put("label", "neutral").put("score", 0.0);
            }
            return doc;
        });
    }

    /**
     * A valid app-store feedback document of {@code product}, number {@code i} (its id is {@link #id}), created
     * 2026-11-01T00:00:00Z, without rating or analysis: add or overwrite fields before {@link #writeAll}.
     */
    public ObjectNode document(String product, int i, String text) {
        return json.createObjectNode()
                .put("schemaVersion", 1).put("id", id(product, i)).put("product", product).put("channel", "app_store")
                .put("sourceId", "r-" + i).put("text", text).put("locale", "en-US")
                .put("createdAt", "2026-11-01T00:00:00Z").put("receivedAt", "2026-11-01T00:00:01Z");
    }

    /** Writes documents 0 to count - 1 through the write alias in bulks of about 2 MB, then refreshes. */
    public void writeAll(String writeAlias, int count, IntFunction<ObjectNode> document) throws Exception {
        bulkWrite("create", writeAlias, count, document);
    }

    /** Like {@link #writeAll}, but a document already there (same id) is replaced. */
    public void overwriteAll(String writeAlias, int count, IntFunction<ObjectNode> document) throws Exception {
        bulkWrite("index", writeAlias, count, document);
    }

    private void bulkWrite(String action, String writeAlias, int count, IntFunction<ObjectNode> document)
            throws Exception {
        // the app creates its index and aliases in the background as it starts: a test that writes first waits
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> aliasExists(writeAlias));
        StringBuilder bulk = new StringBuilder();
        for (int i = 0; i < count; i++) {
            ObjectNode doc = document.apply(i);
            bulk.append("{\"").append(action).append("\":{\"_id\":\"").append(doc.path("id").asText()).append("\"}}\n")
                    .append(json.writeValueAsString(doc)).append('\n');
            if (bulk.length() > 2_000_000 || i == count - 1) {
                JsonNode answer = send("POST", "/" + writeAlias + "/_bulk?require_alias=true", bulk.toString(),
                        "application/x-ndjson");
                if (answer.path("errors").asBoolean()) {
                    throw new IllegalStateException("bulk failed: " + answer.toString().substring(0, 500));
                }
                bulk.setLength(0);
            }
        }
        send("POST", "/" + writeAlias + "/_refresh", "", "application/json");
    }

    /** Sends a request to Elasticsearch as it is (a test that changes a document behind VOC's back). */
    public JsonNode request(String method, String path, String body) throws Exception {
        return send(method, path, body, "application/json");
    }

    /** Deletes the documents of {@code index} that a query-string query matches (up to 10,000), then refreshes. */
    public void deleteWhere(String index, String query) throws Exception {
        JsonNode hits = send("GET", "/" + index + "/_search?size=10000&_source=false&q="
                + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8), null, "application/json")
                .path("hits").path("hits");
        StringBuilder bulk = new StringBuilder();
        hits.forEach(hit -> bulk.append("{\"delete\":{\"_id\":").append(hit.path("_id")).append("}}\n"));
        if (bulk.length() > 0) {
            send("POST", "/" + index + "/_bulk?refresh=true", bulk.toString(), "application/x-ndjson");
        }
    }

    /** Search contexts open on the indices behind {@code index}: points in time and scrolls. */
    public long openSearchContexts(String index) throws Exception {
        return send("GET", "/" + index + "/_stats/search", null, "application/json").path("_all").path("total")
                .path("search").path("open_contexts").asLong();
    }

    /** Documents behind {@code index} matching a query (JSON), counted after a refresh. */
    public long count(String index, String query) throws Exception {
        send("POST", "/" + index + "/_refresh", "", "application/json");
        return send("POST", "/" + index + "/_count", "{\"query\":" + query + "}", "application/json").path("count")
                .asLong();
    }

    /** The first document matching a query (JSON), its source. */
    public JsonNode first(String index, String query) throws Exception {
        return send("POST", "/" + index + "/_search", "{\"size\":1,\"query\":" + query + "}", "application/json")
                .path("hits").path("hits").path(0).path("_source");
    }

    public boolean aliasExists(String alias) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(elasticsearch + "/_alias/" + alias))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200;
    }

    private JsonNode send(String method, String path, String body, String type) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(elasticsearch + path))
                .header("Content-Type", type).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body());
    }

    /** The id of document {@code i} of {@code product}. */
    public static String id(String product, int i) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((product + "/" + i).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
