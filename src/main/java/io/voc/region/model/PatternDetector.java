package io.voc.region.model;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link PiiDetector} by regular expression, with an optional second look at each match: regexes find what
 * looks like a phone number or an ID, the check ({@code looksReal}) turns down what only looks like one - a
 * date, a version, an ID whose check digit is wrong.
 */
public final class PatternDetector implements PiiDetector {
    private final String type;
    private final Pattern pattern;
    private final Predicate<String> looksReal;

    public PatternDetector(String type, Pattern pattern, Predicate<String> looksReal) {
        this.type = Objects.requireNonNull(type, "type");
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.looksReal = Objects.requireNonNull(looksReal, "looksReal");
    }

    /** Every non-empty match is personal data. */
    public PatternDetector(String type, Pattern pattern) {
        this(type, pattern, match -> true);
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public Scrubbed scrub(String text) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        int found = 0;
        while (matcher.find()) {
            if (matcher.end() == matcher.start() || !looksReal.test(matcher.group())) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, matcher.start()).append(placeholder());
            copied = matcher.end();
            found++;
        }
        if (out == null) {
            return new Scrubbed(text, 0);
        }
        return new Scrubbed(out.append(text, copied, text.length()).toString(), found);
    }

    @Override
    public String toString() {
        return type + " /" + pattern.pattern() + "/";
    }
}
