package io.voc.card.infrastructure;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.voc.card.application.DeliverCard;
import io.voc.card.application.Outbox;
import io.voc.card.model.DeliveryStatus;
import io.voc.card.model.SendRate;
import io.voc.platform.Failures;
import io.voc.platform.VocConfig;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Empties the outbox: claims due deliveries for a while (a lease), posts their cards on a few worker threads
 * at each channel's provider rate, and saves what became of each. Every instance may run one - claims never
 * overlap. A card held back for its channel's rate is given back due when the channel has room again, with
 * no attempt counted. On shutdown it claims nothing more, lets the posts under way finish (bounded), saves
 * their outcomes, and gives back the claims it never started, so the next start (or another instance) sends
 * them at once and none twice.
 */
@ApplicationScoped
class CardDispatcher {
    private static final Logger LOG = Logger.getLogger(CardDispatcher.class);
    /** Long enough for a claim to wait for a worker and post (10 s at most) many times over. */
    static final Duration LEASE = Duration.ofSeconds(60);
    /**
     * A post is started only while its lease has this much left: it may take the poster's whole request
     * timeout, and a post whose lease ran out meanwhile could be sent by another instance as well.
     */
    static final Duration LEASE_LEFT_TO_START = ChatPosterSettings.REQUEST_TIMEOUT.multipliedBy(2);
    /** Posts under way at shutdown finish within the poster's request timeout; a little more, then give up. */
    static final Duration SHUTDOWN_WAIT = ChatPosterSettings.REQUEST_TIMEOUT.plusSeconds(5);
    private static final Duration AFTER_FAILURE = Duration.ofSeconds(5);

    private final Outbox outbox;
    private final DeliverCard deliverCard;
    private final PlatformSetup setup;
    private final CardDispatchMetrics metrics;
    private final VocConfig.Dispatcher settings;
    private final ChannelPaces paces = new ChannelPaces();
    /** Unique per process: a restarted instance is another lease holder. */
    private final String instance = host() + "/" + ProcessHandle.current().pid() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    /** One permit per delivery this instance may hold claimed; a post returns its permit when saved. */
    private final Semaphore slots;
    private final List<UUID> notStarted = new ArrayList<>();
    private volatile boolean running;
    /** Wakes the claiming loop from its pause; the loop is never interrupted mid-claim (a claim's commit would be lost). */
    private final CountDownLatch stopping = new CountDownLatch(1);
    private ExecutorService workers;
    private Thread loop;
    private String lastFailure;

    CardDispatcher(Outbox outbox, DeliverCard deliverCard, PlatformSetup setup, CardDispatchMetrics metrics,
            VocConfig config) {
        this.outbox = outbox;
        this.deliverCard = deliverCard;
        this.setup = setup;
        this.metrics = metrics;
        this.settings = config.cards().dispatcher();
        this.slots = new Semaphore(settings.batchSize());
    }

