package io.voc.region.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.ingest.application.FeedbackSubmission;
import io.voc.platform.kafka.Topics;
import io.voc.region.application.RegionFeedbackSources;
import io.voc.region.application.RegionUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes to the configured regions' raw topics as those regions' apps would. A region's topic is created when
 * missing with {@value #PARTITIONS} partitions - fewer than home's, as regional clusters often have: the bridge
 * does not care.
 */
@ApplicationScoped
class KafkaRegionSources implements RegionFeedbackSources {
    static final int PARTITIONS = 3;

    private final KafkaRegionBridges bridges;
    private final ObjectMapper json;

    KafkaRegionSources(KafkaRegionBridges bridges, ObjectMapper json) {
        this.bridges = bridges;
        this.json = json;
    }

    @Override
    public List<String> regions() {
        return bridges.regions().stream().map(RegionSettings::name).toList();
    }

    @Override
    public int publish(String name, List<FeedbackSubmission> feedback) {
        RegionSettings region = bridges.regions().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no region " + name));
        try {
            ensureTopic(region);
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties(region))) {
                List<Future<RecordMetadata>> acks = new ArrayList<>(feedback.size());
                for (FeedbackSubmission f : feedback) {
                    acks.add(producer.send(new ProducerRecord<>(region.topic(), f.sourceId(), bytes(f))));
                }
                for (Future<RecordMetadata> ack : acks) {
                    ack.get(30, TimeUnit.SECONDS);
                }
            }
            return feedback.size();
        } catch (Exception e) {
            throw new RegionUnavailableException("region " + name + " (" + region.bootstrap()
                    + ") did not take the feedback: " + e.getMessage(), e);
        }
    }

    private byte[] bytes(FeedbackSubmission feedback) throws JsonProcessingException {
        return json.writeValueAsBytes(feedback);
    }

    private static void ensureTopic(RegionSettings region) throws Exception {
        Properties props = new Properties();
        props.putAll(region.kafka());
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, region.bootstrap());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        try (Admin admin = Admin.create(props)) {
            Topics.ensure(admin, new NewTopic(region.topic(), PARTITIONS, (short) 1), Duration.ofSeconds(20));
        }
    }

    private static Properties producerProperties(RegionSettings region) {
        Properties props = new Properties();
        props.putAll(region.kafka());
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, region.bootstrap());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return props;
    }
}
