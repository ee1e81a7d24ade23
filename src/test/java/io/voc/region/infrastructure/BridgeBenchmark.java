package io.voc.region.infrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.voc.region.application.LoadDemoRegionFeedback;
import io.voc.region.model.TransformChain;
import io.voc.region.model.TransformChainFactory;
import io.voc.region.model.TransformSpec;
import io.voc.support.PackagedApp;
import io.voc.support.RegionBroker;
import io.voc.support.RegionTraffic;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.junit.jupiter.api.Test;

/**
 * {@code ./voc bench bridge [N [R]]} (docs/benchmarks.md): the bridge's throughput against a plain
 * consume-and-produce copy of the same N records, on the same brokers (a region broker of its own and the
 * test stack's Kafka as home), in R alternating rounds. The plain copy reads with read_committed and writes
 * acks=all, idempotent, lz4, like the bridge, but with no transactions, no JSON and no transforms, and makes
 * sure home has what it sent as often as the bridge commits; the bridge runs its real code with the demo's
 * chain (PII scrubbing, region stamping). Prints records/s, the process's CPU time and the ratio (target: at
 * least 0.7). The data: the demo's feedback, one in ten with PII appended. Unmeasured rounds come first, until
 * the JIT compiler has settled.
 */
class BridgeBenchmark {
    private static final int RECORDS = Integer.getInteger("bench.records", 200_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 2);
    /** At most this many unmeasured rounds, until the JIT compiler has settled. */
    private static final int WARM_UPS = Integer.getInteger("bench.warmups", 10);
    /** Settled: the compiler spent less than this on the last unmeasured round (both copies). */
    private static final long SETTLED_MS = 300;
    private static final int BATCH = 2_000;
    /** The bridge's commit interval, and how often the plain copy makes sure home has what it sent. */
    private static final Duration CHECKPOINT = Duration.ofMillis(100);
    private static final String SOURCE = "voc.feedback.raw";
    /** The prefix of the topics a run writes at home, deleted when it ends (and before it starts). */
    private static final String TOPICS = "bench-copy-";

