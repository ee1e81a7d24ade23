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
    private final MatchScope scope;

    /** @param scope where in a text matches can be (the pattern is only run there) */
    public PatternDetector(String type, Pattern pattern, Predicate<String> looksReal, MatchScope scope) {
        this.type = Objects.requireNonNull(type, "type");
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.looksReal = Objects.requireNonNull(looksReal, "looksReal");
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    /** Searches the whole text. */
    public PatternDetector(String type, Pattern pattern, Predicate<String> looksReal) {
        this(type, pattern, looksReal, MatchScope.ANYWHERE);
    }

    /** Every non-empty match is personal data. */
    public PatternDetector(String type, Pattern pattern) {
        this(type, pattern, match -> true);
    }

    @Override
    public String type() {
        return type;
    }

    /** The same detector searching whole texts: what its scope must never change the findings of. */
    PatternDetector anywhere() {
        return new PatternDetector(type, pattern, looksReal);
    }

    @Override
    public boolean mayFind(String text, int digits) {
        return scope.mayHold(text, digits);
    }

    @Override
    public Scrubbed scrub(String text) {
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        StringBuilder out = null;
        int copied = 0;
        int found = 0;
        for (int[] run : scope.runs(text)) {
            matcher.region(run[0], run[1]);
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
