package io.voc.platform.kafka;

import io.voc.platform.Failures;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * A pipeline stage as one Kafka consumer group member: poll a batch, prepare it (decode, validate), deliver
 * it (to Elasticsearch), then commit its offsets. "Nothing lost, nothing twice" comes from committing only
 * after a delivery succeeded, with deliveries that are idempotent. While one batch is being delivered the
 * next is prepared (at most two are pending). When delivery fails the consumer pauses and retries the same
 * batch with back-off; after an unexpected error it starts over from the last commit.
 *
 * @param <B> the stage's batch
 * @param <O> what a delivery returns
 */
public final class BatchStage<B extends RecordBatch, O> {
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    private static final Duration IDLE_POLL = Duration.ofMillis(500);
    /** While a batch is being delivered: long enough not to spin, short enough to notice it is done. */
    private static final Duration BUSY_POLL = Duration.ofMillis(20);

    /** What a stage does with its batches. */
    public interface Work<B extends RecordBatch, O> {
        /** Decodes and validates the records (consumer thread). */
        B prepare(ConsumerRecords<String, byte[]> records);

        /** Called before each delivery attempt of a batch (consumer thread), e.g. to park invalid records once. */
        void beforeDelivery(B batch) throws Exception;

        /** Delivers the batch (delivery thread); throwing means "retry the whole batch later". */
        O deliver(B batch);

        /** After a successful delivery, before the commit (consumer thread). */
        void finish(B batch, O outcome) throws Exception;
    }

    private final Logger log;
    private final String name;
    private final KafkaClients kafka;
    private final String groupId;
    private final int maxBatch;
    private final String topic;
    private final BooleanSupplier ready;
    private final LongConsumer lag;
    private final Work<B, O> work;
    private volatile boolean running;
    /** An operator's hold (maintenance, benchmarks): the consumer stays in its group but takes nothing. */
    private volatile boolean held;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;
    /** Batches taken from Kafka and not committed yet, oldest first. Only the consumer thread touches it. */
    private final Deque<B> pending = new ArrayDeque<>();
    /** Delivering the oldest pending batch, on the delivery thread; null when no delivery runs. */
    private CompletableFuture<O> delivering;
    private final ExecutorService deliveryThread;