    @Test
    void bridgeAgainstAPlainCopy() throws Exception {
        // the copies of earlier runs, at home: hundreds of topics slow the broker down
        RegionTraffic.deleteTopics(PackagedApp.KAFKA, TOPICS);
        RegionBroker region = RegionBroker.create("bench");
        try {
            RegionTraffic.ensureTopic(region.bootstrap(), SOURCE, 6);
            String run = UUID.randomUUID().toString().substring(0, 8);
            // the demo's feedback texts, one in ten with an e-mail address, a phone or a card number
            ObjectMapper json = new ObjectMapper();
            List<String> values = new ArrayList<>(RECORDS);
            for (var feedback : LoadDemoRegionFeedback.feedback("bench-" + run, 99, RECORDS)) {
                values.add(json.writeValueAsString(feedback));
            }
            RegionTraffic.produce(region.bootstrap(), SOURCE, values);
            StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                    "%n=== VOC bridge benchmark: %,d demo feedback (~%d bytes each, one in ten with PII), %d cores ===%n",
                    RECORDS, values.stream().mapToInt(String::length).sum() / RECORDS,
                    Runtime.getRuntime().availableProcessors()));
            // unmeasured rounds until the JIT compiler has settled: a bridge runs for months, and in its first
            // minute the compiler threads take more CPU than the bridge (2 cores: they take it from the bridge)
            CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
            int warmUps = 0;
            long compiling = Long.MAX_VALUE;
            while (warmUps < WARM_UPS && compiling >= SETTLED_MS) {
                warmUps++;
                long before = compiler.getTotalCompilationTime();
                plainCopy(region, TOPICS + run + "-copy-warm-up-" + warmUps);
                bridge(region, TOPICS + run + "-bridge-warm-up-" + warmUps);
                compiling = compiler.getTotalCompilationTime() - before;
            }
            report.append(String.format(Locale.ROOT, "%d unmeasured rounds first (the JIT compiler took %d ms in the"
                    + " last)%n", warmUps, compiling));
            List<Double> ratios = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                double cpu = cpuSeconds();
                double copy = plainCopy(region, TOPICS + run + "-copy-" + round);
                double copyCpu = cpuSeconds() - cpu;
                cpu = cpuSeconds();
                double bridge = bridge(region, TOPICS + run + "-bridge-" + round);
                double bridgeCpu = cpuSeconds() - cpu;
                ratios.add(bridge / copy);
                report.append(String.format(Locale.ROOT, "round %d: plain copy %,.0f records/s (%.1f s CPU), bridge %,.0f"
                        + " records/s (%.1f s CPU), ratio %.2f%n", round, copy, copyCpu, bridge, bridgeCpu, bridge / copy));
            }
            // the median: a round that stalls on the broker (it happens on 2 shared cores) says nothing about either
            double median = new Median().evaluate(ratios.stream().mapToDouble(Double::doubleValue).toArray());
            report.append(String.format(Locale.ROOT, "median ratio %.2f (target at least 0.70): %s%n", median,
                    median >= 0.7 ? "MET" : "NOT MET"));
            System.out.println(report);
        } finally {
            region.stop();
            RegionTraffic.deleteTopics(PackagedApp.KAFKA, TOPICS);
        }
    }

    /** The benchmark process's CPU time (both copies run in it; the brokers run in their own). */
    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** Records/s of copying the whole source topic to {@code target} at home. */
    private static double plainCopy(RegionBroker region, String target) throws Exception {
        RegionTraffic.ensureTopic(PackagedApp.KAFKA, target, 6);
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, region.bootstrap());
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerProps.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, BATCH);
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, PackagedApp.KAFKA);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerProps.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        producerProps.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        long start = System.nanoTime();
        long copied = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(),
                new ByteArrayDeserializer());
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProps, new StringSerializer(),
                        new ByteArraySerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(SOURCE).stream()
                    .map(p -> new TopicPartition(SOURCE, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long checkpointAt = System.nanoTime() + CHECKPOINT.toNanos();
            while (copied < RECORDS) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, byte[]> r : records) {
                    producer.send(new ProducerRecord<>(target, r.key(), r.value()));
                }
                copied += records.count();
                if (System.nanoTime() >= checkpointAt) {
                    // what home has is known as often as the bridge commits (a copy's at-least-once checkpoint)
                    producer.flush();
                    checkpointAt = System.nanoTime() + CHECKPOINT.toNanos();
                }
            }
            producer.flush(); // done when home has every record
        }
        return RECORDS / ((System.nanoTime() - start) / 1e9);
    }

    /** Records/s of the bridge carrying the whole source topic home to {@code target}. */
    private static double bridge(RegionBroker region, String target) throws Exception {
        RegionTraffic.ensureTopic(PackagedApp.KAFKA, target, 6);
        RegionSettings settings = RegionSettings.of("bench", Map.of("bootstrap", region.bootstrap()));
        TransformChain chain = TransformChainFactory.chain("bench",
                List.of(TransformSpec.of("scrub-pii"), TransformSpec.of("stamp-region")));
        Properties home = new Properties();
        home.put("bootstrap.servers", PackagedApp.KAFKA);
        BridgeProgress progress = new BridgeProgress("bench", region.bootstrap(), new SimpleMeterRegistry());
        RegionBridge bridge = new RegionBridge(settings, chain, home,
                new RegionBridge.BridgeTopics(target, target + ".dlq", target + ".offsets"),
                new RegionBridge.Tuning(BATCH, CHECKPOINT, Duration.ofSeconds(5)), new ObjectMapper(), progress);
        Thread thread = new Thread(bridge, "bench-bridge");
        long start = System.nanoTime();
        thread.start();
        try {
            while (progress.status().outcomes().getOrDefault("kept", 0L) < RECORDS) {
                if (!thread.isAlive()) {
                    throw new IllegalStateException("the bridge stopped: " + progress.status());
                }
                Thread.sleep(5);
            }
            return RECORDS / ((System.nanoTime() - start) / 1e9);
        } finally {
            bridge.stop();
            thread.join(30_000);
        }
    }
}