    void start(@Observes StartupEvent event) {
        if (!settings.enabled()) {
            LOG.info("Card dispatcher off (voc.cards.dispatcher.enabled=false): this instance sends no cards");
            return;
        }
        AtomicInteger threads = new AtomicInteger();
        workers = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "voc-cards-post-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        running = true;
        loop = new Thread(this::run, "voc-cards-dispatcher");
        loop.setDaemon(true);
        loop.start();
        LOG.infof("Card dispatcher %s: %d posting threads, claims of up to %d", instance, settings.threads(),
                settings.batchSize());
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (loop == null) {
            return;
        }
        running = false;
        stopping.countDown();
        loop.join(SHUTDOWN_WAIT.toMillis());
        // no interrupt: a post under way finishes and saves its outcome; a queued one sees running == false
        workers.shutdown();
        if (!workers.awaitTermination(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warnf("Card dispatcher: posts still under way after %d s; their leases run out within %d s and "
                    + "they are sent again (the delivery id lets a receiver drop a repeat)",
                    SHUTDOWN_WAIT.toSeconds(), LEASE.toSeconds());
        }
        List<UUID> giveBack;
        synchronized (notStarted) {
            giveBack = List.copyOf(notStarted);
        }
        try {
            int released = outbox.release(instance, giveBack);
            LOG.infof("Card dispatcher stopped; %d claimed cards given back unsent", released);
        } catch (RuntimeException e) {
            LOG.warnf("Card dispatcher: %d claimed cards not given back (%s); they are sent once their leases "
                    + "run out", giveBack.size(), Failures.describe(e));
        }
    }

    private void run() {
        try {
            while (running && !setup.isDone(SetupStep.POSTGRESQL_SCHEMA)) {
                stopping.await(500, TimeUnit.MILLISECONDS);
            }
            while (running) {
                Duration pause;
                try {
                    pause = dispatchOnce();
                    lastFailure = null;
                } catch (RuntimeException e) {
                    String failure = Failures.describe(e);
                    if (!failure.equals(lastFailure)) { // once per distinct problem, not every few seconds
                        LOG.warnf("Card dispatcher: %s; trying again every %d s", failure, AFTER_FAILURE.toSeconds());
                        lastFailure = failure;
                    }
                    pause = AFTER_FAILURE;
                }
                if (!pause.isZero()) {
                    stopping.await(pause.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Claims what this instance has room for and starts or postpones each. Answers how long to pause: none
     * when the claim was full (more may be due), else until the first card held back for its channel's pace
     * is due again, or {@code poll-every}, whichever comes first.
     */
    private Duration dispatchOnce() throws InterruptedException {
        int room = slots.drainPermits();
        if (room == 0) {
            // every slot is posting: look again as soon as one is free
            if (slots.tryAcquire(settings.pollEvery().toMillis(), TimeUnit.MILLISECONDS)) {
                slots.release();
            }
            return Duration.ZERO;
        }
        int started = 0;
        try {
            Instant now = Instant.now();
            List<Outbox.DueDelivery> claimed = outbox.claimDue(instance, room, LEASE, now);
            long nowNanos = System.nanoTime();
            Map<UUID, Instant> later = new HashMap<>();
            Map<UUID, Integer> waitingPerChannel = new HashMap<>();
            for (Outbox.DueDelivery due : claimed) {
                Duration wait = paces.tryTake(due.channel(), nowNanos);
                if (wait.isZero()) {
                    workers.execute(new Post(due, now.plus(LEASE)));
                    started++;
                } else {
                    // the channel's waiting cards one interval apart, so they do not all come back at once
                    int ahead = waitingPerChannel.merge(due.channel().id(), 1, Integer::sum) - 1;
                    Duration spacing = SendRate.of(due.channel().kind()).interval().multipliedBy(ahead);
                    later.put(due.delivery().id(), now.plus(wait).plus(spacing));
                }
            }
            Duration pause = settings.pollEvery();
            if (!later.isEmpty()) {
                outbox.postpone(instance, later);
                metrics.throttled(later.size());
                Instant first = later.values().stream().min(Instant::compareTo).orElseThrow();
                Duration untilFirst = Duration.between(Instant.now(), first);
                pause = untilFirst.compareTo(pause) < 0 ? untilFirst : pause;
            }
            return claimed.size() == room || pause.isNegative() ? Duration.ZERO : pause;
        } finally {
            slots.release(room - started);
        }
    }

    /** One attempt of one claimed delivery, on a worker thread. */
    private final class Post implements Runnable {
        private final Outbox.DueDelivery due;
        private final Instant leaseEnds;

        Post(Outbox.DueDelivery due, Instant leaseEnds) {
            this.due = due;
            this.leaseEnds = leaseEnds;
        }

        @Override
        public void run() {
            UUID id = due.delivery().id();
            try {
                if (!running) {
                    synchronized (notStarted) {
                        notStarted.add(id);
                    }
                    return;
                }
                if (Instant.now().isAfter(leaseEnds.minus(LEASE_LEFT_TO_START))) {
                    outbox.release(instance, List.of(id)); // waited too long for a worker: another turn
                    return;
                }
                DeliverCard.Attempt attempt = deliverCard.deliver(instance, due);
                attempt.outcome().retryAfter().ifPresent(wait -> paces.holdFor(due.channel(), wait, System.nanoTime()));
                count(attempt);
            } catch (RuntimeException e) {
                // nothing saved: the lease runs out and the delivery is tried again
                LOG.warnf("Card delivery %s to channel %s: %s", id, due.channel().id(), Failures.describe(e));
            } finally {
                paces.sent(due.channel(), System.nanoTime());
                slots.release();
            }
        }

        private void count(DeliverCard.Attempt attempt) {
            var delivery = attempt.delivery();
            if (!attempt.saved()) {
                metrics.leaseLost();
                LOG.warnf("Card delivery %s: its lease ran out during the attempt; the instance that took it over "
                        + "decides", delivery.id());
            } else if (delivery.status() == DeliveryStatus.DELIVERED) {
                metrics.delivered();
            } else if (delivery.status() == DeliveryStatus.PARKED) {
                metrics.parked();
                LOG.warnf("Card delivery %s to channel %s (%s) parked after %d attempts: %s", delivery.id(),
                        due.channel().name(), due.channel().id(), delivery.attempts(), delivery.lastResponse());
            } else {
                metrics.retrying();
                LOG.debugf("Card delivery %s failed (%s); next attempt at %s", delivery.id(),
                        attempt.outcome().detail(), delivery.nextAttemptAt());
            }
        }
    }

    private static String host() {
        try {
            String name = java.net.InetAddress.getLocalHost().getHostName();
            return name.length() > 60 ? name.substring(0, 60) : name; // lease holders are up to 100 characters
        } catch (java.io.IOException e) {
            return "unknown-host";
        }
    }
}
