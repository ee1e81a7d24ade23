package io.voc.platform.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Kafka clients built from the {@code kafka.*} settings (bootstrap servers, and in production
 * security settings), plus the delivery guarantees the pipeline relies on.
 */
@ApplicationScoped
public class KafkaClients {
    private final Map<String, Object> common;
    private volatile Admin admin;
    private volatile KafkaProducer<String, byte[]> producer;

    KafkaClients(@Identifier("default-kafka-broker") Map<String, Object> config) {
        this.common = new HashMap<>(config);
    }

    /** Shared admin client; it reconnects by itself when the cluster comes back. */
    public Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    Properties props = properties();
                    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
                    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
                    admin = Admin.create(props);
                }
            }
        }
        return admin;
    }

    /**
     * Shared producer: acks from all in-sync replicas and idempotence, so an acknowledged record is
     * durable and a retried send is not written twice. Fails fast (seconds) when the cluster is away,
     * so that an API caller hears about it instead of hanging.
     */
    public KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    Properties props = properties();
                    props.put(ProducerConfig.ACKS_CONFIG, "all");
                    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
                    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
                    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
                    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
                    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
                    producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
                }
            }
        }
        return producer;
    }

    /** A consumer that never commits on its own: callers commit after their work is durable. */
    public KafkaConsumer<String, byte[]> consumer(String groupId, int maxPollRecords) {
        Properties props = properties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** The {@code kafka.*} settings as client properties (a copy), for clients with settings of their own. */
    public Properties properties() {
        Properties props = new Properties();
        props.putAll(common);
        return props;
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
