package io.voc.nlp.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The NLP knowledge files: built in under {@code src/main/resources/nlp/}, each replaceable by a file of
 * the same relative path in {@code voc.nlp.data-dir}. Everything read is fed into a digest, so that the
 * NLP version changes whenever the knowledge does (and documents enriched by older knowledge can be found).
 */
final class NlpDataFiles {
    private final Optional<Path> overrides;
    private final MessageDigest digest;

    NlpDataFiles(Optional<Path> overrides) {
        this.overrides = overrides;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Non-blank lines that are not comments ({@code #}), trimmed at the end; empty when the file is absent. */
    List<String> lines(String path) {
        String text = read(path);
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        for (String line : text.split("\r?\n")) {
            String l = line.stripTrailing();
            if (!l.isBlank() && !l.stripLeading().startsWith("#")) {
                lines.add(l.strip());
            }
        }
        return lines;
    }

    /** Lines split at tabs, with the file and line named when a line has too few columns. */
    List<String[]> rows(String path, int columns) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(path)) {
            String[] cells = line.split("\t");
            if (cells.length < columns) {
                throw new IllegalStateException("nlp/" + path + ": expected " + columns
                        + " tab-separated columns in line '" + line + "'");
            }
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].strip();
            }
            rows.add(cells);
        }
        return rows;
    }

    Properties properties(String path) {
        Properties properties = new Properties();
        String text = read(path);
        if (text == null) {
            throw new IllegalStateException("nlp/" + path + " is missing");
        }
        try {
            properties.load(new java.io.StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** A short fingerprint of everything read so far. */
    String fingerprint() {
        try {
            MessageDigest copy = (MessageDigest) digest.clone();
            return HexFormat.of().formatHex(copy.digest()).substring(0, 8);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String read(String path) {
        try {
            String text = null;
            if (overrides.isPresent() && Files.isRegularFile(overrides.get().resolve(path))) {
                text = Files.readString(overrides.get().resolve(path), StandardCharsets.UTF_8);
            } else {
                try (InputStream in = NlpDataFiles.class.getClassLoader().getResourceAsStream("nlp/" + path)) {
                    if (in != null) {
                        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
            if (text != null) {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update(text.getBytes(StandardCharsets.UTF_8));
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read nlp/" + path, e);
        }
    }
}
