package io.voc.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.support.PackagedApp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The packaged app is killed (SIGKILL) in the middle of indexing 20,000 records and started again:
 * afterwards exactly 20,000 documents exist. Runs the real jar as its own process against the test stack.
 */
class PipelineCrashIT {
    // four of the indexer's 5,000-record batches: the kill follows the first documents seen within a poll
    // (100 ms), while the other three batches need more than a second of bulk indexing (at most ~10,000 docs/s
    // here, docs/benchmarks.md); that it lands mid-run is asserted below, not assumed
    private static final int RECORDS = 20_000;
    private static final int PARTITIONS = 6;
    private static final String KAFKA = PackagedApp.KAFKA;
    private static final String ES = PackagedApp.ES;

    private final String name = "crash-" + UUID.randomUUID().toString().substring(0, 8);
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aKilledIndexerLosesNothingAndDuplicatesNothing() throws Exception {
        createTopics();
        produce();

        Process first = startApp(1);
        try {
            long seen = awaitCount(count -> count > 0, Duration.ofMinutes(2));
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no commit
            assertTrue(seen < RECORDS, "the kill must happen mid-run (saw " + seen + " documents)");
        } finally {
            first.destroyForcibly();
        }

        Process second = startApp(2);
        try {
            awaitCount(count -> count >= RECORDS, Duration.ofMinutes(3));
            Thread.sleep(3_000); // anything re-read after the restart would show up by now
            assertEquals(RECORDS, count(), "every record exactly once");
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private void createTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KAFKA))) {
            admin.createTopics(List.of(new NewTopic(name + ".feedback.raw", PARTITIONS, (short) 1),
                    new NewTopic(name + ".feedback.dlq", PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
            // producing before every partition has a leader can lose records (KAFKA-15591)
            long deadline = System.currentTimeMillis() + 30_000;
            while (admin.describeTopics(List.of(name + ".feedback.raw")).allTopicNames().get().values().stream()
                    .flatMap(t -> t.partitions().stream()).anyMatch(p -> p.leader() == null)) {
                assertTrue(System.currentTimeMillis() < deadline, "partitions got no leader");
                Thread.sleep(200);
            }
        }
    }

    private void produce() throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            List<Future<RecordMetadata>> acks = new ArrayList<>(RECORDS);
            for (int i = 0; i < RECORDS; i++) {
                String value = "{\"product\":\"" + name + "\",\"channel\":\"support\",\"sourceId\":\"t-" + i
                        + "\",\"text\":\"Ticket " + i + ": the transfer is stuck since yesterday\"}";
                acks.add(producer.send(new ProducerRecord<>(name + ".feedback.raw", value.getBytes(StandardCharsets.UTF_8))));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(60, TimeUnit.SECONDS);
            }
        }
    }

    private Process startApp(int run) throws IOException {
        // this test is about the indexer; the NLP stage has tests of its own
        return PackagedApp.start(name, Path.of("target/" + getClass().getSimpleName() + "-app-" + run + ".log"),
                PackagedApp.freePort(), "512m", "-Dvoc.nlp.enabled=false");
    }

    private long awaitCount(java.util.function.LongPredicate done, Duration within) throws Exception {
        long deadline = System.currentTimeMillis() + within.toMillis();
        while (System.currentTimeMillis() < deadline) {
            long count = count();
            if (done.test(count)) {
                return count;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("documents: " + count() + " after " + within);
    }

    /** Documents in this test's indices, refreshed so the figure is exact. */
    private long count() throws Exception {
        HttpResponse<String> refresh = http.send(HttpRequest.newBuilder(URI.create(ES + "/" + name + "/_refresh"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (refresh.statusCode() == 404) {
            return 0; // the app has not created the index yet
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(ES + "/" + name + "/_count")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body()).path("count").asLong();
    }
}
