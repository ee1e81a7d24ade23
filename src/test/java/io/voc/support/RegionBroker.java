package io.voc.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.common.Uuid;

/**
 * A Kafka broker playing another region's cluster: a real single-node KRaft broker, a process of its own from
 * the Kafka jars the launcher fetched ({@code .voc/dist/kafka-*}), on free ports, with its data under
 * {@code target/region-brokers/}. It can be stopped and started again with its data (a region's outage).
 * {@link #shared} brokers are started once per test JVM and stopped when it exits.
 */
public final class RegionBroker {
    private static final String SHARED = "test-region-broker.";
    private static final Duration START = Duration.ofSeconds(90);

    private final String name;
    private final Path dir;
    private final int port;
    private final int controllerPort;
    /** The system property holding where a shared broker is and its process id; null for one of a test's own. */
    private final String key;
    private ProcessHandle process;

    private RegionBroker(String name, Path dir, int port, int controllerPort, String key, ProcessHandle process) {
        this.name = name;
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.key = key;
        this.process = process;
    }

    /**
     * The broker of this name shared by this JVM's tests, started on first use. Where it is lives in a system
     * property ({@code dir port controllerPort pid}; text only, as other libraries read the properties as strings,
     * and outside {@code voc.}, which the app's configuration checks):
     * Quarkus loads test classes in more than one class loader (a profile's configuration is read when tests are
     * discovered, its tests run in another loader later), each with its own statics, and a registry in a static
     * would start every broker twice.
     */
    public static synchronized RegionBroker shared(String name) {
        String key = SHARED + name;
        String known = System.getProperty(key);
        if (known != null) {
            String[] at = known.split(" ");
            return new RegionBroker(name, Path.of(at[0]), Integer.parseInt(at[1]), Integer.parseInt(at[2]), key,
                    ProcessHandle.of(Long.parseLong(at[3])).orElse(null));
        }
        RegionBroker broker = create(name, key);
        Runtime.getRuntime().addShutdownHook(new Thread(broker::stop));
        return broker;
    }

    /** A new broker, started; the caller stops it. */
    public static RegionBroker create(String name) {
        return create(name, null);
    }

    private static RegionBroker create(String name, String key) {
        try {
            Path dir = Path.of("target", "region-brokers", name + "-" + Uuid.randomUuid()).toAbsolutePath();
            Files.createDirectories(dir.resolve("data"));
            RegionBroker broker = new RegionBroker(name, dir, PackagedApp.freePort(), PackagedApp.freePort(), key,
                    null);
            broker.configure();
            broker.start();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrap() {
        return "127.0.0.1:" + port;
    }

    public String name() {
        return name;
    }

    /** Starts it (again, with its data), and waits until it serves. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            Path log = dir.resolve("kafka.log");
            Files.deleteIfExists(log);
            Process started = new ProcessBuilder(java(), "-Xms128m", "-Xmx512m", log4j(), "-cp", classpath(),
                    "kafka.Kafka", dir.resolve("server.properties").toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            process = started.toHandle();
            if (key != null) {
                System.setProperty(key, dir + " " + port + " " + controllerPort + " " + started.pid());
            }
            long deadline = System.nanoTime() + START.toNanos();
            while (!Files.exists(log) || !Files.readString(log).contains("Kafka Server started")) {
                if (!started.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("region broker " + name + " did not start; see " + log);
                }
                Thread.sleep(200);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops it (SIGTERM, as an operator would), keeping its data. */
    public synchronized void stop() {
        if (key != null && System.getProperty(key) != null) {
            // the latest process: another class loader's handle may have restarted it
            process = ProcessHandle.of(Long.parseLong(System.getProperty(key).split(" ")[3])).orElse(null);
        }
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private void configure() throws IOException {
        Files.writeString(dir.resolve("server.properties"), String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=false", ""));
        Process format = new ProcessBuilder(java(), log4j(), "-cp", classpath(), "kafka.tools.StorageTool", "format",
                "-t", Uuid.randomUuid().toString(), "-c", dir.resolve("server.properties").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("format.log").toFile()).start();
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IllegalStateException("formatting region broker " + name + " failed; see "
                        + dir.resolve("format.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String log4j() {
        return "-Dlog4j2.configurationFile=" + Path.of("deploy/local/conf/kafka-log4j2.properties").toAbsolutePath();
    }

    /** The launcher's Kafka: .voc/dist/kafka-<version>/lib (VOC_KAFKA_LIB to point elsewhere). */
    private static String classpath() throws IOException {
        String lib = System.getenv("VOC_KAFKA_LIB");
        if (lib == null || lib.isBlank()) {
            List<Path> found = new ArrayList<>();
            try (Stream<Path> dists = Files.list(Path.of(".voc", "dist"))) {
                dists.filter(d -> d.getFileName().toString().startsWith("kafka-") && Files.exists(d.resolve(".complete")))
                        .sorted(Comparator.reverseOrder()).forEach(found::add);
            }
            if (found.isEmpty()) {
                throw new IllegalStateException("no Kafka in .voc/dist: run the tests through ./voc test");
            }
            lib = found.get(0).resolve("lib").toAbsolutePath().toString();
        }
        return lib + "/*";
    }
}
