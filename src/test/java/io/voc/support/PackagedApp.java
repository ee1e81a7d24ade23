package io.voc.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged app (target/quarkus-app) as a process of its own on the test stack, for tests that kill
 * it (SIGKILL through {@link Process#destroyForcibly()}) and start it again. Its pipeline topics, indices
 * and consumer groups are named after the test, like {@link OwnPipeline}; its log goes to target/.
 */
public final class PackagedApp {
    public static final String KAFKA = env("VOC_KAFKA_BOOTSTRAP", "127.0.0.1:19092");
    public static final String ES = "http://" + env("VOC_ES_HOSTS", "127.0.0.1:19200");

    private PackagedApp() {
    }

    /**
     * @param name  the test's names for topics, indices and groups
     * @param log   where the app's output goes
     * @param heap  -Xmx value
     * @param extra more -D settings
     */
    public static Process start(String name, Path log, int port, String heap, String... extra) throws IOException {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        assertTrue(Files.exists(jar), "the packaged app is needed: run through ./voc test (mvn verify)");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-Dquarkus.http.port=" + port,
                "-Dvoc.index.prefix=" + name,
                "-Dvoc.topics.raw=" + name + ".feedback.raw",
                "-Dvoc.topics.dead-letter=" + name + ".feedback.dlq",
                "-Dvoc.indexer.group-id=" + name + "-indexer",
                "-Dvoc.nlp.group-id=" + name + "-nlp"));
        command.addAll(List.of(extra));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("VOC_DB_PORT", env("VOC_DB_PORT", "15432"));
        env.put("VOC_DB_NAME", env("VOC_DB_NAME", "voc_test"));
        env.put("VOC_ES_HOSTS", env("VOC_ES_HOSTS", "127.0.0.1:19200"));
        env.put("VOC_KAFKA_BOOTSTRAP", KAFKA);
        // the packaged app runs in the prod profile, which has no cards key of its own: the tests' one
        env.put("VOC_CARDS_SECRET_KEY", env("VOC_CARDS_SECRET_KEY", "ZGV2LWFuZC10ZXN0LW9ubHktY2FyZHMta2V5LTMyYis="));
        return pb.start();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
