package io.voc.region.infrastructure;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.voc.platform.kafka.DeadLetterTopic;
import io.voc.region.application.LoadDemoRegionFeedback;
import io.voc.region.infrastructure.BatchPreparer.HomeBatch;
import io.voc.region.model.TransformChain;
import io.voc.region.model.TransformChainFactory;
import io.voc.region.model.TransformSpec;
import io.voc.support.PackagedApp;
import io.voc.support.RegionBroker;
import io.voc.support.RegionTraffic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * test stack's Kafka as home), in R rounds. The plain copy reads with read_committed and writes acks=all,
 * idempotent, lz4, like the bridge, but with no transactions, no JSON and no transforms, and makes sure home has
 * what it sent as often as the bridge commits; the bridge runs its real code with the demo's chain (PII
 * scrubbing, region stamping), and two reference bridges run its machinery with less work per record. Throughput
 * counts from the first records known home to the last (clients' start and stop left out, for all alike). Prints
 * records/s, where the CPU went (the process's threads, and the whole machine: the brokers share it) and the
 * median ratios (target for the bridge: at least 0.7). The data: the demo's feedback, one in ten with PII
 * appended. Unmeasured rounds come first, until the JIT compiler has settled.
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
    private static final byte[] BENCH = "bench".getBytes(StandardCharsets.UTF_8);
    private static final JsonFactory TOKENS = new JsonFactory();

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
                for (Copy copy : Copy.values()) {
                    bridge(region, TOPICS + run + "-" + copy.name().toLowerCase(Locale.ROOT) + "-warm-up-" + warmUps,
                            copy);
                }
                compiling = compiler.getTotalCompilationTime() - before;
            }
            report.append(String.format(Locale.ROOT, "%d unmeasured rounds first (the JIT compiler took %d ms in the"
                    + " last)%n", warmUps, compiling));
            Map<Copy, List<Double>> ratios = new EnumMap<>(Copy.class);
            for (int round = 1; round <= ROUNDS; round++) {
                Carried plain = plainCopy(region, TOPICS + run + "-copy-" + round);
                report.append(String.format(Locale.ROOT, "round %d%n  %-34s %,9.0f records/s  CPU %s%n", round,
                        "plain copy", plain.perSecond(), plain.cpu()));
                for (Copy copy : Copy.values()) {
                    Carried carried = bridge(region, TOPICS + run + "-" + copy.name().toLowerCase(Locale.ROOT) + "-"
                            + round, copy);
                    double ratio = carried.perSecond() / plain.perSecond();
                    ratios.computeIfAbsent(copy, c -> new ArrayList<>()).add(ratio);
                    report.append(String.format(Locale.ROOT, "  %-34s %,9.0f records/s  CPU %s, ratio %.2f%n",
                            copy.label, carried.perSecond(), carried.cpu(), ratio));
                }
            }
            // the median: a round that stalls on the broker (it happens on 2 shared cores) says nothing about either
            report.append("median ratios to the plain copy\n");
            ratios.forEach((copy, all) -> {
                double median = new Median().evaluate(all.stream().mapToDouble(Double::doubleValue).toArray());
                report.append(String.format(Locale.ROOT, "  %-34s %.2f%s%n", copy.label, median, copy == Copy.BRIDGE
                        ? " (target at least 0.70: " + (median >= 0.7 ? "MET" : "NOT MET") + ")" : ""));
            });
            System.out.println(report);
        } finally {
            region.stop();
            RegionTraffic.deleteTopics(PackagedApp.KAFKA, TOPICS);
        }
    }

    /**
     * What a bridge round runs: the bridge itself, and two bridges for reference - the same reading, sending,
     * transactions, positions and headers, but the records' bytes passed through as they came, without looking
     * at them or after only tokenizing their JSON (the least any transform needs). They tell what the bridge's
     * machinery costs, and what is left for the work on each record.
     */
    private enum Copy {
        BRIDGE("bridge (demo chain)"),
        BARE("reference: bytes passed through"),
        TOKENIZED("reference: JSON tokenized only");

        final String label;

        Copy(String label) {
            this.label = label;
        }
    }

    /** The benchmark process's CPU time (both copies run in it; the brokers run in their own). */
    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /**
     * The CPU time of the process's threads, to tell where a round's went: preparing (the pool where the bridge
     * parses, transforms and writes records), the thread that reads and sends (the bridge's own, or the plain
     * copy's), the producer's network thread, and the rest of the process (garbage collection, the JIT
     * compiler: not Java threads).
     */
    private record ThreadCpu(Map<Long, Long> nanos) {
        static ThreadCpu now() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            Map<Long, Long> nanos = new HashMap<>();
            for (long id : threads.getAllThreadIds()) {
                nanos.put(id, Math.max(0, threads.getThreadCpuTime(id)));
            }
            nanos.put(MACHINE, machineBusyNanos());
            return new ThreadCpu(nanos);
        }

        /** The key of the whole machine's busy time (all processes, brokers included), from /proc/stat. */
        private static final long MACHINE = -1;

        private static long machineBusyNanos() {
            try {
                String[] cpu = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim()
                        .split("\\s+");
                long busy = 0;
                for (int i = 1; i < cpu.length && i <= 8; i++) {
                    if (i != 4 && i != 5) { // idle and iowait
                        busy += Long.parseLong(cpu[i]);
                    }
                }
                return busy * 10_000_000L; // USER_HZ 100
            } catch (java.io.IOException | RuntimeException e) {
                return 0;
            }
        }

        /** Seconds by part since this snapshot (threads gone since are not counted: the rest holds them). */
        String since(double processSeconds) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            Map<String, Double> parts = new LinkedHashMap<>();
            for (String part : List.of("preparing", "copying thread", "producer I/O", "other threads")) {
                parts.put(part, 0.0);
            }
            double java = 0;
            for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info == null) {
                    continue;
                }
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                double seconds = Math.max(0, cpu - nanos.getOrDefault(info.getThreadId(), 0L)) / 1e9;
                String name = info.getThreadName();
                String part = name.startsWith("ForkJoinPool") ? "preparing"
                        : name.equals("bench-bridge") || info.getThreadId() == Thread.currentThread().getId()
                        ? "copying thread" : name.startsWith("kafka-producer-network-thread") ? "producer I/O"
                        : "other threads";
                parts.merge(part, seconds, Double::sum);
                java += seconds;
            }
            parts.put("GC, JIT, VM", Math.max(0, processSeconds - java));
            parts.put("whole machine", (machineBusyNanos() - nanos.get(MACHINE)) / 1e9);
            StringBuilder text = new StringBuilder();
            parts.forEach((part, seconds) -> text.append(text.length() == 0 ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%s %.2f", part, seconds)));
            return text.toString();
        }
    }

    /** Records/s of copying the whole source topic to {@code target} at home. */
    private static Carried plainCopy(RegionBroker region, String target) throws Exception {
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
        ThreadCpu threads = ThreadCpu.now();
        double cpu = cpuSeconds();
        Pace pace = new Pace();
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
                    pace.home(copied);
                    checkpointAt = System.nanoTime() + CHECKPOINT.toNanos();
                }
            }
            producer.flush(); // done when home has every record
            return new Carried(pace.perSecond(RECORDS), threads.since(cpuSeconds() - cpu));
        }
    }

    /**
     * Records/s from the first records known to be home (the first flush or commit) to the last: how fast a
     * copy carries once it runs, without the clients' start (the bridge's is longer: it fences a predecessor
     * and reads its stored positions) that a bridge pays once in months.
     */
    private static final class Pace {
        private long firstAt;
        private long firstCount;

        /** {@code count} records are home now. */
        void home(long count) {
            if (firstAt == 0 && count > 0) {
                firstAt = System.nanoTime();
                firstCount = count;
            }
        }

        double perSecond(long total) {
            return (total - firstCount) / ((System.nanoTime() - firstAt) / 1e9);
        }
    }

    /** A round: records/s, and where its CPU went until the last record was home. */
    private record Carried(double perSecond, String cpu) {
    }

    /**
     * A batch as a reference bridge sends it: each record as it came, with the headers the bridge adds
     * ({@code voc.source-region}, {@code voc.origin}); its JSON tokenized first, or not even that.
     */
    private static HomeBatch unchanged(ConsumerRecords<String, byte[]> records, String target, boolean tokenize) {
        List<ProducerRecord<String, byte[]>> out = new ArrayList<>(records.count());
        Map<TopicPartition, Long> positions = new LinkedHashMap<>();
        BatchTally tally = new BatchTally();
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                if (tokenize) {
                    tokenize(record.value());
                }
                ProducerRecord<String, byte[]> sent = new ProducerRecord<>(target, null, record.timestamp(),
                        record.key(), record.value());
                sent.headers().add(BatchPreparer.SOURCE_REGION, BENCH);
                sent.headers().add(DeadLetterTopic.ORIGIN, ("bench/" + record.topic() + "/" + record.partition() + "/"
                        + record.offset()).getBytes(StandardCharsets.UTF_8));
                out.add(sent);
                tally.add("kept", null);
                positions.put(partition, record.offset() + 1);
            }
        }
        return new HomeBatch(out, positions, tally);
    }

    private static void tokenize(byte[] json) {
        try (JsonParser parser = TOKENS.createParser(json)) {
            while (parser.nextToken() != null) {
                // every token read, no value made
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records/s of a bridge carrying the whole source topic home to {@code target}. */
    private static Carried bridge(RegionBroker region, String target, Copy copy) throws Exception {
        RegionTraffic.ensureTopic(PackagedApp.KAFKA, target, 6);
        RegionSettings settings = RegionSettings.of("bench", Map.of("bootstrap", region.bootstrap()));
        TransformChain chain = TransformChainFactory.chain("bench",
                List.of(TransformSpec.of("scrub-pii"), TransformSpec.of("stamp-region")));
        Properties home = new Properties();
        home.put("bootstrap.servers", PackagedApp.KAFKA);
        BridgeProgress progress = new BridgeProgress("bench", region.bootstrap(), new SimpleMeterRegistry());
        RegionBridge.BridgeTopics topics = new RegionBridge.BridgeTopics(target, target + ".dlq", target + ".offsets");
        RegionBridge.Tuning tuning = new RegionBridge.Tuning(BATCH, CHECKPOINT, Duration.ofSeconds(5));
        RegionBridge bridge = copy == Copy.BRIDGE
                ? new RegionBridge(settings, chain, home, topics, tuning, new ObjectMapper(), progress)
                : new RegionBridge(settings, records -> unchanged(records, target, copy == Copy.TOKENIZED), home,
                        topics, tuning, progress);
        Thread thread = new Thread(bridge, "bench-bridge");
        ThreadCpu threads = ThreadCpu.now();
        double cpu = cpuSeconds();
        Pace pace = new Pace();
        thread.start();
        try {
            for (long kept = 0; kept < RECORDS; kept = progress.status().outcomes().getOrDefault("kept", 0L)) {
                if (!thread.isAlive()) {
                    throw new IllegalStateException("the bridge stopped: " + progress.status());
                }
                pace.home(kept);
                Thread.sleep(5);
            }
            return new Carried(pace.perSecond(RECORDS), threads.since(cpuSeconds() - cpu));
        } finally {
            bridge.stop();
            thread.join(30_000);
        }
    }
}
