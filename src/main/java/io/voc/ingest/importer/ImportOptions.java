package io.voc.ingest.importer;

import io.voc.feedback.model.Channel;
import io.voc.feedback.model.InvalidFeedbackException;
import io.voc.feedback.model.ProductKey;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code ./voc import} was asked to do. Parsing checks everything that can be checked before the
 * file is opened, so that a typo costs an error message instead of a half-done import.
 *
 * @param mappings column (CSV header or JSON key) to field name, in the order given
 * @param product default for records without a product, or null
 * @param channel default for records without a channel, or null
 * @param url the platform's base URL, without a trailing slash
 * @param attributes whether CSV columns that map to no field become attributes
 * @param authorization the Authorization header the platform gets, from the environment (never from the
 *        command line, where other users of the machine could read it); null when none is set
 */
public record ImportOptions(Path file, Format format, Map<String, String> mappings, String product,
        String channel, URI url, Path rejects, boolean attributes, boolean help, String authorization) {

    public enum Format {
        CSV, JSONL
    }

    /** The command line cannot be followed; the message says why (exit status 2). */
    public static class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    /** Only {@code --help} was asked for. */
    static ImportOptions helpOnly() {
        return new ImportOptions(null, null, Map.of(), null, null, null, null, true, true, null);
    }

    /**
     * @param env the environment, for VOC_HTTP_PORT (the port {@code ./voc up} runs the app on)
     */
    public static ImportOptions parse(List<String> args, Map<String, String> env) throws UsageException {
        if (args.contains("--help") || args.contains("-h")) {
            return helpOnly();
        }
        String file = null;
        String format = null;
        Map<String, String> mappings = new LinkedHashMap<>();
        String product = null;
        String channel = null;
        String url = null;
        String rejects = null;
        boolean attributes = true;
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                if (file != null) {
                    throw new UsageException("one FILE at a time (got '" + file + "' and '" + arg + "')");
                }
                file = arg;
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            // Both "--url X" and "--url=X"; a repeated option keeps its last value, so that the
            // launcher's default --url is overridden by one the user gives after it.
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (name.equals("--no-attributes")) {
                if (value != null) {
                    throw new UsageException("--no-attributes takes no value");
                }
                attributes = false;
                continue;
            }
            if (!List.of("--format", "--map", "--product", "--channel", "--url", "--rejects").contains(name)) {
                throw new UsageException("unknown option '" + arg + "'");
            }
            if (value == null) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(name + " needs a value");
                }
                value = args.get(++i);
            }
            switch (name) {
                case "--format" -> format = value;
                case "--map" -> addMapping(mappings, value);
                case "--product" -> product = value;
                case "--channel" -> channel = value;
                case "--url" -> url = value;
                case "--rejects" -> rejects = value;
                default -> throw new IllegalStateException(name);
            }
        }
        if (file == null) {
            throw new UsageException("FILE is missing");
        }
        Path path = path(file, "FILE");
        Path rejectsPath = path(rejects != null ? rejects : file + ".rejects.csv", "--rejects");
        if (rejectsPath.toAbsolutePath().normalize().equals(path.toAbsolutePath().normalize())) {
            throw new UsageException("--rejects must not be the input file itself (it is rewritten)");
        }
        return new ImportOptions(path, format(format, file), Collections.unmodifiableMap(mappings),
                product(product), channel(channel), url(url, env), rejectsPath, attributes, false,
                authorization(env));
    }

    /** "Review Text=text": split at the last '=', since a header may contain '=' but a field name cannot. */
    private static void addMapping(Map<String, String> mappings, String value) throws UsageException {
        int eq = value.lastIndexOf('=');
        if (eq <= 0 || value.substring(0, eq).isBlank()) {
            throw new UsageException("--map takes COLUMN=FIELD, e.g. --map \"Review Text=text\" (got '" + value + "')");
        }
        String column = value.substring(0, eq);
        String field = ColumnMapping.field(value.substring(eq + 1)).orElseThrow(() -> new UsageException(
                "--map " + value + ": '" + value.substring(eq + 1) + "' is not a field; fields: "
                        + String.join(", ", ColumnMapping.FIELDS)));
        if (mappings.containsKey(column)) {
            throw new UsageException("--map gives column '" + column + "' twice");
        }
        for (Map.Entry<String, String> earlier : mappings.entrySet()) {
            if (earlier.getValue().equals(field)) {
                throw new UsageException("--map gives field " + field + " twice: from '" + earlier.getKey()
                        + "' and from '" + column + "'");
            }
        }
        mappings.put(column, field);
    }

    private static Format format(String given, String file) throws UsageException {
        if (given != null) {
            return switch (given.toLowerCase(Locale.ROOT)) {
                case "csv" -> Format.CSV;
                case "jsonl", "ndjson" -> Format.JSONL;
                default -> throw new UsageException("--format is csv or jsonl (got '" + given + "')");
            };
        }
        String name = file.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Format.JSONL;
        }
        throw new UsageException("cannot tell the format of '" + file
                + "' from its name (.csv, .jsonl, .ndjson); add --format csv or --format jsonl");
    }

    // --product and --channel apply to many records: checking them here with the platform's own rules
    // turns a typo into one usage error instead of thousands of rejects.
    private static String product(String value) throws UsageException {
        if (value == null) {
            return null;
        }
        try {
            return new ProductKey(value).value();
        } catch (InvalidFeedbackException e) {
            throw new UsageException("--product: " + e.getMessage());
        }
    }

    private static String channel(String value) throws UsageException {
        if (value == null) {
            return null;
        }
        try {
            return Channel.parse(value).wireName();
        } catch (InvalidFeedbackException e) {
            throw new UsageException("--channel: " + e.getMessage());
        }
    }

    private static URI url(String given, Map<String, String> env) throws UsageException {
        String value = given != null ? given : "http://localhost:" + env.getOrDefault("VOC_HTTP_PORT", "8080");
        URI uri;
        try {
            uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
        } catch (URISyntaxException e) {
            throw new UsageException("--url is not a URL: " + e.getMessage());
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                || uri.getHost() == null) {
            throw new UsageException("--url needs http:// or https:// and a host, e.g. http://localhost:8080 (got '"
                    + value + "')");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new UsageException("--url is the platform's base URL, without ?query or #fragment (got '" + value
                    + "')");
        }
        return uri;
    }

    /** VOC_TOKEN (an API token with scope ingest), else VOC_USER and VOC_PASSWORD (HTTP Basic). */
    private static String authorization(Map<String, String> env) throws UsageException {
        String token = env.get("VOC_TOKEN");
        if (token != null && !token.isBlank()) {
            return "Bearer " + token.strip();
        }
        String user = env.get("VOC_USER");
        String password = env.get("VOC_PASSWORD");
        if (user == null || user.isBlank()) {
            return null;
        }
        if (password == null || password.isEmpty()) {
            throw new UsageException("VOC_USER is set but VOC_PASSWORD is not; set both, or VOC_TOKEN");
        }
        return "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user.strip() + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Path path(String value, String what) throws UsageException {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(what + " is not a valid path: " + e.getMessage());
        }
    }

    /** The bulk API endpoint under the platform's base URL (which may carry a path behind a proxy). */
    public URI bulkEndpoint() {
        return URI.create(url + "/api/v1/feedback/bulk");
    }
}