    /**
     * @param ready whether the stage may start consuming (topics and index exist)
     * @param lag   told the records not yet consumed on this instance's partitions, after each poll
     */
    public BatchStage(String name, KafkaClients kafka, String groupId, int maxBatch, String topic, BooleanSupplier ready,
            LongConsumer lag, Work<B, O> work) {
        this.log = Logger.getLogger(BatchStage.class.getName() + "." + name);
        this.name = name;
        this.kafka = kafka;
        this.groupId = groupId;
        this.maxBatch = maxBatch;
        this.topic = topic;
        this.ready = ready;
        this.lag = lag;
        this.work = work;
        this.deliveryThread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, name + "-deliver");
            t.setDaemon(true);
            return t;
        });
    }

    public void start() {
        running = true;
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    public void stop() throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            thread.join(10_000);
        }
        deliveryThread.shutdown();
    }

    /** Takes no more records (batches already taken are delivered); what is on the topic waits there. */
    public void hold() {
        held = true;
    }

    public void release() {
        held = false;
    }

    public boolean isHeld() {
        return held;
    }

    private void run() {
        try {
            while (running && !ready.getAsBoolean()) {
                Thread.sleep(200);
            }
            while (running) {
                try (KafkaConsumer<String, byte[]> c = kafka.consumer(groupId, maxBatch)) {
                    consumer = c;
                    c.subscribe(List.of(topic), new DropPendingOnRevoke());
                    consume(c);
                } catch (WakeupException e) {
                    return;
                } catch (RuntimeException e) {
                    // whatever broke, a stage that stops for good is worse: start over from the last commit
                    log.error(name + " consumer failed; starting it again in 5 s", e);
                    discardPending();
                    Thread.sleep(5_000);
                } finally {
                    consumer = null;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void consume(KafkaConsumer<String, byte[]> c) throws InterruptedException {
        Duration backoff = FIRST_BACKOFF;
        while (running) {
            // 1. take the next batch from Kafka while (at most) one is being delivered
            if (!held && pending.size() < 2) {
                if (pending.isEmpty() && !c.paused().isEmpty()) {
                    c.resume(c.paused());
                }
                ConsumerRecords<String, byte[]> records = c.poll(pending.isEmpty() ? IDLE_POLL : BUSY_POLL);
                updateLag(c);
                if (!records.isEmpty() && held) {
                    // the hold came during the poll: these records wait on the topic like the rest
                    records.partitions().forEach(p -> c.seek(p, records.records(p).get(0).offset()));
                } else if (!records.isEmpty()) {
                    long started = System.nanoTime();
                    pending.addLast(work.prepare(records));
                    log.debugf("Prepared %d records in %d ms", records.count(), (System.nanoTime() - started) / 1_000_000);
                }
            }
            if (pending.isEmpty()) {
                if (held) {
                    c.pause(c.assignment());
                    c.poll(IDLE_POLL);
                }
                continue;
            }
            B oldest = pending.peekFirst();
            try {
                // 2. hand the oldest batch to the delivery thread
                if (delivering == null) {
                    work.beforeDelivery(oldest);
                    delivering = CompletableFuture.supplyAsync(() -> deliver(oldest), deliveryThread);
                }
                // 3. finish it once delivered; wait for it when there is nothing else to do meanwhile
                if (delivering.isDone() || pending.size() >= 2 || held) {
                    O outcome = awaitDelivery();
                    work.finish(oldest, outcome);
                    c.commitSync(oldest.nextOffsets());
                    if (!held && !c.paused().isEmpty()) {
                        c.resume(c.paused());
                    }
                    pending.remove(oldest);
                    backoff = FIRST_BACKOFF;
                }
            } catch (CommitFailedException e) {
                log.info("Partitions moved to another instance before the commit; it re-reads them (harmless)");
                pending.remove(oldest);
            } catch (WakeupException e) {
                throw e;
            } catch (Exception e) {
                delivering = null;
                log.warnf("Delivering %d records failed (%s); pausing consumption, retry in %d ms", oldest.size(),
                        Failures.describe(e), backoff.toMillis());
                // paused: polls keep this instance in the group but fetch nothing while we wait
                c.pause(c.assignment());
                c.poll(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private O deliver(B batch) {
        long started = System.nanoTime();
        O outcome = work.deliver(batch);
        log.debugf("Delivered %d records in %d ms", batch.size(), (System.nanoTime() - started) / 1_000_000);
        return outcome;
    }

    /** Forgets uncommitted batches (they are read again from the last commit) once no delivery runs. */
    private void discardPending() throws InterruptedException {
        pending.clear();
        try {
            awaitDelivery();
        } catch (RuntimeException e) {
            // its batch is forgotten anyway
        }
    }

    /** Waits for the running delivery, if any; rethrows its failure as it was thrown. */
    private O awaitDelivery() throws InterruptedException {
        if (delivering == null) {
            return null;
        }
        try {
            return delivering.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            delivering = null;
        }
    }

    private void updateLag(KafkaConsumer<String, byte[]> c) {
        long total = 0;
        for (TopicPartition partition : c.assignment()) {
            total += c.currentLag(partition).orElse(0);
        }
        lag.accept(total);
    }

    private final class DropPendingOnRevoke implements ConsumerRebalanceListener {
        /**
         * Batches not yet handed to delivery must not be committed by us after their partitions moved:
         * the next owner reads them again from the last commit. They are dropped, and partitions we keep
         * are rewound to them, so that we read them again too. A batch being delivered finishes; if its
         * partitions moved, its commit fails harmlessly and the next owner finds it delivered.
         */
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
            if (revoked.isEmpty()) {
                return;
            }
            List<B> dropped = new ArrayList<>(pending);
            if (delivering != null) {
                dropped.remove(pending.peekFirst());
            }
            if (dropped.isEmpty()) {
                return;
            }
            log.infof("Rebalance with %d batches pending; their records will be read again", dropped.size());
            Map<TopicPartition, Long> rewind = new HashMap<>();
            for (B batch : dropped) {
                batch.firstOffsets().forEach((partition, offset) -> rewind.merge(partition, offset, Math::min));
                pending.remove(batch);
            }
            rewind.forEach((partition, offset) -> {
                if (!revoked.contains(partition) && consumer.assignment().contains(partition)) {
                    consumer.seek(partition, offset);
                }
            });
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        }
    }
}
