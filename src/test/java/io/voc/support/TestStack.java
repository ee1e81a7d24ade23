package io.voc.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real PostgreSQL, Elasticsearch, Kafka and HiveServer2 that `./voc test` starts once per run. Fails fast with
 * instructions when they are not there, and lets tests stop and start a server through the launcher.
 */
public class TestStack implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        List<String> missing = new ArrayList<>();
        check(missing, "PostgreSQL", "VOC_DB_PORT", 15432);
        check(missing, "Elasticsearch", "VOC_ES_HOSTS", 19200);
        check(missing, "Kafka", "VOC_KAFKA_BOOTSTRAP", 19092);
        checkHive(missing);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The test stack is not running (" + String.join(", ", missing)
                    + "). Run the tests with ./voc test, or start the stack with: VOC_ENV=test ./voc stack start");
        }
        return Map.of();
    }

    @Override
    public void stop() {
    }

    /** Runs {@code ./voc stack ACTION SERVER} on the test stack, e.g. to take Elasticsearch away. */
    public static void stack(String action, String server) {
        String launcher = System.getenv().getOrDefault("VOC_LAUNCHER", Path.of("voc").toAbsolutePath().toString());
        if (!Files.isExecutable(Path.of(launcher))) {
            throw new IllegalStateException("launcher not found at " + launcher);
        }
        try {
            ProcessBuilder pb = new ProcessBuilder(launcher, "stack", action, server).inheritIO();
            pb.environment().put("VOC_ENV", "test");
            Process process = pb.start();
            if (!process.waitFor(Duration.ofMinutes(3).toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("./voc stack " + action + " " + server + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** HiveServer2, from its JDBC URL ({@code jdbc:hive2://127.0.0.1:20000/default}). */
    private static void checkHive(List<String> missing) {
        String url = System.getenv("VOC_HIVE_URL");
        java.util.regex.Matcher port = java.util.regex.Pattern.compile("//[^:/]+:(\\d+)")
                .matcher(url == null ? "" : url);
        listening(missing, "HiveServer2", port.find() ? Integer.parseInt(port.group(1)) : 20000);
    }

    private static void check(List<String> missing, String name, String env, int defaultPort) {
        String value = System.getenv(env);
        int port = value == null ? defaultPort : Integer.parseInt(value.substring(value.lastIndexOf(':') + 1));
        listening(missing, name, port);
    }

    private static void listening(List<String> missing, String name, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
        } catch (IOException e) {
            missing.add(name + " on port " + port);
        }
    }
}
